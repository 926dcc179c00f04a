import RadixModel
import TestSupport
import XCTest

/// A population simulates each person without measuring the clearance of roots that no tissue comes near
/// (`Simulator.gradesAndBasis(_:exactClearances: false)`): everything it counts must be what the full simulation
/// gives — every grade, every hurt root's finding, the cauda equina, the clinical basis and so the tally.
final class FastPathTests: XCTestCase {
    /// Compares the population's simulation of `input` with the full one; true when an unhurt root's reported
    /// clearance differs (the work the fast path skips).
    func assertSameCounts(_ input: SimulationInput, person: AnatomySampler.Person, _ label: String,
                          file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let full = Simulator.gradesAndBasis(input), fast = Simulator.gradesAndBasis(input, exactClearances: false)
        XCTAssertEqual(fast.clinical, full.clinical, "\(label): clinical basis", file: file, line: line)
        XCTAssertEqual(fast.caudaEquina, full.caudaEquina, "\(label): cauda equina", file: file, line: line)
        XCTAssertEqual(fast.roots.count, full.roots.count, label, file: file, line: line)
        var skipped = false
        for (a, b) in zip(fast.roots, full.roots) {
            XCTAssertEqual(a.grade, b.grade, "\(label): \(b.root) \(b.side) grade", file: file, line: line)
            if b.grade > .normal {
                XCTAssertEqual(a, b, "\(label): \(b.root) \(b.side) is hurt: the same finding", file: file, line: line)
            } else {
                XCTAssertTrue(a.stations.isEmpty && b.stations.isEmpty, "\(label): an unhurt root has no hurt place", file: file, line: line)
                XCTAssertEqual(a.involvement, b.involvement, "\(label): \(b.root) \(b.side) involvement", file: file, line: line)
                if a.clearance != b.clearance { skipped = true }
            }
        }
        var t1 = PopulationTally(), t2 = PopulationTally()
        t1.add(roots: fast.roots, caudaEquina: fast.caudaEquina, pain: PainPresence(fast.clinical.picture()), person: person)
        t2.add(roots: full.roots, caudaEquina: full.caudaEquina, pain: PainPresence(full.clinical.picture()), person: person)
        XCTAssertEqual(t1, t2, "\(label): the same tally", file: file, line: line)
        return skipped
    }

    /// Sampled people of every teaching scenario, as `radix population` draws them.
    func testTeachingScenariosCountTheSame() throws {
        var skipped = 0, cases = 0
        for name in try Fixtures.scenarioFiles() {
            let request = PopulationRequest(input: Pipeline.input(for: try Fixtures.scenario(name)), samples: 40, seed: 5)
            let sampler = AnatomySampler(base: request.input.anatomy, sex: request.sex)
            for i in request.range {
                let person = sampler.person(seed: request.seed, index: UInt64(i), mirrored: request.drawsMirrored)
                var input = request.input
                input.anatomy = person.anatomy
                if assertSameCounts(input, person: person, "\(name) #\(i)") { skipped += 1 }
                cases += 1
            }
        }
        XCTAssertGreaterThan(skipped, cases / 2, "most people have an unhurt root whose clearance is not measured")
    }

    /// Random lesions of every kind, postures and body sizes.
    func testRandomLesionsCountTheSame() {
        var g = SeededGenerator(seed: 77)
        let person = AnatomySampler().person(seed: 1, index: 0)
        var hurt = 0
        for i in 0..<400 {
            let lesions = (0..<Int.random(in: 1...3, using: &g)).map { _ in LesionGenerator.lesion(&g) }
            let anatomy = AnatomyOptions(scale: Double.random(in: 0.85...1.15, using: &g))
            let input = SimulationInput(anatomy: anatomy, posture: Posture.allCases.randomElement(using: &g)!, lesions: lesions)
            _ = assertSameCounts(input, person: person, "case \(i)")
            if Simulator.gradesAndBasis(input).roots.contains(where: { $0.grade > .normal }) { hurt += 1 }
        }
        XCTAssertGreaterThan(hurt, 100, "many cases hurt a root")
    }
}
