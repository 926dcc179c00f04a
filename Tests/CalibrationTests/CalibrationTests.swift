import Foundation
import XCTest
import Calibration

/// The calibration table is enforced: every row within its tolerance, and docs/calibration.md what
/// `make calibrate` writes today.
final class CalibrationTests: XCTestCase {
    static let results = CalibrationTable.evaluate()

    func testEveryRowIsWithinItsTolerance() {
        XCTAssertGreaterThanOrEqual(Self.results.count, 50)
        for r in Self.results {
            XCTAssertTrue(r.passes, "\(r.row.id): \(r.row.topic) — Radix \(r.value.map { String($0) } ?? "never"), target \(r.row.target) \(r.row.unit)")
        }
    }

    func testRowIdsAreUnique() {
        let ids = Self.results.map(\.row.id)
        XCTAssertEqual(Set(ids).count, ids.count)
    }

    func testTheDocumentIsUpToDate() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/calibration.md").standardized
        let committed = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(committed, CalibrationDocument.markdown(Self.results), "docs/calibration.md is stale: run `make calibrate`")
    }

    func testAFailingRowIsShownAsFailing() {
        let row = CalibrationRow(id: "x", topic: "t", source: "s", literature: "l", sweep: "w", target: 0...1, unit: "mm") { 2 }
        let result = row.evaluate()
        XCTAssertFalse(result.passes)
        XCTAssertTrue(CalibrationDocument.markdown([result]).contains("**FAIL**"))
        XCTAssertFalse(CalibrationRow(id: "y", topic: "t", source: "s", literature: "l", sweep: "w", target: 0...1, unit: "mm") { nil }.evaluate().passes)
    }

    func testProbeFindsFirstValue() {
        XCTAssertEqual(Probe.firstValue(from: 10, to: 0, step: 1, resolution: 0.01) { $0 <= 3.3 } ?? 0, 3.3, accuracy: 0.011)
        XCTAssertNil(Probe.firstValue(from: 0, to: 5, step: 1) { $0 > 9 })
    }
}
