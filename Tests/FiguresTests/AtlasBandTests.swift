import Anatomy
import Clinical
import Diagram
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import XCTest

/// How the atlas figures split a body-chart region among the roots that reach it.
final class AtlasBandTests: XCTestCase {
    /// Grid points inside `region` (normalized), about `n` × `n` over its box.
    func samples(in bands: [DermatomeBand], n: Int = 40) -> [Point] {
        guard let polys = bands.first?.regionPolygons else { return [] }
        let pts = polys.flatMap { $0 }
        guard let minX = pts.map(\.x).min(), let maxX = pts.map(\.x).max(), let minY = pts.map(\.y).min(), let maxY = pts.map(\.y).max() else { return [] }
        var out: [Point] = []
        for i in 0..<n {
            for j in 0..<n {
                let p = Point(x: minX + (Double(i) + 0.5) / Double(n) * (maxX - minX), y: minY + (Double(j) + 0.5) / Double(n) * (maxY - minY))
                if polys.contains(where: { Polygon.contains($0, p) }) { out.append(p) }
            }
        }
        return out
    }

    func testTheBandsOfEveryRegionTileItOnceEach() {
        for atlas in Atlas.allCases {
            for view in BodyView.allCases {
                for side in Side.allCases {
                    for region in BodyChartGeometry.regions(in: view) {
                        let bands = DermatomeBands.bands(of: region, atlas: atlas, view: view, side: side)
                        XCTAssertEqual(bands.map(\.segment), DermatomeSegment.shares(of: region, in: atlas).map(\.segment))
                        guard bands.count > 1 else { continue }
                        let points = samples(in: bands)
                        XCTAssertGreaterThan(points.count, 100)
                        let once = points.filter { p in bands.filter { Polygon.contains($0.polygon, p) }.count == 1 }.count
                        XCTAssertGreaterThan(Double(once) / Double(points.count), 0.98, "\(atlas) \(view) \(side) \(region)")
                    }
                }
            }
        }
    }

    func testACoreShareGetsTwiceTheSkinOfAnEdgeShare() {
        // Lee 2008: the medial knee is L3's core and L4's edge (§D1 "just below the medial knee").
        for (region, view) in [(BodyRegion.medialKnee, BodyView.anterior), (.anteriorLeg, .anterior)] {
            let bands = DermatomeBands.bands(of: region, atlas: .lee2008, view: view, side: .right)
            XCTAssertEqual(bands.count, 2)
            let points = samples(in: bands, n: 60)
            let core = bands.first { !$0.isEdge }, edge = bands.first { $0.isEdge }
            let nCore = points.filter { p in core.map { Polygon.contains($0.polygon, p) } ?? false }.count
            let nEdge = points.filter { p in edge.map { Polygon.contains($0.polygon, p) } ?? false }.count
            XCTAssertEqual(Double(nCore) / Double(nEdge), 2, accuracy: 0.35, "\(region)")
        }
    }

    /// The centre of the samples of `band`.
    func centre(_ band: DermatomeBand, _ all: [DermatomeBand]) -> Point {
        let pts = samples(in: all).filter { Polygon.contains(band.polygon, $0) }
        return Point(x: pts.map(\.x).reduce(0, +) / Double(pts.count), y: pts.map(\.y).reduce(0, +) / Double(pts.count))
    }

    func testTheThighIsStackedL1AboveL2AboveL3() {
        let bands = DermatomeBands.bands(of: .anteriorThigh, atlas: .lee2008, view: .anterior, side: .right)
        XCTAssertEqual(bands.map(\.segment.name), ["L1", "L2", "L3"])
        let ys = bands.map { centre($0, bands).y }
        XCTAssertLessThan(ys[0], ys[1])
        XCTAssertLessThan(ys[1], ys[2])
    }

    func testBelowTheThighTheCranialRootLiesTowardsTheFront() {
        // Front: the shin's L4 medial to its L5. Behind (K&G posterior thigh): L5 lateral, S1, then S2 medial.
        for side in Side.allCases {
            let shin = DermatomeBands.bands(of: .anteriorLeg, atlas: .lee2008, view: .anterior, side: side)
            XCTAssertEqual(shin.map(\.segment.name), ["L4", "L5"])
            XCTAssertLessThan(abs(centre(shin[0], shin).x), abs(centre(shin[1], shin).x), "\(side) shin")
            let back = DermatomeBands.bands(of: .posteriorThigh, atlas: .keeganGarrett, view: .posterior, side: side)
            XCTAssertEqual(back.map(\.segment.name), ["L5", "S1", "S2"])
            let xs = back.map { abs(centre($0, back).x) }
            XCTAssertGreaterThan(xs[0], xs[1], "\(side): L5 lateral to S1")
            XCTAssertGreaterThan(xs[1], xs[2], "\(side): S1 lateral to S2")
        }
    }

    func testTheSaddleIsDrawnInEveryMap() {
        for atlas in Atlas.allCases {
            let bands = DermatomeBands.bands(of: .perineum, atlas: atlas, view: .posterior, side: .left)
            XCTAssertEqual(bands.map(\.segment), [.saddle])
        }
    }

    func testNamesFitInsideTheirBandOnlyWhenTheBoxFits() {
        let band = DermatomeBands.bands(of: .anteriorThigh, atlas: .keeganGarrett, view: .anterior, side: .right)[1]
        XCTAssertFalse(band.fittingCentres(width: 0.05, height: 0.05).isEmpty, "a small box fits in the thigh's L2 band")
        XCTAssertTrue(band.fittingCentres(width: 2, height: 0.05).isEmpty, "a box wider than the thigh does not")
        for c in band.fittingCentres(width: 0.1, height: 0.1) { XCTAssertTrue(band.contains(c)) }
    }

    func testSegmentRectangleCrossing() {
        let box = Rect(x: 0, y: 0, width: 10, height: 10)
        XCTAssertTrue(Polygon.segment(Point(x: -5, y: 5), Point(x: 15, y: 5), crosses: box))
        XCTAssertTrue(Polygon.segment(Point(x: 5, y: 5), Point(x: 50, y: 50), crosses: box))
        XCTAssertFalse(Polygon.segment(Point(x: -5, y: -5), Point(x: 15, y: -1), crosses: box))
        XCTAssertFalse(Polygon.segment(Point(x: 11, y: 0), Point(x: 20, y: 10), crosses: box))
    }
}
