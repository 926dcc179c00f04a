import XCTest
@testable import Diagram

final class PathBoundsTests: XCTestCase {
    func assertRect(_ rect: Rect?, _ x: Double, _ y: Double, _ w: Double, _ h: Double, file: StaticString = #filePath, line: UInt = #line) {
        guard let rect else { return XCTFail("no bounds", file: file, line: line) }
        XCTAssertEqual(rect.minX, x, accuracy: 1e-9, file: file, line: line)
        XCTAssertEqual(rect.minY, y, accuracy: 1e-9, file: file, line: line)
        XCTAssertEqual(rect.width, w, accuracy: 1e-9, file: file, line: line)
        XCTAssertEqual(rect.height, h, accuracy: 1e-9, file: file, line: line)
    }

    func testEmptyPathHasNoBounds() {
        XCTAssertNil(Path().bounds)
    }

    func testRectangleAndCircle() {
        assertRect(Path.rectangle(Rect(x: 10, y: 20, width: 30, height: 40)).bounds, 10, 20, 30, 40)
        assertRect(Path.circle(center: Point(x: 50, y: 50), radius: 10).bounds, 40, 40, 20, 20)
    }

    func testQuarterArcReachesOnlyItsOwnExtremes() {
        // From angle 0 to π/2 (clockwise on the page): (r, 0) to (0, r) about the centre.
        var path = Path()
        path.arc(center: .zero, radius: 10, startAngle: 0, endAngle: .pi / 2)
        assertRect(path.bounds, 0, 0, 10, 10)
        // The same angles swept the other way go round three quarters.
        var other = Path()
        other.arc(center: .zero, radius: 10, startAngle: 0, endAngle: .pi / 2, direction: .decreasingAngle)
        assertRect(other.bounds, -10, -10, 20, 20)
    }

    func testCubicBoundsIncludeTheBulgeButNotTheControlPoints() {
        let path = Path([.move(to: Point(x: 0, y: 0)), .cubic(to: Point(x: 10, y: 0), control1: Point(x: 0, y: 10), control2: Point(x: 10, y: 10))])
        // The curve peaks at y = 7.5 (three quarters of the control height).
        assertRect(path.bounds, 0, 0, 10, 7.5)
    }

    func testEllipseBoundsMatchItsRectangle() {
        assertRect(Path.ellipse(in: Rect(x: 5, y: 6, width: 40, height: 20)).bounds, 5, 6, 40, 20)
    }

    func testTransformComposition() {
        let t = Transform.scale(2).concatenated(with: .translation(x: 10, y: 0))
        XCTAssertEqual(t.apply(Point(x: 1, y: 1)), Point(x: 12, y: 2))
        let r = Transform.rotation(.pi / 2).apply(Point(x: 1, y: 0))
        XCTAssertEqual(r.x, 0, accuracy: 1e-12)
        XCTAssertEqual(r.y, 1, accuracy: 1e-12)
    }

    func testSegmentCrossing() {
        let a = Segment(Point(x: 0, y: 0), Point(x: 10, y: 10))
        XCTAssertTrue(a.crosses(Segment(Point(x: 0, y: 10), Point(x: 10, y: 0))))
        XCTAssertFalse(a.crosses(Segment(Point(x: 0, y: 0), Point(x: 10, y: 0))), "sharing an end point is not crossing")
        XCTAssertTrue(a.crosses(Segment(Point(x: 5, y: 5), Point(x: 20, y: 20))), "collinear overlap crosses")
        XCTAssertTrue(a.crosses(Rect(x: 4, y: 4, width: 2, height: 2)))
        XCTAssertFalse(a.crosses(Rect(x: 6, y: 0, width: 4, height: 3)))
    }
}
