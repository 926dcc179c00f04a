import XCTest
@testable import Diagram
import SeededRandom

final class LabelLayoutTests: XCTestCase {
    let measurer = ApproximateTextMeasurer()
    let words = ["disc", "root", "left", "right", "L4–L5", "L5", "S1", "facet", "ligamentum flavum", "recess", "foramen", "dural sac", "nucleus pulposus", "annulus"]

    /// Checks every promise of the layout; returns a description of the first broken one.
    func violations(_ result: LabelPlacement, _ layout: LabelLayout, _ requests: [LabelRequest]) -> String? {
        let labels = result.labels
        for label in labels {
            guard label.leader.count <= 4, label.leader.count >= 2 else { return "\(label.id): leader has \(label.leader.count) points" }
            guard let request = requests.first(where: { $0.id == label.id }), label.leader[0] == request.anchor else {
                return "\(label.id): leader does not start at its anchor"
            }
            guard layout.page.contains(label.frame, tolerance: 1e-6) else { return "\(label.id): frame \(label.frame) leaves the page" }
            for p in label.leader where !layout.page.contains(p) && !layout.drawing.contains(p) {
                return "\(label.id): leader point \(p) leaves the page"
            }
            guard !label.frame.intersects(layout.drawing) else { return "\(label.id): label covers the drawing" }
        }
        for (i, a) in labels.enumerated() {
            for b in labels[(i + 1)...] {
                if a.frame.intersects(b.frame) { return "labels \(a.id) and \(b.id) overlap" }
                for sa in segments(a) { for sb in segments(b) where sa.crosses(sb) { return "leaders \(a.id) and \(b.id) cross" } }
            }
            for b in labels where b.id != a.id {
                for s in segments(a) where s.crosses(b.frame) { return "leader \(a.id) crosses label \(b.id)" }
            }
        }
        return nil
    }

    func segments(_ label: PlacedLabel) -> [Segment] {
        zip(label.leader, label.leader.dropFirst()).map { Segment($0, $1) }
    }

    func randomRequests(_ count: Int, in drawing: Rect, using rng: inout SeededGenerator) -> [LabelRequest] {
        (0..<count).map { i in
            let text = (0..<Int.random(in: 1...3, using: &rng)).map { _ in words.randomElement(using: &rng) ?? "x" }.joined(separator: " ")
            let anchor = Point(x: Double.random(in: drawing.minX...drawing.maxX, using: &rng), y: Double.random(in: drawing.minY...drawing.maxY, using: &rng))
            let side: LabelSide? = [nil, .left, .right].randomElement(using: &rng) ?? nil
            return LabelRequest(id: "item\(i)", text: text, anchor: anchor, preferredSide: side)
        }
    }

    func testRandomLayoutsKeepEveryPromise() {
        var rng = SeededGenerator(seed: 0x5EED)
        for trial in 0..<300 {
            let page = Rect(x: 20, y: 20, width: Double.random(in: 600...2400, using: &rng), height: Double.random(in: 300...1600, using: &rng))
            let drawingWidth = page.width * Double.random(in: 0.3...0.6, using: &rng)
            let drawing = Rect(x: page.midX - drawingWidth / 2, y: page.minY + 10, width: drawingWidth, height: page.height - 20)
            let font = Font(size: Double.random(in: 9...20, using: &rng), weight: Bool.random(using: &rng) ? .bold : .regular)
            let layout = LabelLayout(font: font, drawing: drawing, page: page)
            let requests = randomRequests(Int.random(in: 0...40, using: &rng), in: drawing, using: &rng)
            let result = layout.place(requests, measurer: measurer)
            XCTAssertEqual(result.labels.count + result.unplaced.count, requests.count, "trial \(trial)")
            if let problem = violations(result, layout, requests) {
                return XCTFail("trial \(trial): \(problem)")
            }
        }
    }

    func testEverythingIsPlacedWhenThereIsRoom() {
        var rng = SeededGenerator(seed: 42)
        for trial in 0..<100 {
            let page = Rect(x: 0, y: 0, width: 2400, height: 1600)
            let drawing = Rect(x: 800, y: 100, width: 800, height: 1400)
            let layout = LabelLayout(font: Font(size: 14), drawing: drawing, page: page)
            let requests = randomRequests(Int.random(in: 1...60, using: &rng), in: drawing, using: &rng)
            let result = layout.place(requests, measurer: measurer)
            XCTAssertEqual(result.unplaced, [], "trial \(trial)")
            XCTAssertEqual(result.labels.map(\.id), requests.map(\.id), "labels come back in request order")
            if let problem = violations(result, layout, requests) { return XCTFail("trial \(trial): \(problem)") }
        }
    }

    func testCrowdedColumnsLeaveOutTheLastRequests() {
        let page = Rect(x: 0, y: 0, width: 800, height: 200)
        let drawing = Rect(x: 300, y: 0, width: 200, height: 200)
        let layout = LabelLayout(font: Font(size: 14), drawing: drawing, page: page)
        let requests = (0..<30).map { LabelRequest(id: "n\($0)", text: "label \($0)", anchor: Point(x: 400, y: Double($0) * 6)) }
        let result = layout.place(requests, measurer: measurer)
        XCTAssertFalse(result.unplaced.isEmpty)
        XCTAssertEqual(result.unplaced.last?.id, "n29")
        XCTAssertEqual(result.labels.first?.id, "n0")
        XCTAssertNil(violations(result, layout, requests))
    }

    func testPreferredSidesAreHonouredWhenTheyAgreeWithTheAnchors() {
        let page = Rect(x: 0, y: 0, width: 1200, height: 800)
        let drawing = Rect(x: 400, y: 100, width: 400, height: 600)
        let layout = LabelLayout(font: Font(size: 14), drawing: drawing, page: page)
        let requests = [
            LabelRequest(id: "root.L5.left", text: "left L5", anchor: Point(x: 700, y: 400), preferredSide: .right),
            LabelRequest(id: "root.L5.right", text: "right L5", anchor: Point(x: 500, y: 400), preferredSide: .left),
            LabelRequest(id: "disc.L4-L5", text: "L4–L5 disc", anchor: Point(x: 600, y: 300)),
        ]
        let result = layout.place(requests, measurer: measurer)
        XCTAssertEqual(result.labels.map(\.side), [.right, .left, .right])
        // A lone label sits level with its anchor: a straight leader.
        XCTAssertEqual(result.labels[1].leader[1].y, 400, accuracy: 1e-9)
    }

    /// Anchors inside a bone walled on three sides and open at the top (a canal): a straight leader to the right would
    /// cross the wall, so each leader bends in the opening and runs out over it; none crosses the wall or another.
    func testLeadersBendThroughTheGapOfAWalledSpace() {
        let page = Rect(x: 0, y: 0, width: 1200, height: 800)
        let drawing = Rect(x: 400, y: 100, width: 400, height: 600)
        // A U of bone: outer 450…750 × 300…650, hollow 500…700 × 300…600 (open at y = 300).
        let wall = [Point(x: 450, y: 300), Point(x: 500, y: 300), Point(x: 500, y: 600), Point(x: 700, y: 600), Point(x: 700, y: 300),
                    Point(x: 750, y: 300), Point(x: 750, y: 650), Point(x: 450, y: 650)]
        var layout = LabelLayout(font: Font(size: 14), drawing: drawing, page: page)
        layout.obstacles = [[wall]]
        let requests = [
            LabelRequest(id: "sac", text: "dural sac", anchor: Point(x: 600, y: 500), preferredSide: .right),
            LabelRequest(id: "root", text: "root", anchor: Point(x: 650, y: 550), preferredSide: .right),
            LabelRequest(id: "bone", text: "lamina", anchor: Point(x: 600, y: 630), preferredSide: .right),
        ]
        let result = layout.place(requests, measurer: measurer)
        XCTAssertEqual(result.labels.count, 3)
        XCTAssertNil(violations(result, layout, requests))
        for label in result.labels {
            let crosses = segments(label).contains { Polygons.crosses(wall, $0.start, $0.end) }
            XCTAssertEqual(crosses, label.id == "bone" ? crosses : false, "\(label.id) crosses the wall")
        }
        let bent = result.labels.filter { $0.leader.count == 4 }.map(\.id).sorted()
        XCTAssertEqual(bent, ["root", "sac"])
        // The bends lie in the opening, above the hollow's floor and between its walls.
        for label in result.labels where label.leader.count == 4 {
            XCTAssertLessThan(label.leader[1].y, 600)
            XCTAssertTrue(label.leader[1].x > 500 && label.leader[1].x < 700 || label.leader[1].y < 300, "\(label.id): \(label.leader[1])")
        }
    }

    func testSlotCentresStayInOrderAndInRange() {
        let centres = LabelLayout.slotCentres(desired: [10, 10, 10, 500], pitch: 20, low: 5, high: 495)
        XCTAssertEqual(centres, [5, 25, 45, 495])
    }

    func testLayoutSnapshot() {
        let layout = LabelLayout(font: Font(size: 12), drawing: Rect(x: 200, y: 50, width: 200, height: 300), page: Rect(x: 10, y: 10, width: 580, height: 380))
        let requests = [
            LabelRequest(id: "disc.L4-L5", text: "L4–L5 disc", anchor: Point(x: 250, y: 200)),
            LabelRequest(id: "root.L5.left", text: "left L5 root", anchor: Point(x: 350, y: 210)),
            LabelRequest(id: "root.L5.right", text: "right L5 root", anchor: Point(x: 260, y: 205), preferredSide: .left),
            LabelRequest(id: "flavum", text: "hypertrophied ligamentum flavum", anchor: Point(x: 330, y: 120)),
        ]
        let placement = layout.place(requests, measurer: measurer)
        let scene = Scene(width: 600, height: 400, nodes: placement.nodes(font: layout.font, anchorDotRadius: 0))
        let expected = """
            scene 600x400 background #ffffff
            path "leader.disc.L4-L5" bounds 164,192 87x8 stroke #000000 1
            path "leader.root.L5.left" bounds 350,210 87x1 stroke #000000 1
            path "leader.root.L5.right" bounds 164,205 97x8 stroke #000000 1
            path "leader.flavum" bounds 330,120 107x1 stroke #000000 1
            text "label.disc.L4-L5" bounds 95,186 65x14 font 12 end #000000 "L4–L5 disc"
            text "label.root.L5.left" bounds 440,203 68x14 font 12 start #000000 "left L5 root"
            text "label.root.L5.right" bounds 85,206 75x14 font 12 end #000000 "right L5 root"
            text "label.flavum" bounds 440,106 117x28 font 12 start #000000 "hypertrophied ligamentum flavum"

            """
        XCTAssertEqual(scene.snapshot(), expected)
    }

    func testNodesAreMadeForEveryLabel() {
        let layout = LabelLayout(font: Font(size: 14), drawing: Rect(x: 400, y: 100, width: 400, height: 600), page: Rect(x: 0, y: 0, width: 1200, height: 800))
        let result = layout.place([LabelRequest(id: "a", text: "A", anchor: Point(x: 500, y: 300))], measurer: measurer)
        let ids = result.nodes(font: layout.font).map(\.id)
        XCTAssertEqual(ids, ["leader.a", "leader.a.dot", "label.a"])
    }
}
