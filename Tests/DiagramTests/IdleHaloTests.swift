import XCTest
@testable import Diagram

/// `Scene.droppingIdleHalos`: a halo stays only where its label overlaps something painted before it.
final class IdleHaloTests: XCTestCase {
    let measurer = ApproximateTextMeasurer()
    let font = Font(size: 12)

    func label(_ id: String, at p: Point) -> Node {
        .text(TextNode(id: id, string: "L5 root", position: p, baseline: .top, font: font, halo: Halo()))
    }

    /// Whether the label `id` still has its halo after the pass.
    func haloKept(_ id: String, in nodes: [Node]) -> Bool {
        let scene = Scene(width: 400, height: 400, nodes: nodes).droppingIdleHalos(measurer: measurer)
        for case let (_, .text(t)) in scene.flattened() where t.id == id { return t.halo != nil }
        XCTFail("no label \(id)")
        return false
    }

    func testBlankPageDropsHalo() {
        XCTAssertFalse(haloKept("a", in: [label("a", at: Point(x: 50, y: 50))]))
    }

    func testLabelOverFillKeepsHalo() {
        let box = Node.path(PathNode(id: "box", path: .rectangle(Rect(x: 40, y: 40, width: 200, height: 200)), fill: .color(.black)))
        // Wholly inside the fill: no edge crosses the label's box.
        XCTAssertTrue(haloKept("a", in: [box, label("a", at: Point(x: 80, y: 100))]))
        // Across its edge.
        XCTAssertTrue(haloKept("a", in: [box, label("a", at: Point(x: 220, y: 100))]))
        // Beside it.
        XCTAssertFalse(haloKept("a", in: [box, label("a", at: Point(x: 260, y: 100))]))
    }

    func testOnlyEarlierShapesCount() {
        let box = Node.path(PathNode(id: "box", path: .rectangle(Rect(x: 40, y: 40, width: 200, height: 200)), fill: .color(.black)))
        XCTAssertFalse(haloKept("a", in: [label("a", at: Point(x: 80, y: 100)), box]), "a shape painted later covers the label anyway")
    }

    func testStrokeBandCountsButOutlineInteriorDoesNot() {
        let ring = Node.path(PathNode(id: "ring", path: .rectangle(Rect(x: 20, y: 20, width: 300, height: 300)),
                                      stroke: Stroke(color: .black, width: 2)))
        XCTAssertFalse(haloKept("a", in: [ring, label("a", at: Point(x: 100, y: 100))]), "inside an unfilled outline is blank")
        XCTAssertTrue(haloKept("a", in: [ring, label("a", at: Point(x: 300, y: 100))]), "the label crosses the stroke")
        // A thick stroke reaches a label that the centre line misses.
        let thick = Node.path(PathNode(id: "line", path: .line(from: Point(x: 0, y: 96), to: Point(x: 400, y: 96)),
                                       stroke: Stroke(color: .black, width: 12)))
        XCTAssertTrue(haloKept("a", in: [thick, label("a", at: Point(x: 100, y: 100))]))
        let thin = Node.path(PathNode(id: "line", path: .line(from: Point(x: 0, y: 90), to: Point(x: 400, y: 90)),
                                      stroke: Stroke(color: .black, width: 1)))
        XCTAssertFalse(haloKept("a", in: [thin, label("a", at: Point(x: 100, y: 100))]))
    }

    func testCurvesCirclesAndTransformsAreFollowed() {
        // A circle of radius 150 around (200, 200): its box covers a label at (52, 52), its ink does not.
        let circle = Node.path(PathNode(id: "c", path: .circle(center: Point(x: 200, y: 200), radius: 150),
                                        stroke: Stroke(color: .black, width: 1)))
        XCTAssertFalse(haloKept("a", in: [circle, label("a", at: Point(x: 52, y: 52))]))
        XCTAssertTrue(haloKept("a", in: [circle, label("a", at: Point(x: 330, y: 195))]), "the label crosses the circle")
        XCTAssertFalse(haloKept("a", in: [circle, label("a", at: Point(x: 180, y: 195))]), "inside an unfilled circle is blank")
        // The same box moved by a group transform onto the label.
        let moved = Node.group(GroupNode(id: "g", children: [
            .path(PathNode(id: "box", path: .rectangle(Rect(x: 0, y: 0, width: 50, height: 50)), fill: .color(.black))),
        ], transform: .translation(x: 300, y: 300)))
        XCTAssertTrue(haloKept("a", in: [moved, label("a", at: Point(x: 310, y: 310))]))
        XCTAssertFalse(haloKept("a", in: [moved, label("a", at: Point(x: 10, y: 10))]))
    }

    func testInvisibleShapesAndDegenerateArcsAreIgnored() {
        let clear = Node.path(PathNode(id: "box", path: .rectangle(Rect(x: 0, y: 0, width: 400, height: 400)),
                                       fill: .color(.black), opacity: 0))
        XCTAssertFalse(haloKept("a", in: [clear, label("a", at: Point(x: 100, y: 100))]))
        var wild = Path()
        wild.commands = [.arc(center: Point(x: 100, y: 100), radius: 10, startAngle: .nan, endAngle: 1e300, direction: .increasingAngle)]
        let bad = Node.path(PathNode(id: "arc", path: wild, stroke: Stroke(color: .black)))
        _ = haloKept("a", in: [bad, label("a", at: Point(x: 100, y: 100))])  // must return, not trap or hang
    }
}
