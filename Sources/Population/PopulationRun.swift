import Anatomy
import Compression
import Pathology
import Dispatch
import Foundation

/// Shard K of N of a run (`--shard K/N`): the samples of index ⌊(K−1)·total/N⌋ up to ⌊K·total/N⌋, so the
/// N shards are an exact partition of the whole run.
public struct PopulationShard: Sendable, Hashable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    public static let whole = PopulationShard(index: 1, count: 1)

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// `K/N` with 1 ≤ K ≤ N; nil otherwise.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        self.init(index: k, count: n)
    }

    /// The sample indices of this shard among `total`.
    public func range(of total: Int) -> Range<Int> {
        Self.exact(index - 1, total, count)..<Self.exact(index, total, count)
    }

    /// ⌊k·total/n⌋ in 128-bit arithmetic (never overflows for non-negative Ints).
    static func exact(_ k: Int, _ total: Int, _ n: Int) -> Int {
        let p = UInt64(k).multipliedFullWidth(by: UInt64(total))
        return Int(UInt64(n).dividingFullWidth((p.high, p.low)).quotient)
    }

    public var description: String { "\(index)/\(count)" }
}

/// What to run: a scenario's input, how many people, which seed, whose anatomy, which shard.
public struct PopulationRequest: Sendable {
    /// The scenario's lesions, posture and atlas; its anatomy is the base of the sampler.
    public var input: SimulationInput
    /// The whole run's size (every shard together).
    public var samples: Int
    public var seed: UInt64
    public var sex: Sex
    public var shard: PopulationShard

    /// `--samples` may be 1 … 10⁹: the tallies are exact integers up to that (fixed-point sums stay below 2⁶³).
    public static let allowedSamples: ClosedRange<Int> = 1...1_000_000_000
    /// The default `--samples`.
    public static let defaultSamples = 10_000
    /// The default `--seed`.
    public static let defaultSeed: UInt64 = 1

    public init(input: SimulationInput, samples: Int = defaultSamples, seed: UInt64 = defaultSeed, sex: Sex = .mixed, shard: PopulationShard = .whole) {
        self.input = input
        self.samples = samples
        self.seed = seed
        self.sex = sex
        self.shard = shard
    }

    /// People are drawn in the scenario's orientation: when its first one-sided lesion is on the right, every
    /// person is drawn mirrored. The two sides of a person differ (population.md §A11.3b item 6) but the population
    /// is the same either way round, so this changes no share in expectation — and it makes a mirrored scenario
    /// meet exactly the mirrored people, so its counts are exactly the mirrored counts.
    public var drawsMirrored: Bool { input.lesions.lazy.compactMap(\.lateralSide).first == .right }

    /// The sample indices this request runs.
    public var range: Range<Int> { shard.range(of: samples) }

    /// The same request with storage of its own: its lesions and anatomy overrides in new arrays and dictionaries.
    /// Each worker samples from its own copy: every person copies the scenario's input, and copying takes a
    /// reference on that storage; two workers taking and dropping references on the same storage (an atomic count
    /// both cores write) for every person slowed each other by several per cent.
    func withOwnStorage() -> PopulationRequest {
        var copy = self
        copy.input.lesions = input.lesions.map { $0 }
        copy.input.anatomy.levels = Dictionary(uniqueKeysWithValues: input.anatomy.levels.map { ($0.key, $0.value) })
        return copy
    }
}

/// Runs a population: samples people, simulates each with the scenario's lesions and posture, counts.
public enum PopulationRunner {
    /// Simulates person `index` of the request: the grades and clinical picture only (``Simulator/grades(_:)``,
    /// the same values as a full simulation without its report-only measurements).
    public static func simulate(_ request: PopulationRequest, index: Int, sampler: AnatomySampler) -> (AnatomySampler.Person, SimulationGrades) {
        let (person, input) = sample(request, index: index, sampler: sampler)
        return (person, Simulator.grades(input))
    }

    /// Person `index` of the request, and the scenario's input with that person's anatomy.
    static func sample(_ request: PopulationRequest, index: Int, sampler: AnatomySampler) -> (AnatomySampler.Person, SimulationInput) {
        let person = sampler.person(seed: request.seed, index: UInt64(index), mirrored: request.drawsMirrored)
        var input = request.input
        input.anatomy = person.anatomy
        return (person, input)
    }

    /// Samples `range` (default: the request's shard) on `jobs` threads. The tally is the same for any
    /// `jobs`: each worker counts whole blocks of samples in integers, and the sum is the same in any order.
    /// - Parameter progress: called now and then with the number of samples done (from any thread).
    public static func run(_ request: PopulationRequest, jobs: Int = 1, range: Range<Int>? = nil,
                           progress: (@Sendable (Int) -> Void)? = nil) -> PopulationTally {
        let range = range ?? request.range
        // Small blocks keep the workers' finishing times within a few samples of each other: with blocks of 512, a
        // run of 1,000 samples on two workers was split 512 / 488 and could not be faster than 1.95 × one worker.
        // A block is about a millisecond of work, so the lock taken per block costs nothing measurable.
        let block = 16
        let blocks = (range.count + block - 1) / block
        let workers = max(1, min(jobs, blocks))
        let state = RunState(workers: workers)
        let work: @Sendable (Int) -> Void = { worker in
            let request = workers == 1 ? request : request.withOwnStorage()
            let sampler = AnatomySampler(base: request.input.anatomy, sex: request.sex)
            var tally = PopulationTally()
            var memo = PainMemo()
            while let b = state.nextBlock(of: blocks) {
                let lo = range.lowerBound + b * block, hi = min(range.upperBound, lo + block)
                for i in lo..<hi {
                    let (person, input) = sample(request, index: i, sampler: sampler)
                    // Unhurt roots' clearances are not measured: nothing counted reads them (see `gradesAndBasis`).
                    let g = Simulator.gradesAndBasis(input, exactClearances: false)
                    tally.add(roots: g.roots, caudaEquina: g.caudaEquina, pain: memo.pain(g.clinical), person: person)
                }
                let done = state.finished(hi - lo)
                progress?(done)
            }
            state.store(tally, worker: worker)
        }
        if workers == 1 {
            work(0)
        } else {
            let threads = (0..<workers).map { w in Thread { work(w); state.group.leave() } }
            for t in threads {
                state.group.enter()
                t.stackSize = 8 << 20
                t.start()
            }
            state.group.wait()
        }
        return state.tallies.reduce(PopulationTally(), +)
    }
}

/// The workers' shared counters, behind one lock (taken once per block of 16 samples).
private final class RunState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private(set) var tallies: [PopulationTally]
    let group = DispatchGroup()

    init(workers: Int) { tallies = Array(repeating: PopulationTally(), count: workers) }

    func nextBlock(of count: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func finished(_ n: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        done += n
        return done
    }

    func store(_ tally: PopulationTally, worker: Int) {
        lock.lock(); defer { lock.unlock() }
        tallies[worker] = tally
    }
}

/// Where the pictures of one worker's samples hurt, derived once per basis without flattening
/// (``ClinicalBasis/withoutFlattening``: where a picture hurts does not depend on it). Holds at most
/// ``capacity`` entries and starts again when full.
struct PainMemo {
    static let capacity = 4096
    private var known: [ClinicalBasis: PainPresence] = [:]

    /// Where the picture of `basis` hurts.
    mutating func pain(_ basis: ClinicalBasis) -> PainPresence {
        let key = basis.withoutFlattening
        if let p = known[key] { return p }
        let p = PainPresence(key.picture())
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        known[key] = p
        return p
    }
}
