import CairoRender
import Clinical
import Diagram
import XCTest
@testable import Figures

/// The sagittal panel through Cairo: the hurt root's pixels carry its grade's colour.
final class SagittalRenderTests: XCTestCase {
    func pixel(_ prefix: String, at id: String) throws -> (RGBA8, Color, Color) {
        let context = try SagittalFixture.context(prefix, labels: .minimal, measurer: try CairoTextMeasurer())
        let scene = SagittalFixture.scene(context)
        guard case .path(let node)? = scene.node(withID: id), let b = node.path.bounds else {
            XCTFail("no \(id)")
            return (RGBA8(red: 0, green: 0, blue: 0), .black, .black)
        }
        let data = try CairoRenderer().renderPNGData(scene)
        let image = try PNGDecoder.decode(data)
        XCTAssertEqual(image.width, Int(scene.width))
        XCTAssertEqual(image.height, Int(scene.height))
        // A third of the way across: the centre may carry a label's leader dot.
        return (image[Int((b.minX + 0.33 * b.width).rounded()), Int(b.midY.rounded())], context.palette.rootFill(.compression), context.palette.rootFill(.normal))
    }

    func close(_ p: RGBA8, _ c: Color) -> Bool {
        abs(Double(p.red) - c.red * 255) <= 2 && abs(Double(p.green) - c.green * 255) <= 2 && abs(Double(p.blue) - c.blue * 255) <= 2
    }

    func testHurtGanglionIsPaintedInTheCompressionColour() throws {
        let (p, hurt, _) = try pixel("02", at: "sagittal.root.L5.left.ganglion")
        XCTAssertTrue(close(p, hurt), "\(p)")
        XCTAssertEqual(p.alpha, 255)
    }

    func testUnhurtGanglionKeepsTheRootColour() throws {
        let (p, hurt, free) = try pixel("01", at: "sagittal.root.L5.left.ganglion")
        XCTAssertTrue(close(p, free), "\(p)")
        XCTAssertFalse(close(p, hurt))
    }
}
