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
        let conditions = KneeDifferential.all.prefix(4).map { "\($0.condition) (\($0.distinguishingSign))" }
        sentences.append("Rule out first: \(conditions.joined(separator: "; ")).")
        // The mimics that hurt where this patient does (the report's knee_mimics check).
        let overlapping = differentialCandidates(context).dropFirst(4).filter(\.overlaps).map { "\($0.item.condition) (\($0.item.distinguishingSign))" }
        if !overlapping.isEmpty {
            sentences.append("Also hurting where this patient does: \(overlapping.joined(separator: "; ")).")
        }
        return sentences.joined(separator: " ")
    }
}
