import TestSupport
import XCTest
import Anatomy
import Clinical
import Compression
import Pathology

/// Invariants over many generated scenarios: a normal spine hurts nothing; a mirrored scenario gives the
/// mirrored report; a bigger lesion never lowers any root's grade.
final class PropertyTests: XCTestCase {
    func testNormalSpineHurtsNothingAtAnyScaleOrPosture() {
        for scale in stride(from: 0.8, through: 1.25, by: 0.05) {
            for posture in Posture.allCases {
                let r = Make.run([], posture: posture, anatomy: AnatomyOptions(scale: scale))
                XCTAssertEqual(r.roots.count, Root.allCases.count * 2)
                XCTAssertTrue(r.hurtRoots.isEmpty, "scale \(scale) \(posture): \(r.hurtSummary)")
                XCTAssertTrue(r.roots.allSatisfy { $0.clearance > 0 }, "scale \(scale) \(posture)")
                XCTAssertTrue(r.clinical.painMap.isEmpty)
                XCTAssertTrue(r.redFlags.isEmpty)
                XCTAssertFalse(r.caudaEquina.compressed)
                XCTAssertTrue(r.segments.allSatisfy { $0.schizas == .A && $0.leeForaminal.values.allSatisfy { $0 == 0 } })
            }
        }
    }

    func testMirroredScenarioGivesMirroredReport() {
        var g = SeededGenerator(seed: 2024)
        for trial in 0..<1500 {
            let lesions = (0..<Int.random(in: 1...3, using: &g)).map { _ in LesionGenerator.lesion(&g) }
            let posture = Posture.allCases.randomElement(using: &g)!
            let a = Make.run(lesions, posture: posture)
            let b = Make.run(lesions.map(\.mirrored), posture: posture)
            for f in a.roots {
                guard let m = b.finding(f.root, f.side.mirrored) else { return XCTFail("missing root") }
                XCTAssertEqual(f.grade, m.grade, "trial \(trial) \(f.root.name) \(f.side): \(lesions)")
                XCTAssertEqual(f.clearance, m.clearance, accuracy: 1e-6, "trial \(trial)")
                XCTAssertEqual(f.site, m.site, "trial \(trial) \(f.root.name)")
            }
            XCTAssertEqual(a.clinical.painMap.map(\.mirrored).sorted(by: order), b.clinical.painMap.sorted(by: order), "trial \(trial)")
            for (sa, sb) in zip(a.segments, b.segments) {
                XCTAssertEqual(sa.measurements.recessDepth[.left] ?? 0, sb.measurements.recessDepth[.right] ?? 0, accuracy: 1e-6)
                XCTAssertEqual(sa.leeForaminal[.left], sb.leeForaminal[.right])
                XCTAssertEqual(sa.schizas, sb.schizas)
            }
        }
    }

    func testGrowingAnyLesionNeverLowersAnyGrade() {
        var g = SeededGenerator(seed: 7)
        var grew = 0
        for trial in 0..<1500 {
            let lesions = (0..<Int.random(in: 1...3, using: &g)).map { _ in LesionGenerator.lesion(&g) }
            let posture = Posture.allCases.randomElement(using: &g)!
            let which = Int.random(in: 0..<lesions.count, using: &g)
            var bigger = lesions
            bigger[which] = LesionGenerator.grown(lesions[which], by: Double.random(in: 0.2...4, using: &g))
            let small = Make.run(lesions, posture: posture)
            let large = Make.run(bigger, posture: posture)
            for f in small.roots {
                let after = large.grade(f.root, f.side)
                XCTAssertGreaterThanOrEqual(after, f.grade, "trial \(trial) \(f.root.name) \(f.side): \(lesions[which]) → \(bigger[which])")
                if after > f.grade { grew += 1 }
            }
        }
        XCTAssertGreaterThan(grew, 100, "growth should often raise a grade; the generator may be too tame")
    }

    private func order(_ a: PainEntry, _ b: PainEntry) -> Bool {
        (a.region.rawValue, a.side.rawValue, a.kind.rawValue) < (b.region.rawValue, b.side.rawValue, b.kind.rawValue)
    }
}
