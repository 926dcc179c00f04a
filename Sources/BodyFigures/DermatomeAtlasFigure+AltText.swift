import Anatomy
import Clinical
import FigureStyle

extension DermatomeAtlasFigure {
    /// In sentences: the kind of figure, every segment's territory in this map, the knee, the key
    /// sensory points, the source and the disclaimer — what a sighted student reads off the page.
    public static func altText(_ atlas: Atlas) -> String {
        var sentences = [
            "Dermatome atlas after \(atlas.displayName): body charts from the waist down, from the front and from behind with the soles, each lumbosacral root's skin territory in its own colour.",
            DermatomeAtlas.method(of: atlas),
        ]
        for root in Root.allCases {
            let areas = DermatomeAtlas.areas(of: root, in: atlas)
            let edge = areas.filter { $0.weight < DermatomeArea.core }.map(\.region)
            var s = "\(root.name) covers \(DermatomeAtlas.summary(of: root, in: atlas))"
            if !edge.isEmpty { s += "; \(edge.phraseList) only at its edge" }
            sentences.append(s + ".")
        }
        sentences.append(atlas == .lee2008
            ? "S3 to S5 cover the perineum and the skin around the anus, the saddle; this map does not show them, so they are drawn from ISNCSCI and standard texts."
            : "S3 to S5 cover the perineum and the skin around the anus, the saddle.")
        let knee = KneeSupply.parts.map { part -> String in
            let roots = KneeSupply.cutaneous(part, atlas: atlas)
            return "the \(part.phrase) " + (roots.isEmpty ? "to none" : "to \(roots.map(\.name).joinedList)")
        }
        sentences.append("At the knee this map gives \(knee.joinedList).")
        let points = Root.allCases.map { "\($0.name) at the \($0.keySensoryPoint)" }
        sentences.append("The ISNCSCI key sensory points are marked as dots: \(points.joined(separator: "; ")).")
        sentences.append("Source: \(atlas.citation)")
        sentences.append("Teaching model — not for diagnosis.")
        return sentences.joined(separator: " ")
    }
}
