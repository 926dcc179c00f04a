import Diagram
import FigureStyle
import Foundation
@testable import Figures
@testable import SectionFigures
import XCTest

/// Bone drawn as bone (issue 11): the foraminal osteophyte in the posterior view is spurs of bone from the body's rim,
/// as in the axial view, not a dashed box; the foramen view caps the facet joint's processes with articular cartilage.
final class BoneDetailTests: XCTestCase {
    typealias S = SectionTestSupport

    /// The path nodes of a scene.
    private func paths(_ scene: Scene) -> [PathNode] {
        scene.flattened().compactMap { item -> PathNode? in
            if case .path(let p) = item.node { return p }
            return nil
        }
    }

    /// The area of a closed polygon, square points (shoelace).
    private func area(_ polygon: [Point]) -> Double {
        var sum = 0.0
        for i in polygon.indices {
            let a = polygon[i], b = polygon[(i + 1) % polygon.count]
            sum += a.x * b.y - b.x * a.y
        }
        return abs(sum) / 2
    }

    /// 17 and 24 (foraminal osteophytes): every osteophyte piece in the posterior view is filled with the bone colour and
    /// outlined with a solid (undashed) stroke, and is spurs, not a box — many points, and well under its bounding box's
    /// area (the hollow between the tips, the taper laterally). Before: a dashed, hatched rounded rectangle.
    func testTheForaminalOsteophyteIsBoneInThePosteriorView() throws {
        for prefix in ["17", "24"] {
            for theme in Theme.allCases {
                let (scenario, result) = try S.load(prefix)
                let context = S.context(scenario, result, theme: theme)
                let scene = S.scene(PosteriorPanel(), context)
                let spurs = paths(scene).filter { $0.metadata["structure"] == "osteophyte" }
                XCTAssertFalse(spurs.isEmpty, "\(prefix) \(theme): no osteophyte drawn")
                for spur in spurs {
                    XCTAssertEqual(S.fillColor(spur), context.palette.bone, "\(prefix) \(theme) \(spur.id): not filled as bone")
                    let stroke = try XCTUnwrap(spur.stroke, "\(prefix) \(spur.id): no outline")
                    XCTAssertEqual(stroke.color, context.palette.boneOutline, "\(prefix) \(theme) \(spur.id): not outlined as bone")
                    XCTAssertTrue(stroke.dash.isEmpty, "\(prefix) \(theme) \(spur.id): dashed")
                    let polygon = try XCTUnwrap(spur.path.polygons().first)
                    let b = try XCTUnwrap(spur.path.bounds)
                    XCTAssertGreaterThan(polygon.count, 40, "\(prefix) \(spur.id): a box, not spurs")
                    let share = area(polygon) / (b.width * b.height)
                    XCTAssertLessThan(share, 0.8, "\(prefix) \(spur.id): fills \(share) of its box")
                }
            }
        }
    }

    /// The foramen view caps the superior and inferior articular processes with hyaline cartilage where it cuts the
    /// facet joint, in every theme: two thin layers in the cartilage colour (paler than bone), each lying on its process
    /// (its centre inside that process's drawn bone), facing each other across the joint space (they do not touch).
    func testTheFacetJointHasArticularCartilageInTheForamenView() throws {
        for prefix in ["01", "02", "17", "19", "20", "22", "23", "24"] {
            for theme in Theme.allCases {
                let (scenario, result) = try S.load(prefix)
                let context = S.context(scenario, result, theme: theme)
                let scene = S.scene(ForamenPanel(), context)
                let all = paths(scene)
                let superior = try XCTUnwrap(all.first { $0.id == "foramen.facet.cartilage.superior" }, "\(prefix) \(theme): no cartilage on the superior process")
                let inferior = try XCTUnwrap(all.first { $0.id == "foramen.facet.cartilage.inferior" }, "\(prefix) \(theme): no cartilage on the inferior process")
                for (cap, bone) in [(superior, "foramen.lower.facet"), (inferior, "foramen.upper.facet")] {
                    XCTAssertEqual(S.fillColor(cap), context.palette.cartilage, "\(prefix) \(theme) \(cap.id)")
                    XCTAssertEqual(cap.metadata["structure"], "articular cartilage")
                    let process = try XCTUnwrap(all.first { $0.id == bone }?.path.polygons().first, "\(prefix) \(bone)")
                    let polygon = try XCTUnwrap(cap.path.polygons().first)
                    let b = try XCTUnwrap(cap.path.bounds)
                    // Thin: its area a small share of its length squared (a layer, not a block).
                    let length = hypot(b.width, b.height)
                    XCTAssertLessThan(area(polygon) / (length * length), 0.06, "\(prefix) \(cap.id): not a thin layer")
                    let inside = polygon.filter { Polygons.contains(process, $0) }.count
                    XCTAssertGreaterThan(Double(inside) / Double(polygon.count), 0.4, "\(prefix) \(cap.id): not on its process")
                }
                // The joint space between: no point of one layer inside the other.
                let s = try XCTUnwrap(superior.path.polygons().first), i = try XCTUnwrap(inferior.path.polygons().first)
                XCTAssertFalse(s.contains { Polygons.contains(i, $0) } || i.contains { Polygons.contains(s, $0) }, "\(prefix): no joint space")
                XCTAssertNotEqual(context.palette.cartilage, context.palette.bone)
            }
        }
    }
}
