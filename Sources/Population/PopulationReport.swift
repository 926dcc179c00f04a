import Anatomy
import Clinical
import Compression
import Foundation
import Report
import Scenario

/// The Wilson score interval for `k` successes in `n` trials at 95 % (z = 1.959964): the interval
/// population.md §A11 uses for its own k/n figures; it stays inside 0 … 1 and is sensible at k = 0 and k = n.
public func wilsonInterval(_ k: Int, _ n: Int, z: Double = 1.959964) -> ClosedRange<Double> {
    guard n > 0 else { return 0...1 }
    let nn = Double(n), p = Double(k) / nn, z2 = z * z
    let centre = (p + z2 / (2 * nn)) / (1 + z2 / nn)
    let half = z / (1 + z2 / nn) * (p * (1 - p) / nn + z2 / (4 * nn * nn)).squareRoot()
    // Exactly 0 and 1 at the ends (the formula gives them up to rounding).
    return (k == 0 ? 0 : max(0, centre - half))...(k == n ? 1 : min(1, centre + half))
}

/// A finished run: the request and its tally, read as shares, intervals and words.
public struct PopulationReport: Sendable {
    public var scenario: Scenario
    public var request: PopulationRequest
    public var tally: PopulationTally

    public init(scenario: Scenario, request: PopulationRequest, tally: PopulationTally) {
        self.scenario = scenario
        self.request = request
        self.tally = tally
    }

    public var samples: Int { tally.samples }

    public func share(_ k: Int) -> Double { samples == 0 ? 0 : Double(k) / Double(samples) }

    /// The root and side with the most samples at `grade` or worse (ties: report order); nil when none reached it.
    public func mostAffected(_ grade: RootGrade) -> (root: Root, side: Side, count: Int)? {
        var best: (Root, Side, Int)?
        for (root, side) in PopulationTally.rootSides {
            let c = tally.count(root, side, grade)
            if c > 0, c > (best?.2 ?? 0) { best = (root, side, c) }
        }
        return best
    }

    /// The root and side most often at `grade` or worse among those that some (≥ 5) but not all (≥ 5 left
    /// out) samples reached: a root reached in everyone says nothing about who is at risk.
    func mostInformative(_ grade: RootGrade) -> (root: Root, side: Side, count: Int)? {
        var best: (Root, Side, Int)?
        for (root, side) in PopulationTally.rootSides {
            let c = tally.count(root, side, grade)
            if c >= 5, samples - c >= 5, c > (best?.2 ?? 0) { best = (root, side, c) }
        }
        return best
    }

    /// What drove it: for the most affected root at the worst grade reached, the sampled variable whose mean
    /// differs most between the samples that reached that grade and the others, in SDs of the population.
    /// nil when no root was reached, or every sample reached it, or too few (< 5) samples on either side.
    public struct Driver: Sendable {
        public var root: Root
        public var side: Side
        public var grade: RootGrade
        public var variable: PopulationVariable
        public var eventMean: Double
        public var restMean: Double
        /// (event − rest) / SD of the variable over all samples.
        public var standardisedDifference: Double
        /// Samples with and without the event.
        public var eventCount: Int
        public var restCount: Int

        /// The difference in units of its standard error, √(1/n₁ + 1/n₀) for standardised means.
        public var z: Double { standardisedDifference / (1 / Double(max(1, eventCount)) + 1 / Double(max(1, restCount))).squareRoot() }

        /// Worth a sentence: at least 0.2 SD apart, and beyond chance when every sampled variable is tried —
        /// |z| ≥ ``criticalZ``, a two-sided 5 % test with Bonferroni's correction for all the variables [D].
        public var stands: Bool { abs(standardisedDifference) >= 0.2 && abs(z) >= Self.criticalZ }

        /// The z a two-sided test at 5 % / (number of variables) must reach: 3.24 for the 42 variables (found by
        /// bisection on the normal tail, erfc(z/√2) = α).
        public static let criticalZ: Double = {
            let alpha = 0.05 / Double(PopulationVariable.all.count)
            var lo = 0.0, hi = 10.0
            for _ in 0..<60 {
                let mid = (lo + hi) / 2
                if erfc(mid / 2.0.squareRoot()) > alpha { lo = mid } else { hi = mid }
            }
            return hi
        }()
    }

    public var drivers: [Driver] {
        for grade in PopulationTally.grades.reversed() {
            guard let top = mostInformative(grade) else { continue }
            var out: [Driver] = []
            for (i, variable) in PopulationVariable.all.enumerated() {
                let sd = tally.standardDeviation(i)
                guard sd > 1e-9, let m = tally.eventMeans(top.root, top.side, grade, i) else { continue }
                out.append(Driver(root: top.root, side: top.side, grade: grade, variable: variable, eventMean: m.event, restMean: m.rest,
                                  standardisedDifference: (m.event - m.rest) / sd, eventCount: top.count, restCount: samples - top.count))
            }
            // Largest difference first; ties in the order of the variables.
            return out.enumerated().sorted { a, b in
                let x = abs(a.element.standardisedDifference), y = abs(b.element.standardisedDifference)
                return x != y ? x > y : a.offset < b.offset
            }.map(\.element)
        }
        return []
    }

    /// "compression of left L5 mostly in people with a shallow lateral recess at L4–L5 (4.1 mm on average
    /// where it happened, 6.1 mm where it did not)"; nil when nothing stands out (``Driver/stands``).
    public var driverSentence: String? {
        guard let d = drivers.first, d.stands else { return nil }
        let low = d.eventMean < d.restMean
        let digits = d.variable.kind == .bodySize ? 2 : 1
        var sentence = "\(d.grade.state) of \(d.side.rawValue) \(d.root.name) mostly in people with \(d.variable.adjective(low: low)) \(d.variable.phrase) "
            + "(\(Describe.number(d.eventMean, decimals: digits)) \(d.variable.unit) on average where it happened, "
            + "\(Describe.number(d.restMean, decimals: digits)) \(d.variable.unit) where it did not)"
        if let second = drivers.dropFirst().first, second.stands, abs(second.standardisedDifference) >= 0.5 * abs(d.standardisedDifference) {
            sentence += ", and with \(second.variable.adjective(low: second.eventMean < second.restMean)) \(second.variable.phrase)"
        }
        return sentence
    }

    /// A share as a percentage with one decimal: "12.3 %", "< 0.1 %" for a share above 0 that rounds to 0.
    public static func percent(_ x: Double) -> String {
        let p = 100 * x
        return p > 0 && p < 0.1 ? "< 0.1 %" : String(format: "%.1f %%", p)
    }

    /// "2.5–8.7 %".
    public static func interval(_ r: ClosedRange<Double>) -> String {
        String(format: "%.1f–%.1f %%", 100 * r.lowerBound, 100 * r.upperBound)
    }

    // MARK: Text

    /// The text report: roots with any grade, their shares and Wilson intervals; pain by region; the knee; what drove it.
    public var text: String {
        var lines: [String] = []
        lines.append("\(scenario.title) — population of \(samples) adult\(samples == 1 ? "" : "s") (seed \(request.seed), sex \(request.sex.rawValue)"
                     + (request.shard == .whole ? ")" : ", shard \(request.shard) of a run of \(request.samples))"))
        if let file = scenario.file { lines.append("File: \(file)") }
        lines.append("Posture: \(request.input.posture.rawValue); the scenario's lesions on every person; canal, recess, foramen, ganglion, disc height, "
                     + "interpedicular width and body size drawn from population.md §A11 (values the file gives stay as given).")
        lines.append("")
        lines.append("Root          contact                   deviation                 compression")
        var any = false
        for (root, side) in PopulationTally.rootSides where tally.count(root, side, .contact) > 0 {
            any = true
            var row = "\(root.name) \(side.rawValue)".padding(toLength: 14, withPad: " ", startingAt: 0)
            for grade in PopulationTally.grades {
                let k = tally.count(root, side, grade)
                let cell = "\(Self.percent(share(k))) (\(Self.interval(wilsonInterval(k, samples))))"
                row += cell.padding(toLength: 26, withPad: " ", startingAt: 0)
            }
            lines.append(row.trimmingCharacters(in: .whitespaces))
        }
        if !any { lines.append("No root reached even contact in any sample.") }
        let anyC = tally.anyRoot
        lines.append("Any root      " + PopulationTally.grades.indices.map { g in
            "\(Self.percent(share(anyC[g]))) (\(Self.interval(wilsonInterval(anyC[g], samples))))".padding(toLength: 26, withPad: " ", startingAt: 0)
        }.joined().trimmingCharacters(in: .whitespaces))
        lines.append("Shares of samples reaching the grade or worse; 95 % Wilson intervals.")
        if tally.crowdingOnly > 0 {
            lines.append("Contact includes crowding alone: in \(Self.percent(share(tally.crowdingOnly))) (\(Self.interval(wilsonInterval(tally.crowdingOnly, samples)))) of samples "
                         + "the only finding is roots filling a narrow dural sac (Schizas B, §B2), with no tissue touching any root.")
        }
        lines.append("")
        let regions = BodyRegion.allCases.flatMap { r in Side.allCases.map { (r, $0) } }.filter { tally.pain($0.0, $0.1) > 0 }
        if regions.isEmpty {
            lines.append("Radicular pain: in no sample.")
        } else {
            lines.append("Radicular pain by region (share of samples; somatic referred pain follows the lesion, not the anatomy, and is not counted):")
            for (region, side) in regions.sorted(by: { tally.pain($0.0, $0.1) > tally.pain($1.0, $1.1) }) {
                lines.append("  \(side.rawValue) \(region.rawValue): \(Self.percent(share(tally.pain(region, side))))")
            }
        }
        let knees = PopulationTally.kneeRegions.flatMap { r in Side.allCases.map { (r, $0) } }.filter { tally.knee($0.0, $0.1) > 0 }
        if !knees.isEmpty {
            lines.append("Knee (share of samples): " + knees.map { "\($0.1.rawValue) \($0.0.rawValue) \(Self.percent(share(tally.knee($0.0, $0.1))))" }.joined(separator: ", "))
        }
        lines.append("")
        let everyone = PopulationTally.rootSides.compactMap { rs -> String? in
            guard samples > 0, let g = PopulationTally.grades.last(where: { tally.count(rs.root, rs.side, $0) == samples }) else { return nil }
            return "\(rs.side.rawValue) \(rs.root.name) (\(g.state))"
        }
        if !everyone.isEmpty { lines.append("Reached in every sample: " + everyone.joined(separator: ", ") + ".") }
        if let sentence = driverSentence {
            lines.append("What drove it: " + sentence + ".")
        } else if any {
            lines.append("What drove it: no sampled measurement differed clearly (by 0.2 SD and beyond chance) between the samples that were reached and the others.")
        }
        lines.append("Sampler checks: narrow-canal subgroup (§A11.2a, 2–2.5 %) \(tally.narrowCanal) of \(samples); smallest dural-sac area below 80 mm² "
                     + "in \(Self.percent(share(tally.duralAreaBelow80))) (§A11.3b: 1–3 % of healthy people without a lesion); "
                     + "mean smallest dural-sac area \(Describe.number(tally.meanMinimumDuralArea, decimals: 0)) mm².")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: JSON (format 1)

    static func share(_ x: Double) -> JSONValue { .number(x, decimals: 4) }

    public var json: JSONValue {
        var scenarioInfo: [(String, JSONValue)] = [("title", .string(scenario.title)), ("file", scenario.file.map(JSONValue.string) ?? .null)]
        if let d = scenario.description { scenarioInfo.append(("description", .string(d))) }
        let range = request.range
        func gradeObject(_ f: (RootGrade) -> JSONValue) -> JSONValue {
            .object(PopulationTally.grades.map { ($0.state, f($0)) })
        }
        return .object([
            ("format", .int(1)),
            ("radix_version", .string(RadixVersion.current)),
            ("kind", .string("population")),
            ("scenario", .object(scenarioInfo)),
            ("posture", .string(request.input.posture.rawValue)),
            ("atlas", .string(request.input.atlas.rawValue)),
            ("seed", .string(String(request.seed))),
            ("sex", .string(request.sex.rawValue)),
            ("samples", .int(samples)),
            ("shard", .object([("index", .int(request.shard.index)), ("count", .int(request.shard.count)),
                               ("total_samples", .int(request.samples)),
                               ("first_sample", .int(range.lowerBound)), ("end_sample", .int(range.upperBound))])),
            ("roots", .array(PopulationTally.rootSides.map { root, side in
                .object([
                    ("root", .string(root.name)), ("side", .string(side.rawValue)),
                    ("counts", gradeObject { .int(tally.count(root, side, $0)) }),
                    ("p_at_least", gradeObject { Self.share(share(tally.count(root, side, $0))) }),
                    ("wilson_95", gradeObject { let w = wilsonInterval(tally.count(root, side, $0), samples); return .array([Self.share(w.lowerBound), Self.share(w.upperBound)]) }),
                ])
            })),
            ("any_root", .object([
                ("counts", .object(PopulationTally.grades.indices.map { (PopulationTally.grades[$0].state, .int(tally.anyRoot[$0])) })),
                ("p_at_least", .object(PopulationTally.grades.indices.map { (PopulationTally.grades[$0].state, Self.share(share(tally.anyRoot[$0]))) })),
            ])),
            ("regions", .array(BodyRegion.allCases.flatMap { region in Side.allCases.map { side in
                .object([("region", .string(region.rawValue)), ("side", .string(side.rawValue)),
                         ("count", .int(tally.pain(region, side))), ("share", Self.share(share(tally.pain(region, side))))])
            } })),
            ("knee", .array(PopulationTally.kneeRegions.flatMap { region in Side.allCases.map { side in
                .object([("region", .string(region.rawValue)), ("side", .string(side.rawValue)),
                         ("count", .int(tally.knee(region, side))), ("share", Self.share(share(tally.knee(region, side))))])
            } })),
            ("narrow_canal_samples", .int(tally.narrowCanal)),
            ("crowding_only_samples", .int(tally.crowdingOnly)),
            ("drove_it", driverSentence.map(JSONValue.string) ?? .null),
        ])
    }

    /// One object, or an array when several scenarios were run (as `radix run --json`).
    public static func renderJSON(_ reports: [PopulationReport]) -> String {
        let values = reports.map(\.json)
        return (values.count == 1 ? values[0] : .array(values)).serialized() + "\n"
    }
}
