import Anatomy
import Clinical
import Compression
import Pathology
import TestSupport
import XCTest

/// `Simulator.grades` (the population's fast path) gives exactly what `Simulator.run` gives for every root,
/// the clinical picture and the cauda equina: random lesions of every kind, every posture, varied anatomy.
final class GradesTests: XCTestCase {
    func testGradesAreTheFullSimulations() {
        var g = SeededGenerator(seed: 13)
        for i in 0..<300 {
            let lesions = (0..<Int.random(in: 0...3, using: &g)).map { _ in LesionGenerator.lesion(&g) }
            var anatomy = AnatomyOptions(scale: Double.random(in: 0.85...1.15, using: &g))
            if i % 2 == 0 {
                let level = DiscLevel.allCases.randomElement(using: &g)!
                anatomy.levels[level] = LevelOverrides(canalAP: Double.random(in: 9...19, using: &g), interpedicular: Double.random(in: 18...30, using: &g),
                                                       discHeight: Double.random(in: 2...8, using: &g), recessDepth: Double.random(in: 3...9, using: &g),
                                                       foramenHeight: Double.random(in: 13...24, using: &g), foramenWidth: Double.random(in: 5...9, using: &g))
            }
            if i % 3 == 0 {
                // A side of its own, as the population sampler gives.
                let level = DiscLevel.allCases.randomElement(using: &g)!
                anatomy.levels[level, default: LevelOverrides()].left = SideOverrides(recessDepth: Double.random(in: 3...9, using: &g),
                                                                                        foramenHeight: Double.random(in: 13...24, using: &g))
            }
            let input = SimulationInput(anatomy: anatomy, posture: Posture.allCases.randomElement(using: &g)!, lesions: lesions)
            let full = Simulator.run(input), fast = Simulator.grades(input)
            XCTAssertEqual(fast.roots, full.roots, "case \(i)")
            XCTAssertEqual(fast.clinical, full.clinical, "case \(i)")
            XCTAssertEqual(fast.caudaEquina, full.caudaEquina, "case \(i)")
        }
    }
}
