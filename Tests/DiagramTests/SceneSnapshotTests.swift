import XCTest
@testable import Diagram

final class SceneSnapshotTests: XCTestCase {
    func sampleScene() -> Scene {
        let disc = PathNode(
            id: "disc.L4-L5", path: .roundedRectangle(Rect(x: 100, y: 200, width: 120, height: 30), radius: 8),
            fill: .color(Color(hex: 0x9FB3C8)), stroke: Stroke(color: Color(hex: 0x34495E), width: 2))
        let flavum = PathNode(
            id: "ligament.flavum.L4-L5", path: .rectangle(Rect(x: 240, y: 200, width: 40, height: 30)),
            fill: Fill(.hatch(Hatch(color: Color(hex: 0x8B6B3D), background: Color(hex: 0xE8D5B0)))))
        let root = PathNode(
            id: "root.L5.left", path: .circle(center: Point(x: 300, y: 260), radius: 6),
            fill: .color(Color(hex: 0xF2D24B)), stroke: .dashed(color: .black))
        let pain = PathNode(
            id: "pain.referred", path: .ellipse(in: Rect(x: 400, y: 100, width: 60, height: 90)),
            fill: .color(Color(hex: 0xE69F00, alpha: 0.5)), softEdge: 8)
        let label = TextNode(
            id: "label.disc.L4-L5", string: "L4–L5 disc", position: Point(x: 160, y: 190), anchor: .middle,
            font: Font(size: 14, weight: .bold))
        let group = GroupNode(
            id: "view.axial", children: [.path(disc), .path(flavum), .path(root), .text(label)],
            transform: .translation(x: 10, y: 5), clip: .rectangle(Rect(x: 0, y: 0, width: 380, height: 400)))
        return Scene(width: 800, height: 600, nodes: [.group(group), .path(pain)])
    }

    func testSnapshotListsEveryNodeWithRoundedBounds() {
        let expected = """
            scene 800x600 background #ffffff
            group "view.axial" bounds 109,182 208x89 transform 1,0,0,1,10,5 clip
              path "disc.L4-L5" bounds 109,204 122x32 fill #9fb3c8 stroke #34495e 2
              path "ligament.flavum.L4-L5" bounds 250,205 40x30 fill hatch #8b6b3d 45deg 8pt
              path "root.L5.left" bounds 304,259 13x13 fill #f2d24b stroke #000000 1 dashed
              text "label.disc.L4-L5" bounds 128,182 84x16 font 14 bold middle #000000 "L4–L5 disc"
            path "pain.referred" bounds 392,92 76x106 fill #e69f0080 soft 8

            """
        let snapshot = sampleScene().snapshot()
        XCTAssertEqual(snapshot, expected)
    }

    func testSnapshotIsStable() {
        XCTAssertEqual(sampleScene().snapshot(), sampleScene().snapshot())
    }

    func testFindNodesAndDuplicates() {
        var scene = sampleScene()
        XCTAssertEqual(scene.node(withID: "root.L5.left")?.kind, "path")
        XCTAssertEqual(scene.duplicateIDs(), [])
        scene.nodes.append(.text(TextNode(id: "pain.referred", string: "x", position: .zero, font: Font(size: 9))))
        XCTAssertEqual(scene.duplicateIDs(), ["pain.referred"])
    }

    func testClippedAwayGroupHasNoBounds() {
        let group = GroupNode(
            id: "g", children: [.path(PathNode(id: "p", path: .rectangle(Rect(x: 0, y: 0, width: 10, height: 10))))],
            clip: .rectangle(Rect(x: 50, y: 50, width: 10, height: 10)))
        XCTAssertNil(Node.group(group).bounds(measurer: ApproximateTextMeasurer()))
    }
}
