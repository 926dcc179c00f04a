import Anatomy
import Clinical
import Compression

/// What a run counts, as whole numbers only, so that tallies of any partition of the samples (workers,
/// shards) add up to exactly the tally of the whole run, in any order.
public struct PopulationTally: Sendable, Equatable {
    /// Every root on both sides, in report order (L1 left, L1 right, … S2 right).
    public static let rootSides: [(root: Root, side: Side)] = Root.allCases.flatMap { r in Side.allCases.map { (r, $0) } }
    /// The grades counted: contact, deviation, compression.
    public static let grades: [RootGrade] = [.contact, .deviation, .compression]
    /// Fixed-point unit of the variable sums: 1/1000 (µm for millimetres), so sums are integers.
    static let fixedPoint = 1000.0

    public var samples = 0
    /// `[rootSide * 3 + g]`: samples in which the root reached grade g (contact, deviation, compression) or worse.
    public var counts: [Int]
    /// `[g]`: samples in which any root reached grade g or worse.
    public var anyRoot: [Int]
    /// `[region * 2 + side]`: samples with radicular pain in the region. Somatic referred pain (from the disc or
    /// facet itself) follows the lesion, not the anatomy — the same in every sample — and numbness alone is not
    /// pain, so neither is counted.
    public var regionPain: [Int]
    /// `[kneeRegion * 2 + side]`: samples whose clinical picture names the knee region (the report's `knee`).
    public var knee: [Int]
    /// Samples in the developmental narrow-canal subgroup.
    public var narrowCanal = 0
    /// Samples whose every touched root is touched only by crowding: the roots fill a narrow dural sac (Schizas B,
    /// §B2; `Grading.crowding` reads it as contact for each root in the sac) and no tissue reaches any root. Counted
    /// as contact in `counts`; kept apart so that a report can say how much of the contact is a narrow sac alone.
    public var crowdingOnly = 0
    /// Samples whose smallest dural-sac area (any level, with the scenario's lesions) is below 80 mm²: the
    /// sampler check of population.md §A11.3b (1–3 % of healthy people, Nakashima 2021 [C S98]) when the
    /// scenario has no lesion.
    public var duralAreaBelow80 = 0
    /// Sum of each sample's smallest dural-sac area, mm² (fixed point): its mean is the check "mean of each
    /// person's minimum DSCA" (§A11.2d, 117.3 mm² at mean age 63.5 [C S97]; larger in young adults).
    public var minimumDuralAreaSum: Int64 = 0
    /// Sum of every sampled variable over all samples (`PopulationVariable.all` order), fixed point.
    public var variableSum: [Int64]
    /// Sum of squares, in (fixed point)² / 1000 — enough for a standard deviation.
    public var variableSquares: [Int64]
    /// `[(rootSide * 3 + g) * V + v]`: sum of variable v over the samples in which that root reached grade g.
    public var eventSum: [Int64]

    public static let kneeRegions: [BodyRegion] = BodyRegion.allCases.filter(\.isKnee)

    public init() {
        let v = PopulationVariable.all.count
        counts = Array(repeating: 0, count: Self.rootSides.count * 3)
        anyRoot = Array(repeating: 0, count: 3)
        regionPain = Array(repeating: 0, count: BodyRegion.allCases.count * 2)
        knee = Array(repeating: 0, count: Self.kneeRegions.count * 2)
        variableSum = Array(repeating: 0, count: v)
        variableSquares = Array(repeating: 0, count: v)
        eventSum = Array(repeating: 0, count: Self.rootSides.count * 3 * v)
    }

    static func slot(_ root: Root, _ side: Side) -> Int { (root.rawValue - 1) * 2 + (side == .left ? 0 : 1) }
    static func sideSlot(_ side: Side) -> Int { side == .left ? 0 : 1 }

    /// Adds one simulated person.
    public mutating func add(_ result: SimulationGrades, person: AnatomySampler.Person) {
        add(roots: result.roots, caudaEquina: result.caudaEquina, pain: PainPresence(result.clinical), person: person)
    }

    /// Adds one simulated person given the parts counted: the roots' grades, the cauda equina and where the
    /// clinical picture has pain.
    public mutating func add(roots: [RootFinding], caudaEquina: CaudaEquinaFinding, pain: PainPresence, person: AnatomySampler.Person) {
        samples += 1
        if person.narrowCanal { narrowCanal += 1 }
        let minimumArea = caudaEquina.minDuralArea
        if minimumArea < 80 { duralAreaBelow80 += 1 }
        minimumDuralAreaSum += Int64((minimumArea * Self.fixedPoint).rounded())
        let v = PopulationVariable.all.count
        // The person's values in fixed point, in a stack buffer, and the sums added through buffer pointers: this
        // runs for every sample.
        var worst = RootGrade.normal
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: v) { fixed in
            for i in 0..<v { fixed[i] = Int64((person.values[i] * Self.fixedPoint).rounded()) }
            for i in 0..<v {
                variableSum[i] += fixed[i]
                variableSquares[i] += fixed[i] * fixed[i] / 1000
            }
            eventSum.withUnsafeMutableBufferPointer { eventSum in
                for k in roots.indices where roots[k].grade > .normal {
                    let slot = Self.slot(roots[k].root, roots[k].side)
                    worst = max(worst, roots[k].grade)
                    for g in 0..<roots[k].grade.rawValue {
                        counts[slot * 3 + g] += 1
                        let base = (slot * 3 + g) * v
                        for i in 0..<v { eventSum[base + i] += fixed[i] }
                    }
                }
            }
        }
        for g in 0..<worst.rawValue { anyRoot[g] += 1 }
        if worst == .contact && roots.allSatisfy({ f in f.grade == .normal || f.stations.allSatisfy(\.crowded) }) { crowdingOnly += 1 }
        for i in pain.regions { regionPain[i] += 1 }
        for i in pain.knee { knee[i] += 1 }
    }

    /// The sum of two tallies (of disjoint sets of samples).
    public static func + (a: PopulationTally, b: PopulationTally) -> PopulationTally {
        var t = a
        t.samples += b.samples
        t.narrowCanal += b.narrowCanal
        t.crowdingOnly += b.crowdingOnly
        t.duralAreaBelow80 += b.duralAreaBelow80
        t.minimumDuralAreaSum += b.minimumDuralAreaSum
        func add<T: AdditiveArithmetic>(_ x: inout [T], _ y: [T]) { for i in x.indices { x[i] += y[i] } }
        add(&t.counts, b.counts)
        add(&t.anyRoot, b.anyRoot)
        add(&t.regionPain, b.regionPain)
        add(&t.knee, b.knee)
        add(&t.variableSum, b.variableSum)
        add(&t.variableSquares, b.variableSquares)
        add(&t.eventSum, b.eventSum)
        return t
    }

    /// Samples in which `root` on `side` reached `grade` or worse.
    public func count(_ root: Root, _ side: Side, _ grade: RootGrade) -> Int {
        guard grade > .normal else { return samples }
        return counts[Self.slot(root, side) * 3 + grade.rawValue - 1]
    }

    public func pain(_ region: BodyRegion, _ side: Side) -> Int {
        regionPain[(BodyRegion.allCases.firstIndex(of: region) ?? 0) * 2 + Self.sideSlot(side)]
    }

    public func knee(_ region: BodyRegion, _ side: Side) -> Int {
        guard let k = Self.kneeRegions.firstIndex(of: region) else { return 0 }
        return knee[k * 2 + Self.sideSlot(side)]
    }

    /// Mean of each sample's smallest dural-sac area, mm².
    public var meanMinimumDuralArea: Double { samples == 0 ? 0 : Double(minimumDuralAreaSum) / Self.fixedPoint / Double(samples) }

    /// Mean of variable `v` over every sample.
    public func mean(_ v: Int) -> Double { samples == 0 ? 0 : Double(variableSum[v]) / Self.fixedPoint / Double(samples) }

    /// Standard deviation of variable `v` over every sample.
    public func standardDeviation(_ v: Int) -> Double {
        guard samples > 1 else { return 0 }
        let n = Double(samples), m = Double(variableSum[v]) / Self.fixedPoint / n
        let squares = Double(variableSquares[v]) * 1000 / (Self.fixedPoint * Self.fixedPoint)
        return max(0, (squares - n * m * m) / (n - 1)).squareRoot()
    }

    /// Mean of variable `v` over the samples in which the root reached `grade` (and over the others).
    public func eventMeans(_ root: Root, _ side: Side, _ grade: RootGrade, _ v: Int) -> (event: Double, rest: Double)? {
        let n = count(root, side, grade)
        guard grade > .normal, n > 0, n < samples else { return nil }
        let V = PopulationVariable.all.count
        let sum = eventSum[(Self.slot(root, side) * 3 + grade.rawValue - 1) * V + v]
        let event = Double(sum) / Self.fixedPoint / Double(n)
        let rest = Double(variableSum[v] - sum) / Self.fixedPoint / Double(samples - n)
        return (event, rest)
    }
}

/// Where one clinical picture has pain, as a tally counts it: the `regionPain` slots (region · 2 + side) with
/// radicular pain and the `knee` slots (knee region · 2 + side) the picture names, each once. All a tally reads
/// of a picture.
public struct PainPresence: Sendable, Equatable {
    public var regions: [Int]
    public var knee: [Int]

    public init(_ clinical: ClinicalPicture) {
        var regions: [Int] = []
        for e in clinical.painMap where e.kind == .radicular {
            let i = (BodyRegion.allCases.firstIndex(of: e.region) ?? 0) * 2 + PopulationTally.sideSlot(e.side)
            if !regions.contains(i) { regions.append(i) }
        }
        var knee: [Int] = []
        for side in Side.allCases {
            for region in Set(clinical.knee(side)) {
                guard let k = PopulationTally.kneeRegions.firstIndex(of: region) else { continue }
                knee.append(k * 2 + PopulationTally.sideSlot(side))
            }
        }
        self.regions = regions
        self.knee = knee.sorted()
    }
}
