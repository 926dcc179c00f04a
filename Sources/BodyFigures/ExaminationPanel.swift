import Anatomy
import Clinical
import Compression
import Diagram
import FigureStyle

/// The examination as a clinician records it, for a quiz question: sensation at the key points,
/// power, reflexes, tension tests and red flags, each with its side — and nothing of the answer: no
/// root, level, grade, site or lesion. The findings table of the sheet names the roots; this panel
/// never does.
public struct ExaminationPanel: Panel {
    public init() {}
    public var preferredAspect: Double { 2.5 }

    public func title(_ context: FigureContext) -> String { "Examination" }

    /// The rows: a heading and what was found, in the order a clinician examines.
    public static func rows(_ r: SimulationResult) -> [(heading: String, finding: String)] {
        let c = r.clinical
        let sensory = sided(c.sensory.map { ($0.side, $0.keyPoint) })
        let motor = sided(c.motor.map { ($0.side, "\($0.action) (\($0.muscle))") })
        let reflexes = sided(c.reflexes.map { ($0.side, "\(Reflex(rawValue: $0.reflex)?.plainName ?? $0.reflex) \($0.change)") })
        let tests = sided(c.tests.map { ($0.side, "\($0.test) \($0.expected)") })
        var flags = r.redFlags.map { redFlagFinding($0.kind) }
        flags = flags.enumerated().filter { !flags[..<$0.offset].contains($0.element) }.map(\.element)
        return [
            ("Sensation at the key points", sensory.isEmpty ? "normal at every key point" : "reduced: " + sensory),
            ("Power", motor.isEmpty ? "normal" : "weak: " + motor),
            ("Reflexes", reflexes.isEmpty ? "normal and symmetric" : reflexes),
            ("Tension tests", tests.isEmpty ? "negative" : tests),
            ("Red flags", flags.isEmpty ? "none" : flags.joined(separator: "; ")),
        ]
    }

    /// "left — a; b. right — c", or "both sides — a" for findings the same on both sides.
    static func sided(_ items: [(Side, String)]) -> String {
        var texts: [String] = []
        let both = items.filter { $0.0 == .left }.map(\.1).filter { text in items.contains { $0.0 == .right && $0.1 == text } }
        if !both.isEmpty { texts.append("both sides — " + both.joined(separator: "; ")) }
        for side in Side.allCases {
            let only = items.filter { $0.0 == side && !both.contains($0.1) }.map(\.1)
            if !only.isEmpty { texts.append("\(side.rawValue) — " + only.joined(separator: "; ")) }
        }
        return texts.joined(separator: ". ")
    }

    /// A red flag as the examiner meets it: the symptom to ask about, never the structure or level
    /// the simulation blames (§D4). Severe central stenosis gets the generic cauda equina questions.
    public static func redFlagFinding(_ kind: RedFlag.Kind) -> String {
        // §D4 red flags — cauda equina syndrome [C S57]; conus medullaris [GK]
        switch kind {
        case .caudaEquinaSyndrome: "saddle (perineal) numbness on both sides: ask about urinary retention, bowel and sexual function"
        case .conusMedullaris: "saddle numbness with early loss of bladder control"
        case .bilateralRadiculopathy: "leg symptoms on both sides"
        case .bilateralMotorDeficit: "weakness in both legs"
        case .severeCentralStenosis: "ask about bladder, bowel and saddle sensation"
        }
    }

    /// Height the panel needs at `width` (page points).
    public func height(width: Double, context: FigureContext) -> Double {
        let t = context.type, m = context.options.measurer
        let titleHeight = m.block(title(context), font: t.panelTitle, maxWidth: width).height + t.gap
        let (headingWidth, findingWidth) = columns(width, context: context)
        let body = Self.rows(context.result).reduce(0.0) { sum, row in
            sum + max(m.block(row.heading, font: t.body.bold, maxWidth: headingWidth).height,
                      m.block(row.finding, font: t.body, maxWidth: findingWidth).height) + Self.rowGap(t)
        }
        return titleHeight + body
    }

    /// Space between rows, with the rule in it.
    static func rowGap(_ t: Typography) -> Double { t.unit * 4 }

    func columns(_ width: Double, context: FigureContext) -> (heading: Double, finding: Double) {
        let heading = width * 0.3
        return (heading - context.type.unit * 3, width - heading)
    }

    public func nodes(in frame: Rect, context: FigureContext) -> [Node] {
        let t = context.type, p = context.palette, m = context.options.measurer
        var (nodes, rest) = Components.panelTitle(id: "exam", title(context), in: frame, context: context)
        let (headingWidth, findingWidth) = columns(rest.width, context: context)
        var y = rest.minY
        for (i, row) in Self.rows(context.result).enumerated() {
            let heading = m.block(row.heading, font: t.body.bold, maxWidth: headingWidth)
            let finding = m.block(row.finding, font: t.body, maxWidth: findingWidth)
            nodes.append(.text(TextNode(id: "exam.\(i).heading", string: row.heading, position: Point(x: rest.minX, y: y),
                                        baseline: .top, font: t.body.bold, color: p.ink, maxWidth: headingWidth)))
            let flagged = row.heading == "Red flags" && row.finding != "none"
            nodes.append(.text(TextNode(id: "exam.\(i).finding", string: row.finding, position: Point(x: rest.minX + rest.width - findingWidth, y: y),
                                        baseline: .top, font: flagged ? t.body.bold : t.body, color: flagged ? p.lesionOutline : p.ink,
                                        maxWidth: findingWidth)))
            y += max(heading.height, finding.height) + Self.rowGap(t)
            if i < 4 {
                // Half-way between the rows, a little nearer the next row's cap height than the descenders above.
                let ruleY = y - Self.rowGap(t) * 0.45
                nodes.append(.path(PathNode(id: "exam.\(i).rule", path: .line(from: Point(x: rest.minX, y: ruleY), to: Point(x: rest.maxX, y: ruleY)),
                                            stroke: Stroke(color: p.regionLine, width: t.line))))
            }
        }
        return nodes
    }

    public func altText(_ context: FigureContext) -> String {
        "Examination. " + Self.rows(context.result).map { "\($0.heading): \($0.finding)." }.joined(separator: " ")
    }
}
