import CairoRender
import Clinical
import Diagram
import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

/// The sagittal panel through Cairo: the hurt root's pixels carry its grade's colour.
final class SagittalRenderTests: XCTestCase {
    func pixel(_ prefix: String, at id: String) throws -> (RGBA8, Color, Color) {
        let context = try SagittalFixture.context(prefix, labels: .minimal, measurer: try CairoTextMeasurer())
        // The drawing without its labels: a leader may pass over the piece sampled (the colour is the drawing's).
        var scene = SagittalFixture.scene(context)
        scene.nodes.removeAll { $0.id == "sagittal.labels" }
        guard case .path(let node)? = scene.node(withID: id), let b = node.path.bounds else {
            XCTFail("no \(id)")
            return (RGBA8(red: 0, green: 0, blue: 0), .black, .black)
        }
        let data = try CairoRenderer().renderPNGData(scene)
        let image = try PNGDecoder.decode(data)
        XCTAssertEqual(image.width, Int(scene.width))
        XCTAssertEqual(image.height, Int(scene.height))
        // A root piece (a tube: one side, the end cap, the other side, the start cap — seven points a cap) is sampled
        // on its centreline a quarter of the way along, clear of the hurt label's leader dot at its middle; a
        // ganglion a third of the way across its box.
        var points: [Point] = []
        for command in node.path.commands {
            if case .move(let q) = command { points.append(q) }
            if case .line(let q) = command { points.append(q) }
        }
        var at = Point(x: b.minX + 0.33 * b.width, y: b.midY)
        if !id.hasSuffix(".ganglion"), points.count > 16 {
            let m = (points.count - 14) / 2, i = m / 4
            let a = points[i], c = points[m + 7 + (m - 1 - i)]
            at = Point(x: (a.x + c.x) / 2, y: (a.y + c.y) / 2)
        }
        return (image[Int(at.x.rounded()), Int(at.y.rounded())], context.palette.rootFill(.compression), context.palette.rootFill(.normal))
    }

    func close(_ p: RGBA8, _ c: Color) -> Bool {
        abs(Double(p.red) - c.red * 255) <= 2 && abs(Double(p.green) - c.green * 255) <= 2 && abs(Double(p.blue) - c.blue * 255) <= 2
    }

    func testHurtPlaceIsPaintedInTheCompressionColour() throws {
        // Scenario 02 compresses the left L5 in the recess beside the L4–L5 disc: that piece is hurt, while its
        // ganglion in the free L5–S1 foramen keeps the root colour (issue 11: the grade at the place drawn).
        let (p, hurt, free) = try pixel("02", at: "sagittal.root.L5.left.lateral-recess.L4-L5")
        XCTAssertTrue(close(p, hurt), "\(p)")
        XCTAssertEqual(p.alpha, 255)
        let (g, _, _) = try pixel("02", at: "sagittal.root.L5.left.ganglion")
        XCTAssertTrue(close(g, free), "\(g)")
    }

    func testUnhurtGanglionKeepsTheRootColour() throws {
        let (p, hurt, free) = try pixel("01", at: "sagittal.root.L5.left.ganglion")
        XCTAssertTrue(close(p, free), "\(p)")
        XCTAssertFalse(close(p, hurt))
    }
}
