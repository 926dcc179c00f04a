import Clinical
import Diagram
import FigureStyle

/// One condition of the knee panel's "Rule out first" column.
struct RuleOutEntry: Equatable {
    /// Its place in ``KneeDifferential/all``: the node ids' "knee.rule-out.<index>".
    var index: Int
    var item: KneeDifferential
    /// True when it hurts where this patient does (the report's `knee_mimics` check).
    var overlaps: Bool

    /// The condition without its parenthesis, for the closing line: "saphenous neuropathy".
    var shortName: String {
        item.condition.range(of: " (").map { String(item.condition[..<$0.lowerBound]) } ?? item.condition
    }
}

/// What the column holds in a frame: the conditions drawn with their signs, those left out for room
/// (named in a closing line), and whether "Points to the root instead" closes the column.
struct RuleOutPlan: Equatable {
    var shown: [RuleOutEntry]
    var leftOut: [RuleOutEntry]
    var showsFoot: Bool
    /// The closing line counts what is left out instead of naming it: a frame with no room for the names (a thumbnail).
    var briefClosing = false
}

extension KneePanel {
    /// The conditions the column is for, in ``KneeDifferential/all`` order (the report's order): every
    /// one that hurts where this patient does, and the four every clinician checks at any knee
    /// (patellofemoral pain, meniscal tear, osteoarthritis, the hip) whether or not they do. "Hurts
    /// where" is the report's `knee_mimics` check (``KneeMimic/check(painMap:complaint:)``, pain map and
    /// complaint): one source of truth for figure, alt text and report.
    func differentialCandidates(_ context: FigureContext) -> [RuleOutEntry] {
        let mimics = KneeMimic.check(painMap: context.result.clinical.painMap, complaint: context.scenario.complaint)
        return zip(KneeDifferential.all.indices, mimics).compactMap { i, mimic in
            mimic.matches || i < Self.genericCount ? RuleOutEntry(index: i, item: mimic.cause, overlaps: mimic.matches) : nil
        }
    }

    /// How many conditions at the head of ``KneeDifferential/all`` are checked at every knee.
    static let genericCount = 4

    /// The column's fixed words.
    static let ruleOutHeading = "Rule out first", rootTitle = "Points to the root instead"

    /// The note under the heading, for the column's `candidates` (``differentialCandidates(_:)``).
    static func ruleOutNote(_ candidates: [RuleOutEntry]) -> String {
        "Each with the one sign that tells it apart."
            + (candidates.contains(where: \.overlaps) ? "\n● hurts where this patient does." : "")
    }

    /// The closing line naming the conditions left out for room: "Also in the report: saphenous
    /// neuropathy." for those that hurt where the patient does, "Also at any knee: …" for the others.
    static func leftOutText(_ leftOut: [RuleOutEntry], brief: Bool = false) -> String {
        guard !brief else { return "\(leftOut.count) more: see the report." }
        let inReport = leftOut.filter(\.overlaps).map(\.shortName), generic = leftOut.filter { !$0.overlaps }.map(\.shortName)
        return [inReport.isEmpty ? nil : "Also in the report: \(inReport.joinedList).",
                generic.isEmpty ? nil : "Also at any knee: \(generic.joinedList)."].compactMap { $0 }.joined(separator: " ")
    }

    /// Heights, points, of the column's parts at `width`: the heading and note (with the gap under
    /// them), each of the `candidates`' entries (with its gap), the root's pattern (with its rule), and the
    /// closing line for `leftOut`.
    struct RuleOutHeights {
        var header: Double
        /// The heading alone (with its gap), for a column that draws no condition and so needs no note.
        var heading: Double
        var entries: [Double]
        var foot: Double
        var closing: ([RuleOutEntry], Bool) -> Double
    }

    func ruleOutHeights(_ candidates: [RuleOutEntry], width: Double, context: FigureContext) -> RuleOutHeights {
        let t = context.type, m = context.options.measurer
        let headingH = m.block(Self.ruleOutHeading, font: t.panelTitle, maxWidth: width).height
        let header = headingH + t.unit + m.block(Self.ruleOutNote(candidates), font: t.small, maxWidth: width).height + t.gap
        let entries = candidates.map { c in
            m.block(Self.conditionText(c), font: t.label.bold, maxWidth: width).height
                + m.block(Self.sentence(c.item.distinguishingSign), font: t.small, maxWidth: width).height + t.gap
        }
        let foot = m.block(Self.rootTitle, font: t.label.bold, maxWidth: width).height
            + m.block(Self.sentence(rootPattern(context)), font: t.small, maxWidth: width).height + t.gap * 2
        return RuleOutHeights(header: header, heading: headingH + t.gap, entries: entries, foot: foot) { leftOut, brief in
            leftOut.isEmpty ? 0 : m.block(Self.leftOutText(leftOut, brief: brief), font: t.small.italicized, maxWidth: width).height + t.gap
        }
    }

    /// What goes in a column `width` × `height` points. Every condition that hurts where the patient does
    /// comes first: the generic ones that do not give way first (the last first), then the root's
    /// pattern, and only then, the last first, conditions that do hurt there — each left out named in
    /// the closing line, so that the figure never silently disagrees with the report and the alt text.
    func ruleOutPlan(width: Double, height: Double, context: FigureContext) -> RuleOutPlan {
        let all = differentialCandidates(context)
        return Self.ruleOutPlan(all, heights: ruleOutHeights(all, width: width, context: context), height: height)
    }

    /// ``ruleOutPlan(width:height:context:)`` for the candidates `all` (``differentialCandidates(_:)``) whose parts
    /// measure `h` (``ruleOutHeights(_:width:context:)``).
    static func ruleOutPlan(_ all: [RuleOutEntry], heights h: RuleOutHeights, height: Double) -> RuleOutPlan {
        var kept = Array(all.indices), foot = true, brief = false
        // (With a hair of slack: the height ``preferredHeight(width:context:)`` asks for is this very sum, added up in another order.)
        func fits() -> Bool {
            let leftOut = all.indices.filter { !kept.contains($0) }.map { all[$0] }
            return (kept.isEmpty ? h.heading : h.header) + kept.map { h.entries[$0] }.reduce(0, +) + (foot ? h.foot : 0) + h.closing(leftOut, brief) <= height + 1e-6
        }
        while !fits(), let i = kept.lastIndex(where: { !all[$0].overlaps }) { kept.remove(at: i) }
        if !fits() { foot = false }
        while !fits(), !kept.isEmpty { kept.removeLast() }
        // A frame too small even for the names: the closing line counts them.
        if !fits() { brief = true }
        return RuleOutPlan(shown: kept.map { all[$0] }, leftOut: all.indices.filter { !kept.contains($0) }.map { all[$0] }, showsFoot: foot,
                           briefClosing: brief)
    }

    /// The column's height, points, at `width` with every candidate and the root's pattern drawn.
    func ruleOutFullHeight(width: Double, context: FigureContext) -> Double {
        let h = ruleOutHeights(differentialCandidates(context), width: width, context: context)
        return h.header + h.entries.reduce(0, +) + h.foot
    }

    static func conditionText(_ c: RuleOutEntry) -> String {
        (c.overlaps ? "● " : "") + sentence(c.item.condition, period: false)
    }

    /// "Rule out first": each condition with the one sign that tells it from a root (``ruleOutPlan``),
    /// the closing line naming any left out, and at the foot what points to the root instead.
    func differentialNodes(in frame: Rect, context: FigureContext) -> [Node] {
        let t = context.type, m = context.options.measurer, palette = context.palette
        let width = frame.width
        // The report's knee_mimics check, once for the column: its note, heights and plan all read it.
        let candidates = differentialCandidates(context)
        let note = Self.ruleOutNote(candidates)
        let headingH = m.block(Self.ruleOutHeading, font: t.panelTitle, maxWidth: width).height
        var nodes: [Node] = [
            .text(TextNode(id: "knee.rule-out.heading", string: Self.ruleOutHeading, position: Point(x: frame.minX, y: frame.minY),
                           baseline: .top, font: t.panelTitle, color: palette.ink, maxWidth: width)),
        ]
        let heights = ruleOutHeights(candidates, width: width, context: context)
        let plan = Self.ruleOutPlan(candidates, heights: heights, height: frame.height)
        // The note explains the entries' marks: none drawn, no note.
        if !plan.shown.isEmpty {
            nodes.append(.text(TextNode(id: "knee.rule-out.note", string: note, position: Point(x: frame.minX, y: frame.minY + headingH + t.unit),
                                        baseline: .top, font: t.small, color: palette.mutedInk, maxWidth: width)))
        }
        var y = frame.minY + (plan.shown.isEmpty ? heights.heading : heights.header)
        for candidate in plan.shown {
            let name = Self.conditionText(candidate)
            let sign = Self.sentence(candidate.item.distinguishingSign)
            let nameH = m.block(name, font: t.label.bold, maxWidth: width).height
            let id = "knee.rule-out.\(candidate.index)"
            nodes.append(.text(TextNode(id: "\(id).condition", string: name, position: Point(x: frame.minX, y: y), baseline: .top,
                                        font: t.label.bold, color: candidate.overlaps ? palette.lesionOutline : palette.ink, maxWidth: width)))
            nodes.append(.text(TextNode(id: "\(id).sign", string: sign, position: Point(x: frame.minX, y: y + nameH),
                                        baseline: .top, font: t.small, color: palette.ink, maxWidth: width)))
            y += nameH + m.block(sign, font: t.small, maxWidth: width).height + t.gap
        }
        if !plan.leftOut.isEmpty {
            let text = Self.leftOutText(plan.leftOut, brief: plan.briefClosing)
            nodes.append(.text(TextNode(id: "knee.rule-out.left-out", string: text, position: Point(x: frame.minX, y: y), baseline: .top,
                                        font: t.small.italicized, color: palette.ink, maxWidth: width)))
            y += heights.closing(plan.leftOut, plan.briefClosing)
        }
        guard plan.showsFoot else { return nodes }
        // The root's pattern closes the column, at its foot.
        let rootText = Self.sentence(rootPattern(context))
        let footY = max(y, frame.maxY - heights.foot) + t.gap
        nodes.append(.path(PathNode(id: "knee.rule-out.rule", path: .line(from: Point(x: frame.minX, y: footY - t.gap / 2),
                                                                          to: Point(x: frame.maxX, y: footY - t.gap / 2)),
                                    stroke: Stroke(color: palette.mutedInk, width: t.line))))
        let titleH = m.block(Self.rootTitle, font: t.label.bold, maxWidth: width).height
        nodes.append(.text(TextNode(id: "knee.rule-out.root.title", string: Self.rootTitle, position: Point(x: frame.minX, y: footY),
                                    baseline: .top, font: t.label.bold, color: palette.ink, maxWidth: width)))
        nodes.append(.text(TextNode(id: "knee.rule-out.root", string: rootText, position: Point(x: frame.minX, y: footY + titleH), baseline: .top,
                                    font: t.small, color: palette.ink, maxWidth: width)))
        return nodes
    }

    /// What points to the root rather than the knee, for this knee's roots: the knee normal on examination (§F) and the
    /// signs the simulation expects on this side — reduced sensation at the roots' key points, weak key muscles, reflex
    /// changes, positive tension tests (the report's own findings, so the panel never names another root's signs: an
    /// L5 knee was given the L3/L4 row's quadriceps, knee jerk and femoral stretch). The roots are those whose pain
    /// reaches this knee, else (the knee in the complaint, not the pain map) every root hurt on this side. With no sign
    /// expected (a root only touched or pushed aside; slow compression, §C3), the pain's dermatomal band and a
    /// neurological examination that may be normal.
    func rootPattern(_ context: FigureContext) -> String {
        let knee = "knee not tender, full painless range of motion"
        // A quiz names no root and gives no root's own signs away (the question is which root): the general pattern.
        if context.options.isQuiz {
            return "\(knee); sensory change, weakness or a reflex change in a root's territory, or a positive nerve tension test"
        }
        let side = side(context), clinical = context.result.clinical
        var roots = Set(clinical.painMap.filter { $0.side == side && $0.region.isKnee }.flatMap(\.roots))
        if roots.isEmpty { roots = Set(clinical.painMap.filter { $0.side == side && $0.kind != .somaticReferred }.flatMap(\.roots)) }
        // Several roots' signs are grouped (13's conus lesion gives three roots, three reflexes and two tests on one side:
        // listed one by one they made the knee panel too tall for its page), one root's named in full.
        let points = clinical.sensory.filter { $0.side == side && roots.contains($0.root) }
        let sensory = points.count == 1 ? ["reduced sensation at the \(points[0].keyPoint), the \(points[0].root.name) key point"]
            : points.isEmpty ? [] : ["reduced sensation at the \(points.map(\.root.name).joinedList) key points"]
        let muscles = clinical.motor.filter { $0.side == side && roots.contains($0.root) && $0.isKeyMuscle }
        let motor = muscles.count == 1 ? ["weak \(muscles[0].action) (\(muscles[0].muscle))"]
            : muscles.isEmpty ? [] : ["weak \(muscles.map(\.action).joinedList)"]
        let changes = clinical.reflexes.filter { $0.side == side }
        let reflexes = Self.grouped(changes.map { ($0.reflex, $0.change) }, one: "reflex", many: "reflexes")
        // A test expected negative ("usually negative") points nowhere.
        let positive = clinical.tests.filter { $0.side == side && $0.expected.contains("positive") && !$0.expected.contains("negative") }
        let tests = Self.grouped(positive.map { ($0.test, $0.expected) }, one: nil, many: nil)
        guard !(sensory + motor + reflexes + tests).isEmpty else {
            return "\(knee); pain in a dermatomal band; the neurological examination may be normal"
        }
        // The surest signs first (reflexes, tension tests, then the key point, then the key muscle), each kept while the
        // line stays within ``rootPatternBudget``: the column's foot keeps about the height the fixed line had, so the
        // panel still prints whole at 8 pt on a handout page (`PrintTests`; 13's seven signs took two pages' worth).
        var text = knee, kept = 0
        for sign in reflexes + tests + sensory + motor where text.count + 2 + sign.count <= Self.rootPatternBudget || kept == 0 {
            text += "; " + sign
            kept += 1
        }
        return text
    }

    /// The most characters of the "Points to the root instead" line (``rootPattern(_:)``): about the length of the fixed
    /// §F line it replaced (171), with room for one key point.
    static let rootPatternBudget = 210

    /// "patellar, medial hamstring and Achilles reflexes absent": the names sharing a state, listed once per state in the
    /// order first met, with `one` or `many` (if given) after the names.
    static func grouped(_ items: [(name: String, state: String)], one: String?, many: String?) -> [String] {
        var states: [String] = [], names: [String: [String]] = [:]
        for item in items {
            if names[item.state] == nil { states.append(item.state) }
            names[item.state, default: []].append(item.name)
        }
        return states.map { state in
            let list = names[state] ?? []
            let noun = (list.count == 1 ? one : many).map { " \($0)" } ?? ""
            return "\(list.joinedList)\(noun) \(state)"
        }
    }

    /// The text with a capital first letter and, unless `period` is false, a full stop.
    static func sentence(_ text: String, period: Bool = true) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (period && !text.hasSuffix(".") ? "." : "")
    }
}
