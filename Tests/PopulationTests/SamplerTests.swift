import Anatomy
import XCTest
@testable import Population

/// The sampler against population.md §A11.2 (marginals) and §A11.3b (the factor model).
final class SamplerTests: XCTestCase {
    let people = (0..<20_000).map { AnatomySampler().person(seed: 7, index: UInt64($0)) }

    /// A variable's value in every person; the left side's for the paired ones (recess, foramen).
    func values(_ kind: PopulationVariable.Kind, _ level: DiscLevel?, side: Side = .left) -> [Double] {
        let v = PopulationVariable(kind: kind, level: level)
        let i = PopulationVariable(kind: kind, level: level, side: v.isPaired ? side : nil).index
        XCTAssertEqual(PopulationVariable.all[i].kind, kind)
        return people.map { $0.values[i] }
    }

    func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }
    func sd(_ x: [Double]) -> Double { let m = mean(x); return (x.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(x.count - 1)).squareRoot() }
    func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let mx = mean(x), my = mean(y)
        let c = zip(x, y).map { ($0 - mx) * ($1 - my) }.reduce(0, +) / Double(x.count - 1)
        return c / (sd(x) * sd(y))
    }

    func testSamePersonForTheSameSeedAndIndexOnly() {
        let a = AnatomySampler().person(seed: 7, index: 123), b = AnatomySampler().person(seed: 7, index: 123)
        XCTAssertEqual(a.values, b.values)
        XCTAssertEqual(a.anatomy, b.anatomy)
        XCTAssertNotEqual(a.values, AnatomySampler().person(seed: 8, index: 123).values)
        XCTAssertNotEqual(a.values, AnatomySampler().person(seed: 7, index: 124).values)
    }

    /// Means are the model's defaults (the narrow-canal subgroup pulls the canal down by 2.25 % × 3.75 mm ≈ 0.08 mm);
    /// SDs are the reference's (truncation at ± 3 SD takes ~1.4 % of the SD off), the interpedicular width's scaled.
    func testMarginalsAreTheReferenceDefaults() {
        for level in DiscLevel.allCases {
            let d = Morphometry.segment(level)
            let ap = values(.canalAP, level)
            XCTAssertEqual(mean(ap), d.canalAP - 0.0225 * 3.75, accuracy: 0.06, "canal AP \(level)")
            XCTAssertEqual(sd(values(.discHeight, level)), 1.2, accuracy: 0.05, "disc \(level)")
            XCTAssertEqual(mean(values(.foramenHeight, level)), d.foramenHeight, accuracy: 0.06, "foramen \(level)")
            XCTAssertEqual(sd(values(.foramenHeight, level)), 2.0, accuracy: 0.06, "foramen \(level)")
            // The reference's 2.5 mm (3.1 at L5) times the spread tuned to the dural-sac check (AnatomySampler.interpedicularSpread).
            XCTAssertEqual(sd(values(.interpedicular, level)), 0.6 * (level == .L5S1 ? 3.1 : 2.5), accuracy: 0.06, "interpedicular \(level)")
        }
        XCTAssertEqual(mean(values(.bodySize, nil)), 1, accuracy: 0.003)
        XCTAssertEqual(sd(values(.bodySize, nil)), 0.065, accuracy: 0.003)
    }

    func testRecessIsNeverBelowTheDevelopmentalFloor() {
        for level in PopulationVariable.recessLevels {
            XCTAssertGreaterThanOrEqual(values(.recessDepth, level).min() ?? 0, 3.5)
        }
        // No recess is sampled at L1–L2 and L2–L3 (§A11.2e): the model's default stays.
        XCTAssertNil(people[0].anatomy.levels[.L1L2]?.recessDepth)
        XCTAssertNil(people[0].anatomy.levels[.L1L2]?.left?.recessDepth)
    }

    /// §A11.3b: canal inter-level r ≈ 0.6 (more with the narrow-canal subgroup), foramen ≈ 0.5, AP–width ≈ 0.25,
    /// recess–canal ≈ 0.4 × √0.6 at the same level.
    func testCorrelationsOfTheFactorModel() {
        XCTAssertEqual(correlation(values(.canalAP, .L3L4), values(.canalAP, .L4L5)), 0.65, accuracy: 0.06)
        XCTAssertEqual(correlation(values(.foramenHeight, .L3L4), values(.foramenHeight, .L4L5)), 0.5, accuracy: 0.05)
        XCTAssertEqual(correlation(values(.canalAP, .L4L5), values(.interpedicular, .L4L5)), 0.25, accuracy: 0.06)
        XCTAssertEqual(correlation(values(.canalAP, .L4L5), values(.recessDepth, .L4L5)), 0.4 * 0.6.squareRoot(), accuracy: 0.07)
        XCTAssertEqual(correlation(values(.foramenHeight, .L4L5), values(.canalAP, .L4L5)), 0, accuracy: 0.05)
        XCTAssertEqual(correlation(values(.discHeight, .L4L5), values(.bodySize, nil)), 0.4, accuracy: 0.05)
    }

    /// §A11.3b item 6: the two sides of a paired structure correlate ≈ 0.9 and share the level's spread; the sides
    /// differ in most people (by a millimetre or so), and each side's value reaches the anatomy.
    func testLeftAndRightDifferALittle() {
        for level in PopulationVariable.recessLevels {
            let l = values(.recessDepth, level, side: .left), r = values(.recessDepth, level, side: .right)
            XCTAssertEqual(correlation(l, r), 0.9, accuracy: 0.03, "recess \(level)")
            XCTAssertEqual(sd(r), sd(l), accuracy: 0.05, "recess \(level)")
        }
        for kind in [PopulationVariable.Kind.foramenHeight, .foramenWidth] {
            let l = values(kind, .L4L5, side: .left), r = values(kind, .L4L5, side: .right)
            XCTAssertEqual(correlation(l, r), 0.9, accuracy: 0.03, "\(kind)")
            XCTAssertEqual(mean(r), mean(l), accuracy: 0.05, "\(kind)")
        }
        let asymmetric = people.filter { p in
            guard let o = p.anatomy.levels[.L4L5], let l = o.left?.foramenHeight, let r = o.right?.foramenHeight else { return false }
            return abs(l - r) > 0.1
        }
        XCTAssertGreaterThan(asymmetric.count, people.count / 2)
        let p = asymmetric[0], o = p.anatomy.levels[.L4L5]!
        let anatomy = LevelAnatomy(level: .L4L5, options: p.anatomy)
        XCTAssertEqual(anatomy.foramenHeights.left, max(o.left!.foramenHeight!, anatomy.segment.discHeight + 2))
        XCTAssertEqual(anatomy.foramenHeights.right, max(o.right!.foramenHeight!, anatomy.segment.discHeight + 2))
    }

    /// §A11.2i: each exiting root's ganglion is the model's width (twice `Morphometry.rootRadius(_:).ganglion`) with a
    /// CV of 8 % (`AnatomySampler.ganglionCV`, the low end of the sourced 8–13 %; truncation takes ~1.4 % of it off), sides r ≈ 0.9, body-size loading 0.2, levels independent; the
    /// drawn width is the one the foraminal station gets.
    func testGanglionWidths() throws {
        for level in DiscLevel.allCases {
            let mean = 2 * Morphometry.rootRadius(level.exitingRoot).ganglion
            let l = values(.ganglionWidth, level, side: .left), r = values(.ganglionWidth, level, side: .right)
            XCTAssertEqual(self.mean(l), mean, accuracy: 0.02, "\(level)")
            XCTAssertEqual(sd(l) / mean, 0.08, accuracy: 0.004, "\(level)")
            XCTAssertEqual(correlation(l, r), 0.9, accuracy: 0.03, "\(level)")
        }
        XCTAssertEqual(correlation(values(.ganglionWidth, .L4L5), values(.bodySize, nil)), 0.2, accuracy: 0.05)
        XCTAssertEqual(correlation(values(.ganglionWidth, .L4L5), values(.ganglionWidth, .L5S1)), 0.2 * 0.2, accuracy: 0.04)
        let p = people[3], i = PopulationVariable(kind: .ganglionWidth, level: .L5S1, side: .right).index
        let station = try XCTUnwrap(Spine(options: p.anatomy).foraminalStation(.L5S1, .right))
        XCTAssertEqual(station.radius, p.values[i] / 2, accuracy: 1e-12)
        // Mirroring a person swaps the ganglia with the rest.
        let m = AnatomySampler().person(seed: 7, index: 3, mirrored: true)
        XCTAssertEqual(m.values[i], p.values[PopulationVariable(kind: .ganglionWidth, level: .L5S1, side: .left).index])
        XCTAssertEqual(m.anatomy.levels[.L5S1]?.right?.ganglionWidth, p.anatomy.levels[.L5S1]?.left?.ganglionWidth)
    }

    /// The ganglia are drawn after every bony measurement: a given ganglion width changes nothing else, and a given
    /// bony value changes no ganglion.
    func testGivenGanglionChangesNothingElse() {
        var base = AnatomyOptions()
        base.levels[.L4L5] = LevelOverrides(ganglionWidth: 6)
        for i in 0..<100 {
            let a = AnatomySampler(base: base).person(seed: 5, index: UInt64(i)), b = AnatomySampler().person(seed: 5, index: UInt64(i))
            XCTAssertEqual(a.anatomy.levels[.L4L5]?.left?.ganglionWidth, 6)
            XCTAssertEqual(a.anatomy.levels[.L4L5]?.right?.ganglionWidth, 6)
            var c = a.anatomy.levels[.L4L5], d = b.anatomy.levels[.L4L5]
            c?.left?.ganglionWidth = nil; c?.right?.ganglionWidth = nil; c?.ganglionWidth = nil
            d?.left?.ganglionWidth = nil; d?.right?.ganglionWidth = nil
            XCTAssertEqual(c, d)
        }
    }

    /// §A11.2a: the developmental narrow-canal subgroup is 2–2.5 % of people.
    func testNarrowCanalSubgroup() {
        let share = Double(people.filter(\.narrowCanal).count) / Double(people.count)
        XCTAssertEqual(share, 0.0225, accuracy: 0.004)
    }

    /// §A11.2k: men's canals are 0.8 mm wider (AP) than women's; the foramen has no sex effect.
    func testSexShiftsOnlyWhatTheSourcesGive() {
        let f = (0..<4000).map { AnatomySampler(sex: .female).person(seed: 3, index: UInt64($0)) }
        let m = (0..<4000).map { AnatomySampler(sex: .male).person(seed: 3, index: UInt64($0)) }
        let ap = PopulationVariable(kind: .canalAP, level: .L4L5).index, fh = PopulationVariable(kind: .foramenHeight, level: .L4L5, side: .left).index
        XCTAssertEqual(mean(m.map { $0.values[ap] }) - mean(f.map { $0.values[ap] }), 0.8, accuracy: 0.01)
        XCTAssertEqual(mean(m.map { $0.values[fh] }) - mean(f.map { $0.values[fh] }), 0, accuracy: 0.001)
    }

    /// A value the scenario gives stays as given; the other values of the person do not change.
    func testGivenValuesStay() {
        var base = AnatomyOptions()
        base.levels[.L4L5] = LevelOverrides(canalAP: 10)
        for i in 0..<200 {
            let a = AnatomySampler(base: base).person(seed: 5, index: UInt64(i)), b = AnatomySampler().person(seed: 5, index: UInt64(i))
            XCTAssertEqual(a.anatomy.levels[.L4L5]?.canalAP, 10)
            XCTAssertEqual(a.anatomy.levels[.L5S1], b.anatomy.levels[.L5S1])
        }
    }

    func testWilsonInterval() {
        // 1/60 (Weishaupt 1998): population.md gives 0.3–8.9 %.
        let w = wilsonInterval(1, 60)
        XCTAssertEqual(w.lowerBound, 0.003, accuracy: 0.0005)
        XCTAssertEqual(w.upperBound, 0.089, accuracy: 0.0005)
        // 9/191 (Framingham): 2.5–8.7 %.
        XCTAssertEqual(wilsonInterval(9, 191).lowerBound, 0.025, accuracy: 0.0005)
        XCTAssertEqual(wilsonInterval(9, 191).upperBound, 0.087, accuracy: 0.0005)
        XCTAssertEqual(wilsonInterval(0, 10).lowerBound, 0)
        XCTAssertEqual(wilsonInterval(10, 10).upperBound, 1)
    }

    func testShardsPartitionExactly() {
        for total in [1, 7, 100, 999_999_937] {
            for n in [1, 2, 3, 7, 16] {
                let ranges = (1...n).map { PopulationShard(index: $0, count: n).range(of: total) }
                XCTAssertEqual(ranges.first?.lowerBound, 0)
                XCTAssertEqual(ranges.last?.upperBound, total)
                for (a, b) in zip(ranges, ranges.dropFirst()) { XCTAssertEqual(a.upperBound, b.lowerBound) }
            }
        }
        XCTAssertNil(PopulationShard(parsing: "0/4"))
        XCTAssertNil(PopulationShard(parsing: "5/4"))
        XCTAssertNil(PopulationShard(parsing: "1/0"))
        XCTAssertNil(PopulationShard(parsing: "x"))
        XCTAssertEqual(PopulationShard(parsing: "2/4"), PopulationShard(index: 2, count: 4))
    }
}
