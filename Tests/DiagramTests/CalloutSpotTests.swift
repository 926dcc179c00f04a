import XCTest
@testable import Diagram

/// Numbered call-outs' geometry: where a circle goes, which leaders cross an obstacle, a column's foot.
final class CalloutSpotTests: XCTestCase {
    func square(_ x: Double, _ y: Double, _ side: Double) -> [Point] {
        [Point(x: x, y: y), Point(x: x + side, y: y), Point(x: x + side, y: y + side), Point(x: x, y: y + side)]
    }

    /// On the anchor when nothing is in the way; beside a root that covers the anchor, clear of it, with a short leader
    /// from the anchor to the circle's edge.
    func testCircleStandsOnTheAnchorUnlessSomethingIsInTheWay() {
        let box = Rect(x: 0, y: 0, width: 200, height: 200)
        let free = CalloutSpot.find(anchor: Point(x: 100, y: 100), radius: 8, gap: 2,
                                    around: .init(keepClear: [], solids: [], segments: [], circles: [], box: box))
        XCTAssertEqual(free.centre, Point(x: 100, y: 100))
        XCTAssertEqual(free.leader, [])
        let root = square(90, 90, 20)
        let spot = CalloutSpot.find(anchor: Point(x: 100, y: 100), radius: 8, gap: 2,
                                    around: .init(keepClear: [root], solids: [], segments: [], circles: [], box: box))
        XCTAssertFalse(Polygons.contains(root, spot.centre))
        XCTAssertGreaterThanOrEqual(Polygons.distance(root, spot.centre), 8 + 2)
        XCTAssertEqual(spot.leader.first, Point(x: 100, y: 100))
        XCTAssertEqual(spot.leader.count, 2)
        XCTAssertEqual(spot.leader[1].distance(to: spot.centre), 8, accuracy: 1e-9)
        // Another circle already there: the next one keeps clear of it too.
        let second = CalloutSpot.find(anchor: Point(x: 100, y: 100), radius: 8, gap: 2,
                                      around: .init(keepClear: [root], solids: [], segments: [], circles: [(spot.centre, 8)], box: box))
        XCTAssertGreaterThanOrEqual(second.centre.distance(to: spot.centre), 16 + 2)
    }

    /// A short leader does not cross a bone its anchor is not in (the circle itself may stand on bone: bones are labelled too).
    func testLeaderDoesNotCrossABone() {
        let box = Rect(x: 0, y: 0, width: 200, height: 200)
        let root = square(90, 90, 20)
        // A bone hugging the root on the right: a leader to a circle there would cross into it.
        let bone = square(111, 60, 60)
        let spot = CalloutSpot.find(anchor: Point(x: 100, y: 100), radius: 8, gap: 2,
                                    around: .init(keepClear: [root], solids: [[bone]], segments: [], circles: [], box: box))
        XCTAssertFalse(Polygons.crosses(bone, spot.leader[0], spot.leader[1]))
    }

    /// A call-out's leader does not pass through another call-out's circle when a spot without that is to be had (a leader
    /// through a circle reads as that call-out's): in a strip where the circle can stand only right or left of its anchor,
    /// the first spot clear on the right (ring 4, 44 points out) has its leader through a small circle, so the circle goes
    /// to the left (ring 7), although that is farther.
    func testLeaderDoesNotPassThroughAnotherCircle() {
        let anchor = Point(x: 100, y: 100)
        // A root covering the anchor, reaching far to the left; a small circle 25 points to the anchor's right.
        let root = [Point(x: 50, y: 95), Point(x: 105, y: 95), Point(x: 105, y: 105), Point(x: 50, y: 105)]
        let circle = (centre: Point(x: 125, y: 100), radius: 4.0)
        let strip = Rect(x: 0, y: 90, width: 300, height: 20)
        let spot = CalloutSpot.find(anchor: anchor, radius: 8, gap: 2,
                                    around: .init(keepClear: [root], solids: [], segments: [], circles: [circle], box: strip))
        XCTAssertEqual(spot.leader.count, 2)
        XCTAssertLessThan(spot.centre.x, anchor.x, "the circle stands left of its anchor")
        XCTAssertGreaterThanOrEqual(Polygons.segmentDistance(circle.centre, spot.leader[0], spot.leader[1]), circle.radius)
        // With no circle there, the nearer spot on the right is taken.
        let free = CalloutSpot.find(anchor: anchor, radius: 8, gap: 2,
                                    around: .init(keepClear: [root], solids: [], segments: [], circles: [], box: strip))
        XCTAssertGreaterThan(free.centre.x, anchor.x)
    }

    /// Where no spot within reach is clear (a root covers the whole drawing, as the cauda equina fills a crowded canal), the
    /// circle still does not stand on another call-out's circle: it takes the roomiest spot touching none (issue 11: 15's
    /// lesion and root, 13's posterior stack). Without that circle the roomiest spot is the one it then covers.
    func testCircleWithNoClearSpotStillKeepsOffOtherCircles() {
        let anchor = Point(x: 200, y: 100)
        let root = square(0, 0, 400)
        let box = Rect(x: 0, y: 0, width: 400, height: 400)
        let alone = CalloutSpot.find(anchor: anchor, radius: 8, gap: 2,
                                     around: .init(keepClear: [root], solids: [], segments: [], circles: [], box: box))
        let other = (centre: Point(x: alone.centre.x, y: alone.centre.y + 6), radius: 8.0)
        XCTAssertLessThan(alone.centre.distance(to: other.centre), 16, "the other circle stands on the roomiest spot")
        let spot = CalloutSpot.find(anchor: anchor, radius: 8, gap: 2,
                                    around: .init(keepClear: [root], solids: [], segments: [], circles: [other], box: box))
        XCTAssertGreaterThanOrEqual(spot.centre.distance(to: other.centre), 16, "the circles do not overlap")
        XCTAssertTrue(box.insetBy(8).contains(spot.centre))
    }

    /// Leaders that cross a bone other than their target are named; a leader from inside the bone is not.
    func testLeadersCrossingObstacles() {
        var layout = LabelLayout(font: Font(size: 10), drawing: Rect(x: 100, y: 0, width: 200, height: 200),
                                 page: Rect(x: 0, y: 0, width: 400, height: 200))
        layout.obstacles = [[square(120, 80, 40)]]
        let placement = LabelPlacement(labels: [
            PlacedLabel(id: "across", text: "a", side: .left, lines: ["a"], frame: .zero,
                        leader: [Point(x: 200, y: 100), Point(x: 90, y: 100), Point(x: 80, y: 100)], textPosition: .zero, maxWidth: 50),
            PlacedLabel(id: "inside", text: "b", side: .left, lines: ["b"], frame: .zero,
                        leader: [Point(x: 140, y: 100), Point(x: 90, y: 100), Point(x: 80, y: 100)], textPosition: .zero, maxWidth: 50),
            PlacedLabel(id: "clear", text: "c", side: .left, lines: ["c"], frame: .zero,
                        leader: [Point(x: 200, y: 20), Point(x: 90, y: 20), Point(x: 80, y: 20)], textPosition: .zero, maxWidth: 50),
        ], unplaced: [])
        XCTAssertEqual(layout.leadersCrossingObstacles(placement), ["across"])
    }

    /// A column's foot keeps its labels above it; the other column still reaches the page's foot.
    func testColumnFootKeepsRoomUnderTheColumn() {
        var layout = LabelLayout(font: Font(size: 10), drawing: Rect(x: 150, y: 0, width: 100, height: 300),
                                 page: Rect(x: 0, y: 0, width: 400, height: 300))
        let requests = (0..<6).flatMap { k in
            [LabelRequest(id: "l\(k)", text: "left \(k)", anchor: Point(x: 160, y: 250 + Double(k)), preferredSide: .left),
             LabelRequest(id: "r\(k)", text: "right \(k)", anchor: Point(x: 240, y: 250 + Double(k)), preferredSide: .right)]
        }
        layout.columnFoot = [.left: 200]
        let placement = layout.place(requests, measurer: ApproximateTextMeasurer())
        XCTAssertEqual(placement.unplaced, [])
        let left = placement.labels.filter { $0.side == .left }, right = placement.labels.filter { $0.side == .right }
        XCTAssertEqual(left.count, 6)
        XCTAssertLessThanOrEqual(left.map(\.frame.maxY).max() ?? 0, 200 + 1e-9)
        XCTAssertGreaterThan(right.map(\.frame.maxY).max() ?? 0, 200, "the right column reaches lower")
    }
}
