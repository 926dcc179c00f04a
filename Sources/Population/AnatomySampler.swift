import Anatomy

/// Whose anatomy is sampled. Only the sex effects population.md §A11.2k gives a number for are applied:
/// the canal's AP diameter at every level and the interpedicular width at L5 (§A11.2a, §A11.2c [C S32]).
/// Foraminal size has no sex effect (the direction differs between series, §A11.2f); disc height, pedicle and
/// ganglion size are larger in men but without a usable number, so they are not shifted.
public enum Sex: String, CaseIterable, Sendable {
    case female, male, mixed

    /// +1 male, −1 female, 0 mixed: the sign of the half-differences below.
    var sign: Double {
        switch self {
        case .male: 1
        case .female: -1
        case .mixed: 0
        }
    }
}

/// Draws adult lumbar anatomies: the marginals of population.md §A11.2 joined by the factor model of
/// §A11.3b. Each person is the scenario's anatomy with every measurement the scenario leaves open drawn
/// afresh; measurements the scenario gives (`anatomy.levels`) stay as given. Means are the model's own
/// defaults (`Morphometry.segment`, times the scenario's scale), so the default spine is the population's
/// median person and every threshold keeps the frame it was calibrated in (§A11 caution "method changes the
/// number": sample relative to the model's baseline); spreads are the reference's SDs.
///
/// The paired structures (lateral recess, foraminal height and width) are drawn per side: the level's value plus
/// side noise carrying 10 % of the variance (§A11.3b item 6, r_LR ≈ 0.9), so a person is not exactly symmetric.
///
/// Each exiting root's ganglion is drawn per side too (§A11.2i): the model's width (twice
/// `Morphometry.rootRadius(_:).ganglion`) times the scenario's scale, CV 8 % (``ganglionCV``), loading 0.2 on body size (§A11.3b
/// item 4); levels independent, as no inter-level correlation was found ("DRG size vs foramen size: gap", §A11.3a).
///
/// Not sampled, and why: segmental lordosis — the model's compression geometry does not depend on it (the figures
/// draw it, the roots' room is measured in each level's own frame); the acquired layer (degeneration, age) —
/// lesions come from the scenario only.
public struct AnatomySampler: Sendable {
    /// The scenario's own anatomy: its scale sets the means, its overrides are kept.
    public var base: AnatomyOptions
    public var sex: Sex

    public init(base: AnatomyOptions = AnatomyOptions(), sex: Sex = .mixed) {
        self.base = base
        self.sex = sex
    }

    // MARK: Marginals (population.md §A11.2; SDs in mm)

    /// Bony canal AP: SD 1.8 mm at every level (§A11.2a [D], chosen there to match Framingham S15).
    static let canalSD = 1.8
    /// Interpedicular width: the reference's SD, 2.5 mm, 3.1 mm at L5 (§A11.2c: [D] and L5 [C S32]), times
    /// ``interpedicularSpread``.
    static func interpedicularSD(_ level: DiscLevel) -> Double { interpedicularSpread * (level == .L5S1 ? 3.1 : 2.5) }
    /// Tuned on purpose (docs/calibration.md, row `population-dural-sac`): the model's sac is as wide as the
    /// canal between the facets (`LevelAnatomy.fittedSacHalfWidth`), so all of the bony width's spread becomes
    /// the sac's, about 1:1 — where a real sac is a soft tube whose width follows the bone only in part. With
    /// the full SD the sampled dural-sac area falls below 80 mm² in 5 % of people without a lesion against
    /// 1.6 % (0.9–2.9 %) in Nakashima 2021 [C S98] (the check §A11.3b asks for); 0.6 brings it to that.
    static let interpedicularSpread = 0.6
    /// Posterior disc height: SD 1.2 mm (§A11.2g [D], shaped to S100).
    static let discSD = 1.2
    /// Lateral recess depth at the disc whose traversing root runs in it (the model's L4–L5 recess is the L5
    /// vertebra's): L4 1.4, L5 1.2 mm (§A11.2e [D], range/6 of S20); L5–S1 takes L5's 1.2 mm (no S1 value).
    static func recessSD(_ level: DiscLevel) -> Double { level == .L3L4 ? 1.4 : 1.2 }
    /// The developmental recess is never drawn below 3.5 mm (§A11.2e: nobody < 4 mm in S20).
    static let recessFloor = 3.5
    /// Foraminal height SD 2.0 mm, width SD 1.2 mm (§A11.2f [D]).
    static let foramenHeightSD = 2.0
    static let foramenWidthSD = 1.2
    /// Ganglion width: coefficient of variation 8 %, the low end of the sourced range — DRG volumes vary with a CV of
    /// 25–38 % [C S40], a linear-size CV of 8–13 % (§A11.2i, whose default is 12 % [D]). Tuned on purpose
    /// (docs/calibration.md, row `population-normal`): the model's foraminal compression was calibrated on the
    /// default ganglion (Hasegawa, `Morphometry.upperNotchShare`), and with the 12 % default a spine without a lesion
    /// compresses a root in 11.1 % of people (4,000 samples, seed 1) against 1.7 % (0.3–8.9 %) in Weishaupt 1998
    /// [C S110]; at 8 % it is 7.6 %.
    static let ganglionCV = 0.08
    /// Body-size loading of the ganglion, 0.2 (§A11.3b item 4 [D]).
    static let ganglionOnBodySize = 0.2
    /// Body size: SD of the scale factor, 0.065 — the SD of vertebral heights, 1.5–2 mm on bodies of
    /// 25–30 mm (clinical reference §A1 [GK]), as a share [D]. Clamped to the model's 0.8 … 1.25.
    static let bodySizeSD = 0.065
    /// Every normal draw is truncated at ± 3 SD (§A11.3b: "normal, truncated at physiological bounds"; the
    /// bound is our choice [D]) and to the range a scenario may give (`LevelOverrides.allowedRanges`).
    static let truncation = 3.0

    // MARK: Factor model (population.md §A11.3b [D])

    /// Canal factor: inter-level r = 0.6 (item 1).
    static let canalShared = 0.6
    /// Recess depth loads on the canal factor with r ≈ 0.4 (item 1).
    static let recessOnCanal = 0.4
    /// Width factor: inter-level r = 0.6, corr(C, W) = 0.4 (item 2).
    static let widthShared = 0.6
    static let widthOnCanal = 0.4
    /// Foramen factor: inter-level r = 0.5, stature loading 0.2 (item 3).
    static let foramenShared = 0.5
    static let foramenOnBodySize = 0.2
    /// Body-size loadings: 0.15 on canal AP, 0.4 on disc height (item 4).
    static let canalOnBodySize = 0.15
    static let discOnBodySize = 0.4
    /// Developmental narrow-canal subgroup: 2–2.5 % of people, every level −3.5 to −4 mm (§A11.2a, item 1);
    /// the midpoints of both ranges [D].
    static let narrowCanalShare = 0.0225
    static let narrowCanalShift = -3.75
    /// Sex half-differences: canal AP ± 0.4 mm at every level (§A11.2a default [D]); interpedicular width
    /// ± 0.45 mm at L5 (M − F = 0.9 mm, §A11.2c [C S32]; no other level measured).
    static let canalSexHalf = 0.4
    static let interpedicularSexHalfL5 = 0.45

    /// One person: the anatomy to simulate and the value of every ``PopulationVariable`` (in ``PopulationVariable/all`` order).
    public struct Person: Sendable {
        public var anatomy: AnatomyOptions
        public var values: [Double]
        /// In the developmental narrow-canal subgroup.
        public var narrowCanal: Bool
    }

    /// Person `index` of `seed` seen from the other side: the same person with left and right swapped.
    public func person(seed: UInt64, index: UInt64, mirrored: Bool) -> Person {
        var p = person(seed: seed, index: index, swappingSides: mirrored)
        guard mirrored else { return p }
        p.values = PopulationVariable.mirrorIndex.map { p.values[$0] }
        return p
    }

    /// Person `index` of `seed`: depends on nothing else.
    public func person(seed: UInt64, index: UInt64) -> Person {
        person(seed: seed, index: index, swappingSides: false)
    }

    /// Person `index` of `seed`, with each level's left and right values swapped in its anatomy when `swappingSides`
    /// (what `AnatomyOptions.mirrored` does, done before the levels go into their dictionary: mirroring the finished
    /// anatomy copied the dictionary and looked every level up twice, a quarter of drawing a person). The values are
    /// in drawing order either way.
    private func person(seed: UInt64, index: UInt64, swappingSides: Bool) -> Person {
        var g = CounterRandom(seed: seed, index: index)
        // Person-level factors first, then every level's draws in a fixed order; a value the scenario gives is
        // drawn too and then not used, so fixing one value does not change the others.
        let bodySize = g.normal()
        let canal = g.normal()
        let width = Self.widthOnCanal * canal + (1 - Self.widthOnCanal * Self.widthOnCanal).squareRoot() * g.normal()
        let foramen = g.normal()
        let narrow = g.uniform() < Self.narrowCanalShare
        let s0 = base.scale
        let scale = min(AnatomyOptions.allowedScale.upperBound, max(AnatomyOptions.allowedScale.lowerBound, s0 * (1 + Self.bodySizeSD * bodySize)))

        // Each level's values, in `DiscLevel.allCases` order (the dictionary is made once, at the end).
        var levels: [LevelOverrides] = []
        levels.reserveCapacity(DiscLevel.allCases.count)
        var values = [Double](repeating: 0, count: PopulationVariable.all.count)
        var v = 0
        for level in DiscLevel.allCases {
            let d = Morphometry.segment(level)
            let given = base.levels[level] ?? LevelOverrides()
            var o = LevelOverrides()
            // Canal AP: 0.15·S + √(1 − 0.15²)·(√0.6·C + √0.4·ε).
            // The standardised values as local functions (a closure made by a function escapes: an allocation per draw).
            func canalZ(_ e: Double) -> Double {
                Self.load(Self.canalOnBodySize, bodySize, Self.canalShared.squareRoot() * canal + (1 - Self.canalShared).squareRoot() * e)
            }
            var ap = Self.draw(&g, mean: d.canalAP * s0 + Self.canalSexHalf * sex.sign, sd: Self.canalSD, allowed: Self.canalRange, z: canalZ)
            if narrow { ap = max(Self.canalRange.lowerBound, ap + Self.narrowCanalShift) }
            o.canalAP = given.canalAP ?? ap
            // Interpedicular width: √0.6·W + √0.4·ε.
            let ipMean = d.interpedicular * s0 + (level == .L5S1 ? Self.interpedicularSexHalfL5 * sex.sign : 0)
            let ip = Self.draw(&g, mean: ipMean, sd: Self.interpedicularSD(level), allowed: Self.interpedicularRange) {
                Self.widthShared.squareRoot() * width + (1 - Self.widthShared).squareRoot() * $0
            }
            o.interpedicular = given.interpedicular ?? ip
            // Posterior disc height: 0.4·S + √(1 − 0.4²)·ε.
            let disc = Self.draw(&g, mean: d.discHeight * s0, sd: Self.discSD, allowed: Self.discRange, z: { Self.load(Self.discOnBodySize, bodySize, $0) })
            o.discHeight = given.discHeight ?? disc
            // Recess depth at L3–S1: 0.4·C + √(1 − 0.4²)·ε, floor 3.5 mm; each side its own (below).
            var recess: SideValues?
            if PopulationVariable.recessLevels.contains(level) {
                recess = Self.drawSides(&g, mean: d.recessDepth * s0, sd: Self.recessSD(level), allowed: Self.recessRange, floor: Self.recessFloor) {
                    Self.recessOnCanal * canal + (1 - Self.recessOnCanal * Self.recessOnCanal).squareRoot() * $0
                }
            }
            // Foraminal height and width: 0.2·S + √(1 − 0.2²)·(√0.5·F + √0.5·ε), each with its own ε; each side its own.
            func foramenZ(_ e: Double) -> Double {
                Self.load(Self.foramenOnBodySize, bodySize, Self.foramenShared.squareRoot() * foramen + (1 - Self.foramenShared).squareRoot() * e)
            }
            let fh = Self.drawSides(&g, mean: d.foramenHeight * s0, sd: Self.foramenHeightSD, allowed: Self.foramenHeightRange, z: foramenZ)
            let fw = Self.drawSides(&g, mean: d.foramenWidth * s0, sd: Self.foramenWidthSD, allowed: Self.foramenWidthRange, z: foramenZ)
            // A side's value: what the scenario gives for that side, else for the level, else the draw.
            func sideValues(_ side: Side) -> SideOverrides {
                let own = given[side]
                return SideOverrides(recessDepth: own?.recessDepth ?? given.recessDepth ?? recess?[side],
                                     foramenHeight: own?.foramenHeight ?? given.foramenHeight ?? fh[side],
                                     foramenWidth: own?.foramenWidth ?? given.foramenWidth ?? fw[side])
            }
            let left = sideValues(.left), right = sideValues(.right)
            o.recessDepth = recess == nil ? given.recessDepth : nil
            o.left = left
            o.right = right
            levels.append(o)
            for variable in PopulationVariable.levelVariables[level.rawValue - 1] {
                let side = variable.side.map { $0 == .left ? left : right }
                switch variable.kind {
                case .canalAP: values[v] = o.canalAP ?? 0
                case .interpedicular: values[v] = o.interpedicular ?? 0
                case .discHeight: values[v] = o.discHeight ?? 0
                case .recessDepth: values[v] = side?.recessDepth ?? 0
                case .foramenHeight: values[v] = side?.foramenHeight ?? 0
                case .foramenWidth: values[v] = side?.foramenWidth ?? 0
                case .ganglionWidth, .bodySize: continue
                }
                v += 1
            }
        }
        // The ganglia, after every bony draw (see `PopulationVariable.all`): a side the scenario gives keeps its value.
        for level in DiscLevel.allCases {
            let given = base.levels[level] ?? LevelOverrides()
            let mean = 2 * Morphometry.rootRadius(level.exitingRoot).ganglion * s0
            let drawn = Self.drawSides(&g, mean: mean, sd: Self.ganglionCV * mean, allowed: Self.ganglionRange,
                                       z: { Self.load(Self.ganglionOnBodySize, bodySize, $0) })
            for side in Side.allCases {
                let width = given[side]?.ganglionWidth ?? given.ganglionWidth ?? drawn[side]
                if side == .left { levels[level.rawValue - 1].left?.ganglionWidth = width } else { levels[level.rawValue - 1].right?.ganglionWidth = width }
                values[v] = width
                v += 1
            }
        }
        values[v] = scale
        if swappingSides {
            for i in levels.indices { (levels[i].left, levels[i].right) = (levels[i].right, levels[i].left) }
        }
        let byLevel = Dictionary(uniqueKeysWithValues: zip(DiscLevel.allCases, levels))
        return Person(anatomy: AnatomyOptions(scale: scale, levels: byLevel), values: values, narrowCanal: narrow)
    }

    /// `loading·shared + √(1 − loading²)·rest`: a variable standardised to SD 1 that correlates `loading` with `shared`,
    /// given the rest of it (`rest`, standardised).
    static func load(_ loading: Double, _ shared: Double, _ rest: Double) -> Double {
        loading * shared + (1 - loading * loading).squareRoot() * rest
    }

    private static func allowedRange(_ key: String) -> ClosedRange<Double> {
        LevelOverrides.allowedRanges.first { $0.key == key }?.range ?? 0...1000
    }

    static let canalRange = allowedRange("canal_ap_mm")
    static let interpedicularRange = allowedRange("interpedicular_mm")
    static let discRange = allowedRange("disc_height_mm")
    static let recessRange = allowedRange("recess_depth_mm")
    static let foramenHeightRange = allowedRange("foramen_height_mm")
    static let foramenWidthRange = allowedRange("foramen_width_mm")
    static let ganglionRange = allowedRange("ganglion_width_mm")

    /// Left/right: each side of a paired structure shares the level's value and adds its own noise carrying 10 %
    /// of the variance, so the sides correlate 0.9 and each keeps the level's SD (population.md §A11.3b item 6 [D]).
    static let sideShared = 0.9

    /// The level's value as ``draw(_:mean:sd:allowed:floor:z:)`` draws it, then each side's:
    /// mean + sd·(√0.9·z + √0.1·ε_side), ε_side redrawn until within the same bounds (clamped after 32 refusals).
    static func drawSides(_ g: inout CounterRandom, mean: Double, sd: Double, allowed: ClosedRange<Double>, floor: Double = -.infinity,
                          z: (Double) -> Double) -> SideValues {
        let level = draw(&g, mean: mean, sd: sd, allowed: allowed, floor: floor, z: z)
        let zLevel = (level - mean) / sd
        let range = bounds(mean: mean, sd: sd, allowed: allowed, floor: floor)
        var out = SideValues(both: level)
        // Left, then right (`Side.allCases` order), without asking for `Side.allCases`: that makes an array each time.
        func side() -> Double {
            truncated(range) { mean + sd * (sideShared.squareRoot() * zLevel + (1 - sideShared).squareRoot() * g.normal()) }
        }
        out.left = side()
        out.right = side()
        return out
    }

    /// mean + sd·z(ε), ε standard normal, redrawn until the value is within ± 3 SD (and the scenario format's
    /// range, and `floor`): the person-level factors are kept, only the level's own noise is redrawn. After
    /// 32 refusals (never seen: the bounds are wide) the value is clamped.
    static func draw(_ g: inout CounterRandom, mean: Double, sd: Double, allowed: ClosedRange<Double>, floor: Double = -.infinity,
                     z: (Double) -> Double) -> Double {
        truncated(bounds(mean: mean, sd: sd, allowed: allowed, floor: floor)) { mean + sd * z(g.normal()) }
    }

    /// ± 3 SD round `mean`, within `allowed` and above `floor`, as (lower, upper) — never an empty range trap.
    static func bounds(mean: Double, sd: Double, allowed: ClosedRange<Double>, floor: Double) -> (lo: Double, hi: Double) {
        (max(mean - truncation * sd, allowed.lowerBound, floor), min(mean + truncation * sd, allowed.upperBound))
    }

    /// `next()` redrawn until within `range` (at most 32 redraws), then clamped to it.
    static func truncated(_ range: (lo: Double, hi: Double), _ next: () -> Double) -> Double {
        var value = next()
        var tries = 0
        while !(value >= range.lo && value <= range.hi) && tries < 32 {
            value = next()
            tries += 1
        }
        return min(range.hi, max(range.lo, value))
    }
}
