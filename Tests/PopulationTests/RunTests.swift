import RadixModel
import TestSupport
import XCTest

/// The run: deterministic, the same for any number of workers, shards add up, and the properties of
/// issue 13 (monotone in lesion size, mirrored lesions mirrored, the default anatomy typical).
final class RunTests: XCTestCase {
    func request(_ scenario: Scenario, samples: Int, seed: UInt64 = 11, shard: PopulationShard = .whole) -> PopulationRequest {
        PopulationRequest(input: Pipeline.input(for: scenario), samples: samples, seed: seed, shard: shard)
    }

    func testTheSameTallyForAnyNumberOfWorkersAndTheSameBytes() throws {
        let scenario = try Fixtures.scenario("02")
        let r = request(scenario, samples: 600)
        let one = PopulationRunner.run(r, jobs: 1), two = PopulationRunner.run(r, jobs: 2), three = PopulationRunner.run(r, jobs: 3)
        XCTAssertEqual(one, two)
        XCTAssertEqual(one, three)
        XCTAssertEqual(one.samples, 600)
        let a = PopulationReport(scenario: scenario, request: r, tally: one), b = PopulationReport(scenario: scenario, request: r, tally: two)
        XCTAssertEqual(PopulationReport.renderJSON([a]), PopulationReport.renderJSON([b]))
        XCTAssertEqual(a.text, b.text)
        XCTAssertNotEqual(one, PopulationRunner.run(request(scenario, samples: 600, seed: 12), jobs: 2), "another seed, other people")
    }

    /// The run counts where pictures hurt from one picture per basis without flattening (`PainMemo`); counting
    /// each sample's own full picture gives the same tally — in scenarios whose roots are compressed to many
    /// different flattenings (02, 13, 22), where the shared pictures differ from the samples' own in intensity.
    func testSharedPicturesCountWhatEachSamplesOwnPictureWould() throws {
        for name in ["02", "13", "22"] {
            let r = request(try Fixtures.scenario(name), samples: 300)
            let sampler = AnatomySampler(base: r.input.anatomy, sex: r.sex)
            var own = PopulationTally()
            var flattenings = Set<Double>()
            for i in r.range {
                let (person, grades) = PopulationRunner.simulate(r, index: i, sampler: sampler)
                own.add(grades, person: person)
                for f in grades.roots where f.grade == .compression { flattenings.insert(f.deformationPercent) }
            }
            XCTAssertEqual(PopulationRunner.run(r, jobs: 1), own, name)
            XCTAssertGreaterThan(flattenings.count, 10, "\(name): compressed to many flattenings")
        }
    }

    /// Where a picture hurts does not depend on the roots' flattening (what `PainMemo` relies on): random lesions of
    /// every kind in varied anatomy, each picture against the picture of the same basis without flattening.
    func testWhereItHurtsDoesNotDependOnFlattening() {
        var g = SeededGenerator(seed: 31)
        var flattened = 0
        for i in 0..<300 {
            let lesions = (0..<Int.random(in: 1...3, using: &g)).map { _ in LesionGenerator.lesion(&g) }
            let anatomy = AnatomyOptions(scale: Double.random(in: 0.85...1.15, using: &g))
            let input = SimulationInput(anatomy: anatomy, posture: Posture.allCases.randomElement(using: &g)!, lesions: lesions)
            let basis = Simulator.gradesAndBasis(input).clinical
            if basis != basis.withoutFlattening { flattened += 1 }
            XCTAssertEqual(PainPresence(basis.picture()), PainPresence(basis.withoutFlattening.picture()), "case \(i)")
            XCTAssertEqual(basis.picture(), Simulator.run(input).clinical, "case \(i): the basis gives the simulation's picture")
        }
        XCTAssertGreaterThan(flattened, 30, "many cases have a flattened root")
    }

    func testShardsAddUpToTheWholeRun() throws {
        let scenario = try Fixtures.scenario("03")
        let whole = PopulationRunner.run(request(scenario, samples: 400), jobs: 2)
        let shards = (1...3).map { PopulationRunner.run(request(scenario, samples: 400, shard: PopulationShard(index: $0, count: 3)), jobs: 1) }
        XCTAssertEqual(shards.map(\.samples), [133, 133, 134])
        XCTAssertEqual(shards.reduce(PopulationTally(), +), whole)
    }

    /// Counts are "grade k or worse": contact ≥ deviation ≥ compression for every root.
    func testCountsAreCumulative() throws {
        let tally = PopulationRunner.run(request(try Fixtures.scenario("02"), samples: 300), jobs: 2)
        for (root, side) in PopulationTally.rootSides {
            XCTAssertGreaterThanOrEqual(tally.count(root, side, .contact), tally.count(root, side, .deviation))
            XCTAssertGreaterThanOrEqual(tally.count(root, side, .deviation), tally.count(root, side, .compression))
        }
        XCTAssertGreaterThan(tally.count(.L5, .left, .compression), 0)
    }

    /// Crowding alone (roots filling a narrow sac, no tissue on any root) is part of the contact counted, found in
    /// the normal spine's population and never where a lesion reaches a root in everyone.
    func testCrowdingAloneIsPartOfContact() throws {
        let normal = PopulationRunner.run(request(try Fixtures.scenario("01"), samples: 400), jobs: 2)
        XCTAssertGreaterThan(normal.crowdingOnly, 0)
        XCTAssertLessThanOrEqual(normal.crowdingOnly, normal.anyRoot[0])
        let scenario = try Fixtures.scenario("01")
        XCTAssertTrue(PopulationReport(scenario: scenario, request: request(scenario, samples: 400), tally: normal).text.contains("crowding alone"))
        let extrusion = PopulationRunner.run(request(try Fixtures.scenario("02"), samples: 200), jobs: 2)
        XCTAssertEqual(extrusion.crowdingOnly, 0)
    }

    /// A bigger herniation never compresses in fewer people (the same people: same seed and indices).
    func testMonotoneInLesionSize() {
        var previous = -1
        for size in stride(from: 2.0, through: 8.0, by: 1.0) {
            let herniation = Herniation(zone: .subarticular, side: .left, morphology: .protrusion, sizeMillimetres: size, migration: nil)
            let s = Scenario(title: "size \(size)", lesions: [Lesion(level: .L4L5, kind: .herniation(herniation))])
            let t = PopulationRunner.run(request(s, samples: 200), jobs: 2)
            let c = t.count(.L5, .left, .compression)
            XCTAssertGreaterThanOrEqual(c, previous, "size \(size)")
            previous = c
        }
        XCTAssertGreaterThan(previous, 0)
    }

    /// A central lesion meets people whose sides differ: left and right shares agree within sampling error, not
    /// exactly (population.md §A11.3b item 6), and they do differ somewhere.
    func testCentralLesionHurtsBothSidesAlike() throws {
        let scenario = try Fixtures.scenario("14")
        XCTAssertFalse(PopulationRequest(input: Pipeline.input(for: scenario)).drawsMirrored)
        let n = 2000
        let t = PopulationRunner.run(request(scenario, samples: n), jobs: 2)
        var differ = false
        for root in [Root.L4, .L5, .S1] {
            for grade in PopulationTally.grades {
                let l = Double(t.count(root, .left, grade)) / Double(n), r = Double(t.count(root, .right, grade)) / Double(n)
                // The two sides of one person are correlated, so the difference has at most the SE of independent shares.
                let se = ((l * (1 - l) + r * (1 - r)) / Double(n)).squareRoot()
                XCTAssertLessThanOrEqual(abs(l - r), 4 * se + 1e-9, "\(root) \(grade)")
                if l != r { differ = true }
            }
        }
        XCTAssertTrue(differ, "the sides of the sampled people should differ")
    }

    /// The mirrored lesion gives exactly the mirrored counts, root by root: people are drawn in the scenario's
    /// orientation (`PopulationRequest.drawsMirrored`), so the mirrored scenario meets the mirrored people.
    func testMirroredLesionsGiveMirroredProbabilities() throws {
        for name in ["04", "09", "17"] {
            let scenario = try Fixtures.scenario(name)
            let a = PopulationRunner.run(request(scenario, samples: 200), jobs: 2)
            let b = PopulationRunner.run(request(scenario.mirrored, samples: 200), jobs: 2)
            XCTAssertNotEqual(PopulationRequest(input: Pipeline.input(for: scenario)).drawsMirrored,
                              PopulationRequest(input: Pipeline.input(for: scenario.mirrored)).drawsMirrored)
            for (root, side) in PopulationTally.rootSides {
                for grade in PopulationTally.grades {
                    XCTAssertEqual(a.count(root, side, grade), b.count(root, side.mirrored, grade), "\(name) \(root) \(side) \(grade)")
                }
            }
            for region in BodyRegion.allCases {
                XCTAssertEqual(a.pain(region, .left), b.pain(region, .right), "\(name) \(region)")
            }
        }
    }

    /// The default spine is the population's median person: where it gives a root a grade, that grade (or
    /// the one next to it) is what a good share of the population gets, and a root it leaves free is left
    /// free in most people.
    func testTheDefaultAnatomyIsTypical() throws {
        for name in ["01", "02", "03", "15", "22", "28"] {
            let scenario = try Fixtures.scenario(name)
            let single = scenario.simulate()
            let t = PopulationRunner.run(request(scenario, samples: 300), jobs: 2)
            for (root, side) in PopulationTally.rootSides {
                let g = single.finding(root, side)?.grade ?? .normal
                if g > .normal {
                    XCTAssertGreaterThan(Double(t.count(root, side, g)) / 300, 0.2, "\(name) \(root) \(side): the default spine reaches \(g.state)")
                }
                if g < .compression {
                    let worse = RootGrade(rawValue: g.rawValue + 1) ?? .compression
                    XCTAssertLessThan(Double(t.count(root, side, worse)) / 300, 0.8, "\(name) \(root) \(side): the default spine stays below \(worse.state)")
                }
            }
        }
    }

    func testReportSaysWhatDroveIt() throws {
        let scenario = try Fixtures.scenario("15")
        let r = request(scenario, samples: 300)
        let report = PopulationReport(scenario: scenario, request: r, tally: PopulationRunner.run(r, jobs: 2))
        XCTAssertTrue(report.text.contains("What drove it:"), report.text)
        XCTAssertTrue(report.text.contains("95 % Wilson"), report.text)
        let json = PopulationReport.renderJSON([report])
        for key in ["\"samples\": 300", "\"seed\": \"11\"", "\"p_at_least\"", "\"counts\"", "\"regions\"", "\"knee\""] {
            XCTAssertTrue(json.contains(key), key)
        }
    }

    /// Every teaching scenario runs as a population, and its counts stay within the samples.
    func testEveryTeachingScenarioRuns() throws {
        for name in try Fixtures.scenarioFiles() {
            let scenario = try ScenarioLoader.load(path: Fixtures.scenarioDirectory.appendingPathComponent(name).path)
            let t = PopulationRunner.run(request(scenario, samples: 16), jobs: 2)
            XCTAssertEqual(t.samples, 16, name)
            XCTAssertTrue(t.counts.allSatisfy { (0...16).contains($0) }, name)
            XCTAssertTrue(t.regionPain.allSatisfy { (0...16).contains($0) }, name)
        }
    }
}
