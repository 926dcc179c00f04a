import Diagram
import Foundation
import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

/// The layout of one panel as text (`Scene.snapshot`): any change to geometry, styling or label
/// placement shows up as a readable diff. Delete Tests/Snapshots/sagittal-02-minimal.txt to record it again.
final class SagittalSnapshotTests: XCTestCase {
    func testExtrusionLayoutMatchesTheRecordedSnapshot() throws {
        let (scene, _) = try SagittalFixture.scene("02", labels: .minimal)
        let snapshot = scene.snapshot()
        // Outside the test target's folder, so SwiftPM does not ask for it to be declared a resource.
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent("sagittal-02-minimal.txt")
        guard let recorded = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try snapshot.write(to: file, atomically: true, encoding: .utf8)
            return XCTFail("recorded a new snapshot at \(file.path); run again")
        }
        XCTAssertTrue(snapshot.contains("path \"sagittal.root.L5.left\""))
        if snapshot != recorded {
            let a = snapshot.split(separator: "\n"), b = recorded.split(separator: "\n")
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            XCTFail("snapshot differs from line \(first + 1):\n got: \(first < a.count ? a[first] : "")\nwant: \(first < b.count ? b[first] : "")")
        }
    }
}
