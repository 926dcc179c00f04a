import Anatomy
import Clinical
import FigureStyle

extension KneePanel {
    /// In sentences: the knee drawn and the map, which root supplies each part, what of it the pain
    /// map reaches, and the conditions to rule out with their signs.
    public func altText(_ context: FigureContext) -> String {
        let side = side(context), atlas = context.result.input.atlas
        var sentences = ["The \(side.rawValue) knee from the front, inside, outside and behind, its skin coloured by the root that supplies it in the \(atlas.displayName) map."]
        let parts = KneeSupply.parts.map { part -> String in
            let supply = KneePartSupply(part, atlas: atlas)
            let core = supply.core.map(\.name), fringe = supply.fringe.map(\.name)
            var who = core.isEmpty ? "no constant root" : core.joinedList
            if !fringe.isEmpty { who += (core.isEmpty ? ", only the edge of " : ", with the edge of ") + fringe.joinedList }
            return "the \(part.phrase) \(who)"
        }
        sentences.append("Skin: \(parts.joined(separator: "; ")).")
        sentences.append(statusText(context))
        // The column's conditions, as the figure draws them or names them in its closing line: those that hurt where
        // this patient does (the report's knee_mimics check), then the ones checked at any knee.
        let candidates = differentialCandidates(context)
        let listed = { (entries: [RuleOutEntry]) in entries.map { "\($0.item.condition) (\($0.item.distinguishingSign))" }.joined(separator: "; ") }
        let overlapping = candidates.filter(\.overlaps), generic = candidates.filter { !$0.overlaps }
        if !overlapping.isEmpty {
            sentences.append("Rule out first, as they hurt where this patient does: \(listed(overlapping)).")
        }
        if !generic.isEmpty {
            sentences.append((overlapping.isEmpty ? "Rule out first, at any knee: " : "Also checked at any knee: ") + listed(generic) + ".")
        }
        return sentences.joined(separator: " ")
    }
}
