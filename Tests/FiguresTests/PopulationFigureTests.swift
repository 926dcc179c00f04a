import Diagram
import Figures
import Radix
import RadixModel
import TestSupport
import XCTest

/// The population figure as a scene: regions shaded by their share, one bar per root, grade and side
/// reached, the legend in %, and bars as long as the share.
final class PopulationFigureTests: XCTestCase {
    func report(_ name: String, samples: Int) throws -> PopulationReport {
        let scenario = try Fixtures.scenario(name)
        let request = PopulationRequest(input: Pipeline.input(for: scenario), samples: samples, seed: 3)
        return PopulationReport(scenario: scenario, request: request, tally: PopulationRunner.run(request, jobs: 2))
    }

    func nodes(_ scene: Scene) -> [String: Node] {
        Dictionary(scene.flattened().map { ($0.node.id, $0.node) }, uniquingKeysWith: { a, _ in a })
    }

    func testSheetShadesTheRegionsAndDrawsABarPerRootReached() throws {
        let r = try report("02", samples: 100)
        let scene = try PopulationFigureWriter().scene(r, view: .sheet, request: PopulationFigureRequest(width: 1200))
        let ids = nodes(scene)
        // Scenario 02 hurts the left lateral leg (L5) in every sample; the right lateral leg in few or none.
        XCTAssertNotNil(ids["population.body.anterior.left.lateral-leg.share"])
        XCTAssertEqual(r.share(r.tally.pain(.lateralLeg, .left)), 1)
        XCTAssertNotNil(ids["population.body.legend.100"])
        for grade in ["contact", "deviation", "compression"] {
            XCTAssertNotNil(ids["population.roots.L5.left.\(grade)"], grade)
        }
        XCTAssertNil(ids["population.roots.L5.left.none"])
        // A bar is as long as its share: L5 left is reached in every sample, so its bar spans the axis.
        guard case .path(let full)? = ids["population.roots.L5.left.compression"], case .path(let zero)? = ids["population.roots.grid.0"],
              case .path(let hundred)? = ids["population.roots.grid.100"] else { return XCTFail("bars and grid lines") }
        let bar = try XCTUnwrap(full.path.bounds), left = try XCTUnwrap(zero.path.bounds), right = try XCTUnwrap(hundred.path.bounds)
        XCTAssertEqual(bar.width, right.minX - left.minX, accuracy: 0.5)
    }

    func testANormalSpineHasNoLeftSidedLesionPattern() throws {
        let r = try report("01", samples: 60)
        let body = try PopulationFigureWriter().scene(r, view: .body, request: PopulationFigureRequest(width: 1000))
        let ids = nodes(body)
        XCTAssertNil(ids["population.roots.grid.0"], "the body view has no bars")
        // Whatever the normal spine hurts, it hurts on both sides alike: the sides of one person differ a little
        // (population.md §A11.3b item 6), so the shares agree within sampling error, not to the sample.
        let n = Double(r.tally.samples)
        for region in BodyRegion.allCases {
            let l = Double(r.tally.pain(region, .left)) / n, rr = Double(r.tally.pain(region, .right)) / n
            let se = ((l * (1 - l) + rr * (1 - rr)) / n).squareRoot()
            XCTAssertLessThanOrEqual(abs(l - rr), 4 * se + 1e-9, region.rawValue)
        }
        XCTAssertTrue(PopulationFigure.altText(r, view: .body).contains("60 sampled adult anatomies"))
    }
}
