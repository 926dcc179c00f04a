import Anatomy
import Clinical
import Compression
import Pathology

/// Every calibration row (clinical reference §B–§E, population.md §A11), in the order of the document.
public enum CalibrationTable {
    public static var rows: [CalibrationRow] {
        foramen + recess + duralSac + herniation + slips + discAndPosture + normal + population
    }

    /// Runs every row.
    public static func evaluate() -> [CalibrationResult] { rows.map { $0.evaluate() } }

    static let levels = DiscLevel.allCases
    static let recessLevels: [DiscLevel] = [.L3L4, .L4L5, .L5S1]

    // MARK: Foramen (§B4 Hasegawa 1995 [C S1]; §E4)

    /// The largest foraminal height (mm) at which the exiting root is compressed, the foramen narrowed by `build`.
    static func firstCompression(_ level: DiscLevel, _ build: @escaping (Double) -> SimulationResult) -> Double? {
        firstValue(build, from: 22, to: 6, step: 0.5, resolution: 0.05, level.exitingRoot, reaching: .compression)
    }

    /// The first value, swept from `from` towards `to` in `step`s and refined to `resolution`, at which the
    /// left `root` reaches `grade` in `run`'s result (the largest when the sweep narrows, the smallest when it
    /// grows); nil when it never does within the sweep.
    static func firstValue(_ run: (Double) -> SimulationResult, from: Double, to: Double, step: Double,
                           resolution: Double, _ root: Root, reaching grade: RootGrade) -> Double? {
        Probe.firstValue(from: from, to: to, step: step, resolution: resolution) { Probe.grade(run($0), root, .left) >= grade }
    }

    /// The row that checks a requested residual measure is the measure reported at `level` (issue 9): over
    /// the `asked` values, the largest difference between what `reported` gives for a value and the value,
    /// which must stay within 0 … `tolerance` (`unit`). Its id is `<name>-honoured-<level>`.
    static func honoured(_ name: String, _ level: DiscLevel, topic: String, source: String = "issue 9", sweep: String,
                         asked: [Double], tolerance: Double, unit: String,
                         reported: @escaping @Sendable (Double) -> Double) -> CalibrationRow {
        CalibrationRow(id: "\(name)-honoured-\(level.name)", topic: "\(topic), \(level.displayName)", source: source, literature: "—",
                       sweep: sweep, target: 0...tolerance, unit: unit, measure: { asked.map { abs(reported($0) - $0) }.max() })
    }

    static func lowDisc(_ level: DiscLevel, foramen: Double? = nil) -> AnatomyOptions {
        var o = AnatomyOptions()
        o.levels[level] = LevelOverrides(discHeight: Morphometry.hasegawaDiscHeight, foramenHeight: foramen)
        return o
    }

    static var foramen: [CalibrationRow] {
        levels.flatMap { level -> [CalibrationRow] in
            let anatomyWay: @Sendable (Double) -> SimulationResult = { Probe.run([], anatomy: lowDisc(level, foramen: $0)) }
            let stenosisWay: @Sendable (Double) -> SimulationResult = {
                Probe.run([.stenosis(level, .foraminal, side: .left, cause: .osteophyte, .foramenHeight($0))], anatomy: lowDisc(level))
            }
            return [
                CalibrationRow(
                    id: "hasegawa-height-\(level.name)", topic: "Foraminal height at which the exiting root is compressed, \(level.displayName)",
                    source: "§B4 Hasegawa 1995 [C S1]",
                    literature: "posterior disc height ≤ 4 mm and foraminal height ≤ 15 mm: compression in 4 of 5 foramina",
                    sweep: "anatomy: disc 4 mm, foramen 22 → 6 mm; largest height with the exiting root at grade 3",
                    target: 14...16, unit: "mm", measure: { firstCompression(level, anatomyWay) }),
                CalibrationRow(
                    id: "two-ways-\(level.name)", topic: "The same foramen asked two ways, \(level.displayName)",
                    source: "§B4, issue 9 (one geometry, one measurement)",
                    literature: "a foraminal height means one thing: the root is compressed at the same height whether the pedicle came down or an osteophyte came up",
                    sweep: "osteophyte stenosis asked for 22 → 6 mm (disc 4 mm) minus the anatomy sweep above",
                    target: -0.5...0.5, unit: "mm", measure: {
                        guard let a = firstCompression(level, anatomyWay), let b = firstCompression(level, stenosisWay) else { return nil }
                        return b - a
                    }),
                honoured("foramen", level, topic: "Requested residual foraminal height is the height reported",
                         source: "issue 9 (a requested value is honoured within 0.1 mm)",
                         sweep: "osteophyte stenosis asked for 18 → 9 mm in 0.5 mm steps; largest difference, reported less asked",
                         asked: Probe.values(from: 18, to: 9, steps: 19), tolerance: 0.1, unit: "mm") {
                    stenosisWay($0).segment(level).measurements.foramenHeight[.left] ?? 0
                },
            ]
        }
    }

    // MARK: Lateral recess (§B3 Ciric 1980 [GK], Dinçer 1991 [C S19], §A5 [C S20])

    static var recess: [CalibrationRow] {
        recessLevels.flatMap { level -> [CalibrationRow] in
            let run: @Sendable (Double) -> SimulationResult = { Probe.run([.stenosis(level, .lateralRecess, side: .left, .recessDepth($0))]) }
            let root = level.traversingRoot
            return [
                CalibrationRow(
                    id: "recess-compression-\(level.name)", topic: "Recess depth at which the traversing \(root.name) is compressed",
                    source: "§B3 Ciric 1980 [GK]; Dinçer 1991 [C S19]",
                    literature: "≤ 3 mm suggestive, ≤ 2 mm diagnostic; symptomatic patients had 2–3 mm",
                    sweep: "lateral-recess stenosis asked for 8 → 0.5 mm; largest depth with grade 3",
                    target: 2...3, unit: "mm", measure: { firstValue(run, from: 8, to: 0.5, step: 0.25, resolution: 0.02, root, reaching: .compression) }),
                CalibrationRow(
                    id: "recess-free-\(level.name)", topic: "Recess depth at which the traversing \(root.name) is first touched",
                    source: "§B3 [C S19]; §A5 [C S20]",
                    literature: "no symptomatic recess deeper than 5 mm; normal ≥ 5 mm",
                    sweep: "the same sweep; largest depth with grade ≥ 1",
                    target: 3...5, unit: "mm", measure: { firstValue(run, from: 8, to: 0.5, step: 0.25, resolution: 0.02, root, reaching: .contact) }),
                honoured("recess", level, topic: "Requested recess depth is the depth reported",
                         sweep: "recess stenosis asked for 5.5 → 1 mm in 0.5 mm steps; largest difference, reported less asked",
                         asked: Probe.values(from: 5.5, to: 1, steps: 10), tolerance: 0.1, unit: "mm") {
                    run($0).segment(level).measurements.recessDepth[.left] ?? 0
                },
            ]
        }
    }

    // MARK: Dural sac (§B1 Bolender, Schönström [C S18], Hamanishi [C S16]; §B2 Schizas)

    static var duralSac: [CalibrationRow] {
        [DiscLevel.L3L4, .L4L5].flatMap { level -> [CalibrationRow] in
            let run: @Sendable (Double) -> SimulationResult = { Probe.run([.stenosis(level, .central, .duralArea($0))]) }
            let root = level.traversingRoot
            let apRun: @Sendable (Double) -> SimulationResult = { Probe.run([.stenosis(level, .central, .canalAP($0))]) }
            return [
                CalibrationRow(
                    id: "dural-compression-\(level.name)", topic: "Dural sac area at which the cauda equina is compressed, \(level.displayName)",
                    source: "§B1 Schönström [GK]; [C S18]",
                    literature: "absolute stenosis < 75 mm²; neural elements occupy 60–80 mm²",
                    sweep: "central stenosis asked for 160 → 30 mm²; largest area with \(root.name) at grade 3",
                    target: 60...80, unit: "mm²", measure: { firstValue(run, from: 160, to: 30, step: 2, resolution: 0.5, root, reaching: .compression) }),
                CalibrationRow(
                    id: "dural-crowding-\(level.name)", topic: "Dural sac area at which the roots are first crowded, \(level.displayName)",
                    source: "§B1 Bolender 1985 [C S14]; Hamanishi 1994 [C S16]",
                    literature: "> 130 mm² normal, 100–130 early stenosis, < 100 stenosis (claudication)",
                    sweep: "the same sweep; largest area with \(root.name) at grade ≥ 1",
                    target: 95...135, unit: "mm²", measure: { firstValue(run, from: 160, to: 30, step: 2, resolution: 0.5, root, reaching: .contact) }),
                honoured("dural", level, topic: "Requested dural sac area is the area reported",
                         sweep: "central stenosis asked for 140 → 40 mm² in 10 mm² steps; largest difference, reported less asked",
                         asked: Probe.values(from: 140, to: 40, steps: 11), tolerance: 1, unit: "mm²") { run($0).segment(level).measurements.duralArea },
                CalibrationRow(
                    id: "schizas-honoured-\(level.name)", topic: "Schizas grade asked A–D is the grade reported, \(level.displayName)",
                    source: "§B2 Schizas 2010 [C S3, S3b]", literature: "—",
                    sweep: "central stenosis asked for grade A, B, C and D; how many are reported otherwise",
                    target: 0...0, unit: "grades", measure: {
                        Double(SchizasGrade.allCases.filter { g in Probe.run([.stenosis(level, .central, .schizas(g))]).segment(level).schizas != g }.count)
                    }),
                honoured("canal", level, topic: "Requested canal AP diameter is the diameter reported",
                         sweep: "central stenosis asked for 14 → 5 mm in 1 mm steps; largest difference, reported less asked",
                         asked: Probe.values(from: 14, to: 5, steps: 10), tolerance: 0.1, unit: "mm") { apRun($0).segment(level).measurements.canalAP },
            ]
        }
    }

    // MARK: Herniation size (§B7 MSU [C S7]; population.md §A11.4 Jensen 1994, Weishaupt 1998, el Barzouhi 2014)

    static var herniation: [CalibrationRow] {
        recessLevels.flatMap { level -> [CalibrationRow] in
            let root = level.traversingRoot
            let halfLine = 0.35 * Spine()[level].segment.canalAP
            let run: @Sendable (HerniationMorphology, Double) -> SimulationResult = { m, s in Probe.run([.herniation(level, .subarticular, .left, m, size: s)]) }
            let central: @Sendable (Double) -> SimulationResult = { Probe.run([.herniation(level, .central, nil, .protrusion, size: $0)]) }
            let foraminal: @Sendable (Double) -> SimulationResult = { Probe.run([.herniation(level, .foraminal, .left, .protrusion, size: $0)]) }
            return [
                CalibrationRow(
                    id: "central-protrusion-\(level.name)", topic: "A 5 mm central protrusion in an average canal, \(level.displayName): worst root",
                    source: "§C1 [GK; C S82]; §G8",
                    literature: "a small–moderate central disc may be asymptomatic if the canal is ample",
                    sweep: "worst grade of any root with a 5 mm central protrusion",
                    target: 0...1, unit: "grade", measure: { Double(central(5).roots.map(\.grade.rawValue).max() ?? 0) }),
                CalibrationRow(
                    id: "foraminal-sooner-\(level.name)", topic: "Foraminal against subarticular protrusion: reach at which each first compresses its root, \(level.displayName)",
                    source: "§A6 [C S88, GK]; §C1 far lateral [C S43]",
                    literature: "the ganglion fills a quarter to a third of a tight foramen; foraminal and far-lateral discs give deficits in > 75 %",
                    sweep: "first compressing reach of a foraminal protrusion (exiting root) ÷ that of a subarticular one (traversing root)",
                    target: 0.3...0.99, unit: "ratio", measure: {
                        guard let f = firstValue(foraminal, from: 0.5, to: 15, step: 0.25, resolution: 0.02, level.exitingRoot, reaching: .compression),
                              let sub = firstValue({ run(.protrusion, $0) }, from: 0.5, to: 15, step: 0.25, resolution: 0.02, root, reaching: .compression)
                        else { return nil }
                        return f / sub
                    }),
                CalibrationRow(
                    id: "protrusion-compression-\(level.name)", topic: "Subarticular protrusion that first compresses \(root.name), \(level.displayName)",
                    source: "§B7 MSU [C S7]; §A11.4a Jensen 1994, Weishaupt 1998 [C S108, S110]",
                    literature: "MSU size 1 (≤ ½ way to the intra-facet line) was not operated; protrusions are in ~30 % of people without pain, root compression in 1 of 60",
                    sweep: "protrusion 0.5 → 15 mm; smallest reach with grade 3, as a share of the MSU size-1 limit (\(Describe.number(halfLine, decimals: 1)) mm)",
                    target: 0.7...2.0, unit: "× MSU ½ line", measure: {
                        firstValue({ run(.protrusion, $0) }, from: 0.5, to: 15, step: 0.25, resolution: 0.02, root, reaching: .compression).map { $0 / halfLine }
                    }),
                CalibrationRow(
                    id: "small-protrusion-\(level.name)", topic: "A 3 mm subarticular protrusion, \(level.displayName)",
                    source: "§A11.4a [C S108, S110, S113]",
                    literature: "protrusions of a few mm are common without pain and rarely compress a root",
                    sweep: "grade of \(root.name) with a 3 mm protrusion",
                    target: 0...2, unit: "grade", measure: { Double(Probe.grade(run(.protrusion, 3), root, .left).rawValue) }),
                CalibrationRow(
                    id: "extrusion-compresses-\(level.name)", topic: "A 6 mm subarticular extrusion, \(level.displayName)",
                    source: "§A11.4e el Barzouhi 2014 [C S124]; §B7 [C S7]",
                    literature: "root compression on MRI in 68–88 % of sciatica patients; 2-B the commonest operated MSU type",
                    sweep: "grade of \(root.name) with a 6 mm extrusion",
                    target: 3...3, unit: "grade", measure: { Double(Probe.grade(run(.extrusion, 6), root, .left).rawValue) }),
            ]
        }
    }

    // MARK: Slips (§B10; population.md §A11.4d)

    static var slips: [CalibrationRow] {
        let degenerative: @Sendable (Double) -> SimulationResult = { Probe.run([.slip(.L4L5, .degenerative, percent: $0)]) }
        let isthmic: @Sendable (Double) -> SimulationResult = { Probe.run([.slip(.L5S1, .isthmic, percent: $0)]) }
        let retro: @Sendable (Double) -> SimulationResult = { Probe.run([.slip(.L3L4, .degenerative, percent: $0, direction: .posterior)]) }
        return [
            CalibrationRow(
                id: "degenerative-slip", topic: "Degenerative L4–L5 slip that first compresses L5 (no other lesion)",
                source: "§B10 [C S12]; §A11.4d Denard 2010 [C S120]",
                literature: "slips of 5–28 % (Meyerding I) in 31 % of older men, mostly without symptoms",
                sweep: "slip 0 → 60 %; smallest slip with either L5 at grade 3",
                target: 25.5...150, unit: "%", measure: {
                    Probe.firstValue(from: 0, to: 60, step: 1, resolution: 0.1) { p in
                        let r = degenerative(p)
                        return Probe.grade(r, .L5, .left) >= .compression || Probe.grade(r, .L5, .right) >= .compression
                    }
                }),
            CalibrationRow(
                id: "isthmic-steady", topic: "Isthmic L5–S1 slip: largest change of foraminal height per 1 % of slip",
                source: "§B10 [C S11]; issue 9 (no cliff the anatomy does not have)",
                literature: "foraminal compromise of the exiting L5 grows steadily with the slip",
                sweep: "slip 0 → 60 % in 1 % steps",
                target: 0...0.5, unit: "mm", measure: {
                    let heights = (0...60).map { isthmic(Double($0)).segment(.L5S1).measurements.foramenHeight[.left] ?? 0 }
                    return zip(heights, heights.dropFirst()).map { abs($1 - $0) }.max()
                }),
            CalibrationRow(
                id: "isthmic-monotone", topic: "Isthmic L5–S1 slip: foraminal height never grows with the slip",
                source: "§B10 [C S11]",
                literature: "the pedicle sinks and the pars fibrocartilage bulges as the body slips",
                sweep: "slip 0 → 60 % in 1 % steps; largest increase of foraminal height",
                target: 0...0.01, unit: "mm", measure: {
                    let heights = (0...60).map { isthmic(Double($0)).segment(.L5S1).measurements.foramenHeight[.left] ?? 0 }
                    return zip(heights, heights.dropFirst()).map { max(0, $1 - $0) }.max()
                }),
            CalibrationRow(
                id: "retrolisthesis-narrows", topic: "Retrolisthesis L3–L4, 20 %: change of the canal's AP diameter",
                source: "§B10; Scenarios/23",
                literature: "a backward slip narrows canal and foramina front to back",
                sweep: "canal AP at 20 % minus at 0 %",
                target: -15...(-0.5), unit: "mm", measure: {
                    retro(20).segment(.L3L4).measurements.canalAP - retro(0).segment(.L3L4).measurements.canalAP
                }),
        ]
    }

    // MARK: Disc height and posture (§E3 Schmid 1999 [C S67], Revel 1988 [C S68]; §E4)

    static var discAndPosture: [CalibrationRow] {
        let perLevel = levels.map { level in
            CalibrationRow(
                id: "disc-height-foramen-\(level.name)", topic: "Foraminal height lost per mm of disc height lost, \(level.displayName)",
                source: "§E4 [C2 S72]; Hasegawa 1995 [C S1]",
                literature: "foraminal height falls by about as much as posterior disc height (k ≈ 1)",
                sweep: "disc height loss 0 → 60 %; slope of foraminal height against posterior disc height",
                target: 0.85...1.15, unit: "mm per mm", measure: {
                    let a = Probe.run([.degeneration(level, loss: 0)]), b = Probe.run([.degeneration(level, loss: 60)])
                    let dh = a.spine[level].discHeight - b.spine[level].discHeight
                    let df = (a.segment(level).measurements.foramenHeight[.left] ?? 0) - (b.segment(level).measurements.foramenHeight[.left] ?? 0)
                    return dh > 0 ? df / dh : nil
                })
        }
        let posture = [
            CalibrationRow(
                id: "posture-canal", topic: "Canal size, extension against flexion, L4–L5",
                source: "§E3 Schmid 1999 [C S67]",
                literature: "canal cross-section 268 → 224 mm² from upright flexion to extension (−16 %)",
                sweep: "canal AP in extension ÷ in flexion (AP stands for the cross-section: the width hardly moves)",
                target: 0.79...0.89, unit: "ratio", measure: {
                    Probe.run([], posture: .extension).segment(.L4L5).measurements.canalAP / Probe.run([], posture: .flexion).segment(.L4L5).measurements.canalAP
                }),
            CalibrationRow(
                id: "extension-spares", topic: "Extension with preserved disc height: worst exiting-root grade, any level",
                source: "§E3 Revel 1988 [C S68]",
                literature: "with preserved disc height, extension does not compress the root",
                sweep: "normal spine in extension",
                target: 0...0, unit: "grade", measure: {
                    let r = Probe.run([], posture: .extension)
                    return Double(levels.map { Probe.grade(r, $0.exitingRoot, .left).rawValue }.max() ?? 0)
                }),
            CalibrationRow(
                id: "collapse-extension", topic: "L5–S1 disc collapsed by 4 mm, in extension: L5",
                source: "§E3 Revel 1988 [C S68]",
                literature: "a 4 mm disc collapse plus extension narrows the foramen enough to threaten the root",
                sweep: "grade of L5 with 4 mm of posterior disc height lost (80 %), extension",
                target: 1...3, unit: "grade", measure: {
                    Double(Probe.grade(Probe.run([.degeneration(.L5S1, loss: 80)], posture: .extension), .L5, .left).rawValue)
                }),
        ]
        return perLevel + posture
    }

    // MARK: Normal spine (§G8)

    static var normal: [CalibrationRow] {
        [CalibrationRow(
            id: "normal-spine", topic: "Normal spine: roots graded above 0, any scale 0.8–1.25, any posture",
            source: "§G8", literature: "imaging findings alone never imply symptoms; a normal spine compresses nothing",
            sweep: "scale 0.8 → 1.25 in 0.05 steps × neutral, flexion, extension",
            target: 0...0, unit: "roots", measure: {
                var hurt = 0
                for scale in stride(from: 0.8, through: 1.25, by: 0.05) {
                    for posture in Posture.allCases { hurt += Probe.run([], anatomy: AnatomyOptions(scale: scale), posture: posture).hurtRoots.count }
                }
                return Double(hurt)
            })]
    }
}
