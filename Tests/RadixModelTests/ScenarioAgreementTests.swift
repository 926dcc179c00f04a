import Foundation
import XCTest
import RadixModel
import TestSupport

/// Every teaching scenario says, in its opening comment and in Scenarios/README.md, what the model computes
/// for it: the roots at grade 2 or worse and a compressed cauda equina (issue 9 item 7). A recalibration that
/// changes an answer fails here until the file and the table say the new one.
final class ScenarioAgreementTests: XCTestCase {
    /// "left L5 compression; both S1 deviation; cauda equina compressed", or "none", in report order.
    static func computed(_ r: SimulationResult) -> String {
        var order: [String] = [], sides: [String: [Side]] = [:]
        for f in r.roots where f.grade >= .deviation {
            let key = "\(f.root.name) \(f.grade.state)"
            if sides[key] == nil { order.append(key) }
            sides[key, default: []].append(f.side)
        }
        var parts = order.map { key in ((sides[key]?.count ?? 0) == 2 ? "both" : sides[key]?.first?.rawValue ?? "") + " " + key }
        if r.caudaEquina.compressed { parts.append("cauda equina compressed") }
        return parts.isEmpty ? "none" : parts.joined(separator: "; ")
    }

    static let marker = "# Radix computes (grade 2 or worse): "

    func testEveryScenarioCommentSaysWhatTheModelComputes() throws {
        for name in try Fixtures.scenarioFiles() {
            let text = try String(contentsOf: Fixtures.scenarioDirectory.appendingPathComponent(name), encoding: .utf8)
            let line = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix(Self.marker) }, "\(name) has no '\(Self.marker)' line")
            let said = String(line.dropFirst(Self.marker.count)).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            let (_, result) = try Fixtures.simulated(name)
            XCTAssertEqual(said, Self.computed(result), name)
        }
    }

    func testTheReadmeTableSaysWhatTheModelComputes() throws {
        let readme = try String(contentsOf: Fixtures.scenarioDirectory.appendingPathComponent("README.md"), encoding: .utf8)
        var rows: [String: String] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 6 else { continue }
            rows[cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells[4]
        }
        let files = try Fixtures.scenarioFiles()
        XCTAssertEqual(Set(rows.keys), Set(files), "one row per scenario")
        for name in files {
            let (_, result) = try Fixtures.simulated(name)
            XCTAssertEqual(rows[name], Self.computed(result), name)
        }
    }
}
