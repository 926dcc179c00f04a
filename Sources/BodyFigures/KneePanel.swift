import Anatomy
import Clinical
import Diagram
import FigureStyle

/// "Why does my knee hurt?" The knee from the front, inside, outside and behind, each skin part
/// coloured by the root whose dermatome covers it under the scenario's atlas (a hatch for a root that
/// reaches it only at the edge of its territory); the parts in the pain map of the chosen side
/// outlined strongly with the pain paint; and beside it the local causes a clinician rules out first,
/// each with the one sign that tells it apart. When nothing reaches the knee the panel says so.
///
/// The side drawn is the one whose knee is in the pain map (the more involved if both), else the side
/// of the worst hurt root, else the right.
///
/// Ids: "knee.<view>.<region>" for a part (view `front`, `inside`, `outside`, `behind`), with
/// ".fringe", ".pain", ".numbness" and ".highlight" for its layers; "knee.<view>.label.<region>",
/// "knee.key.<root>", "knee.rule-out.<n>", "knee.status".
public struct KneePanel: Panel {
    public init() {}

    /// A quiz figure's knee names no root and colours no skin by root: the pain map on plain skin would otherwise
    /// read off the answer (which root supplies the painful part).
    public func title(_ context: FigureContext) -> String {
        context.options.isQuiz ? "Where does the knee hurt?" : "Why does the knee hurt? Its skin, root by root"
    }

    public var preferredAspect: Double { 1.5 }

    /// The side whose knee is drawn.
    public func side(_ context: FigureContext) -> Side {
        let clinical = context.result.clinical
        let l = clinical.knee(.left).count, r = clinical.knee(.right).count
        if l != r { return l > r ? .left : .right }
        if l > 0 {
            let weight = { (s: Side) in clinical.painMap.filter { $0.side == s && $0.region.isKnee }.map(\.intensity).reduce(0, +) }
            return weight(.left) >= weight(.right) ? .left : .right
        }
        // No knee in the pain map: the knee the patient says hurts (the complaint), then the worst hurt root's side.
        let said = { (s: Side) in context.scenario.complaint.filter { $0.side == s && $0.region.isKnee }.count }
        if said(.left) != said(.right) { return said(.left) > said(.right) ? .left : .right }
        return context.result.hurtRoots.first?.side ?? .right
    }

    /// The knee parts of the drawn side that the patient says hurt (the scenario's complaint) and no root in the
    /// pain map explains (``Complaint/explainingRoots(in:)``, as the report's complaint lines), in vocabulary order.
    public func unexplainedParts(_ context: FigureContext) -> [BodyRegion] {
        let side = side(context), painMap = context.result.clinical.painMap
        return Array(Set(context.scenario.complaint.filter { $0.side == side && $0.region.isKnee && $0.explainingRoots(in: painMap).isEmpty }
            .map(\.region))).sorted()
    }

    /// At least the height of ``preferredAspect``, and as tall as the "Rule out first" column needs to show every
    /// condition it lists with its sign and the root's pattern (``ruleOutPlan(width:height:context:)``).
    public func preferredHeight(width: Double, context: FigureContext) -> Double? {
        let frame = Rect(x: 0, y: 0, width: width, height: width)
        let afterTitle = Components.panelTitle(id: "knee", title(context), in: frame, context: context).rest
        let rest = info(in: afterTitle, compact: Self.isCompact(Rect(x: 0, y: 0, width: width, height: width / preferredAspect), context.type),
                        context: context).rest
        return max(width / preferredAspect, rest.minY + ruleOutFullHeight(width: Self.columnWidth(rest.width), context: context))
    }

    /// A single page: the height ``preferredHeight(width:context:)`` asks for.
    public func fillingHeight(width: Double, context: FigureContext) -> Double? {
        preferredHeight(width: width, context: context)
    }

    /// The "Rule out first" column's width in a panel whose body is `width` points wide.
    static func columnWidth(_ width: Double) -> Double { (width * 0.38).rounded() }

    /// The knee parts in the pain map of the drawn side (radicular pain or numbness), in vocabulary order.
    public func hurtParts(_ context: FigureContext) -> [BodyRegion] {
        context.result.clinical.knee(side(context))
    }

    public func nodes(in frame: Rect, context: FigureContext) -> [Node] {
        let (titleNodes, afterTitle) = Components.panelTitle(id: "knee", title(context), in: frame, context: context)
        let t = context.type
        let compact = Self.isCompact(frame, t)
        let (infoNodes, rest) = info(in: afterTitle, compact: compact, context: context)
        let columnWidth = Self.columnWidth(rest.width)
        let viewsWidth = rest.width - columnWidth - t.gap * 2
        let keyHeight = keyHeight(width: viewsWidth, context: context)
        let views = Rect(x: rest.minX, y: rest.minY, width: viewsWidth, height: max(0, rest.height - keyHeight - t.gap))
        let column = Rect(x: rest.maxX - columnWidth, y: rest.minY, width: columnWidth, height: rest.height)
        var nodes = titleNodes + infoNodes
        let grid = viewGrid(in: views, compact: compact, context: context)
        nodes += viewNodes(in: views, grid: grid, compact: compact, context: context)
        // The key right under the knees; any spare height (a tall "Rule out first" column) falls below it.
        nodes += keyNodes(in: Rect(x: views.minX, y: views.minY + grid.height + t.gap, width: views.width, height: keyHeight), context: context)
        nodes += differentialNodes(in: column, context: context)
        return nodes
    }

    /// A frame too small for the full layout (the type does not shrink with the frame): the knees go
    /// in one row with one-word captions and the line about the map is left out.
    static func isCompact(_ frame: Rect, _ t: Typography) -> Bool {
        frame.height < 260 * t.unit || frame.width < 400 * t.unit
    }

    /// The two lines under the title: which knee under which map (not when `compact`), and what of it
    /// this pain map reaches.
    func info(in frame: Rect, compact: Bool = false, context: FigureContext) -> (nodes: [Node], rest: Rect) {
        let t = context.type, m = context.options.measurer
        let side = side(context)
        let atlas = context.result.input.atlas
        let other = side.mirrored
        let also = context.result.clinical.knee(other).isEmpty ? "" : " (the \(other.rawValue) knee is in the pain map too)"
        let first = context.options.isQuiz ? "The \(side.rawValue) knee\(also)."
            : "The \(side.rawValue) knee\(also); its skin coloured by the root that supplies it in the \(atlas.displayName) dermatome map."
        let status = statusText(context)
        let a = compact ? 0 : m.block(first, font: t.small, maxWidth: frame.width).height + t.unit
        var nodes: [Node] = [
            .text(TextNode(id: "knee.status", string: status, position: Point(x: frame.minX, y: frame.minY + a),
                           baseline: .top, font: t.label.bold, color: context.palette.ink, maxWidth: frame.width)),
        ]
        if !compact {
            nodes.insert(.text(TextNode(id: "knee.info", string: first, position: Point(x: frame.minX, y: frame.minY), baseline: .top,
                                        font: t.small, color: context.palette.mutedInk, maxWidth: frame.width)), at: 0)
        }
        let used = a + m.block(status, font: t.label.bold, maxWidth: frame.width).height + t.gap
        return (nodes, Rect(x: frame.minX, y: frame.minY + used, width: frame.width, height: max(0, frame.height - used)))
    }

    /// "The knee is not in this pain map", or which parts are, with the kinds (and the roots, unless
    /// the figure is a quiz); and the knee parts the patient says hurt that no root explains.
    func statusText(_ context: FigureContext) -> String {
        let parts = hurtParts(context), side = side(context)
        let unexplained = unexplainedParts(context).filter { !parts.contains($0) }
        let said = unexplained.isEmpty ? ""
            : "The \(side.rawValue) \(Self.kneePhrase(unexplained)) hurts\(parts.isEmpty ? "" : " too") (the complaint), but no root explains it"
        guard !parts.isEmpty else {
            return said.isEmpty ? "The knee is not in this pain map." : said + ": rule out the causes at the right."
        }
        let entries = context.result.clinical.painMap.filter { $0.side == side && parts.contains($0.region) && $0.kind != .somaticReferred }
        let kinds = PainKind.allCases.filter { k in entries.contains { $0.kind == k } }
            .map { $0 == .radicular ? "radicular pain" : $0.rawValue }
        var text = "In this pain map: the \(Self.kneePhrase(parts)) (\(kinds.joinedList))"
        if context.options.labels != .none {
            let roots = Array(Set(entries.flatMap(\.roots))).sorted().map { "\(side.rawValue) \($0.name)" }
            if !roots.isEmpty { text += " from the \(roots.joinedList) root" + (roots.count > 1 ? "s" : "") }
        }
        return text + "." + (said.isEmpty ? "" : " \(said).")
    }

    /// "medial knee", "anterior and medial knee".
    static func kneePhrase(_ parts: [BodyRegion]) -> String {
        parts.map { $0.phrase.replacingOccurrences(of: " knee", with: "") }.joinedList + " knee"
    }
}
