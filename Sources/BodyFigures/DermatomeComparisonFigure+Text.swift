import Anatomy
import Clinical
import FigureStyle

/// The words of the comparison figure, every claim about the maps derived from
/// ``DermatomeComparison`` (itself the atlas tables): the caption, the alt text, and the phrases
/// of the table.
extension DermatomeComparisonFigure {
    /// The review of conflicting maps the comparison follows (§D1 [C S47]).
    static let reviewCitation = "Downs MB, LaPorte C. Conflicting dermatome maps: educational and clinical implications. J Orthop Sports Phys Ther 2011."

    /// One map's answer in words: "L3 and L4 (edge)". A region a map leaves empty: "variable (left blank)"
    /// in Lee 2008, whose blank skin is skin too variable to map; the cluneal nerves over the buttock and
    /// low back (dorsal rami of L1–L3 and S1–S3, not the limb's dermatomes); else "no lumbosacral root".
    static func phrase(_ answer: DermatomeComparison.Answer, region: BodyRegion? = nil) -> String {
        guard !answer.shares.isEmpty else {
            if answer.atlas == .lee2008 { return "variable (left blank)" }
            if region == .buttock || region == .lowBack { return "the cluneal nerves (L1–L3 and S1–S3 rami)" }
            return "no lumbosacral root"
        }
        return answer.shares.map { $0.isFringe ? "\($0.root.name) (edge)" : $0.root.name }.joinedList
    }

    /// What the maps give a region, maps with the same answer named together, dissenting maps first:
    /// "Keegan–Garrett 1948 gives L4; Lee 2008 gives L3 (edge); Foerster 1933 gives L3".
    static func answers(_ row: DermatomeComparison.Row) -> String {
        var groups: [(answer: String, atlases: [Atlas])] = []
        let ordered = row.answers.sorted { a, b in
            let da = row.dissenters.contains(a.atlas), db = row.dissenters.contains(b.atlas)
            return da != db ? da : (Atlas.allCases.firstIndex(of: a.atlas) ?? 0) < (Atlas.allCases.firstIndex(of: b.atlas) ?? 0)
        }
        for answer in ordered {
            let p = phrase(answer, region: row.region)
            if let i = groups.firstIndex(where: { $0.answer == p }) { groups[i].atlases.append(answer.atlas) } else {
                groups.append((p, [answer.atlas]))
            }
        }
        return groups.map { g in
            "\(g.atlases.map(DermatomeAtlas.shortName).joinedList) \(g.atlases.count > 1 ? "give" : "gives") \(g.answer)"
        }.joined(separator: "; ")
    }

    /// "at the anterior knee, Keegan–Garrett 1948 gives L4; Lee 2008 gives L3 (edge); Foerster 1933 gives L3".
    static func rowSentence(_ row: DermatomeComparison.Row) -> String {
        "at the \(regionName(row.region)), \(answers(row))"
    }

    /// "anterior leg (shin)" for the shin, else the region's phrase.
    static func regionName(_ region: BodyRegion) -> String {
        region == .anteriorLeg ? "anterior leg (shin)" : region.phrase
    }

    /// Where L4 meets the knee in each map, maps with the same answer together, those where it covers a
    /// knee region first: "L4 covers the anterior knee in Keegan–Garrett 1948; it reaches only the edge
    /// of the medial knee in Lee 2008 and Foerster 1933."
    static func l4Sentence() -> String {
        var groups: [(text: String, covers: Bool, atlases: [Atlas])] = []
        for atlas in Atlas.allCases {
            let areas = DermatomeAtlas.areas(of: .L4, in: atlas).filter { $0.region.isKnee }
            let core = areas.filter { $0.weight >= DermatomeArea.core }.map(\.region)
            let edge = areas.filter { $0.weight < DermatomeArea.core }.map(\.region)
            var bits: [String] = []
            if !core.isEmpty { bits.append("covers \(core.phraseList)") }
            if !edge.isEmpty { bits.append("\(core.isEmpty ? "reaches only" : "and reaches") the edge of \(edge.phraseList)") }
            let text = bits.isEmpty ? "stays below the knee" : bits.joined(separator: " ")
            if let i = groups.firstIndex(where: { $0.text == text }) { groups[i].atlases.append(atlas) } else {
                groups.append((text, !core.isEmpty, [atlas]))
            }
        }
        let ordered = groups.filter(\.covers) + groups.filter { !$0.covers }
        return "L4 " + ordered.enumerated().map { i, g in
            "\(i == 0 ? "" : "it ")\(g.text) in \(g.atlases.map(DermatomeAtlas.shortName).joinedList)"
        }.joined(separator: "; ") + "."
    }

    /// The headline under the title: whether the maps agree at the knee and the shin.
    static func headline() -> String {
        DermatomeComparison.kneeAndShin.map(DermatomeComparison.row).contains(where: \.disagrees)
            ? "Which root supplies the skin of the knee and the shin depends on the map you learnt."
            : "The three maps give the same roots at the knee and the shin."
    }

    /// The caption: what the figure shows, why "L4 = knee" depends on the map, where else the maps
    /// differ most, what a student can rely on, the sources and the disclaimer.
    public static func captionText() -> String {
        let elsewhere = DermatomeComparison.disagreements.filter { !DermatomeComparison.kneeAndShin.contains($0.region) }
        var parts = [
            "The right knee and shin from the front and from behind in each map, coloured by root; the table gives each map's roots for every part of the knee and the shin, and for the other regions where the maps differ (outlined: the maps that differ from the others; \"edge\": the region is only the edge of that root's territory).",
            "Why \"L4 = knee\" depends on the map: \(l4Sentence())",
        ]
        let front = DermatomeComparison.row(.anteriorKnee)
        if front.disagrees {
            let s = rowSentence(front)
            parts.append(s.prefix(1).uppercased() + s.dropFirst() + ".")
        }
        if !elsewhere.isEmpty {
            parts.append("Elsewhere the maps differ most at \(elsewhere.prefix(3).map(\.region).phraseListInOrder).")
        }
        // §D2: the key sensory points are one standard for every map; §D3: knee jerk L3–L4.
        parts.append("Name the map when you say which root supplies a patch of skin, and lean on what no map changes: the ISNCSCI key sensory points (L3 at the medial femoral condyle, L4 at the medial malleolus), the knee jerk (L3–L4) and the key muscles.")
        parts.append("Sources: " + Atlas.allCases.map(\.citation).joined(separator: " ") + " " + reviewCitation)
        parts.append("Teaching model — not for diagnosis.")
        return parts.joined(separator: " ")
    }

    /// In sentences: the kind of figure, what each map gives every part of the knee and the shin, the
    /// other disagreements, the disclaimer.
    public static func altText() -> String {
        var sentences = ["A comparison of three dermatome maps — \(Atlas.allCases.map(\.displayName).joinedList) — at the knee and the shin: the right leg from the front and from behind in each map, coloured by root, over a table of which root each map gives each region."]
        sentences.append(l4Sentence())
        for row in DermatomeComparison.kneeAndShin.map(DermatomeComparison.row) {
            let verdict = row.disagrees ? "The maps disagree" : (row.differsOnlyInWeight ? "The maps name the same roots, as core or edge," : "The maps agree")
            sentences.append("\(verdict) at the \(regionName(row.region)): \(answers(row)).")
        }
        for row in DermatomeComparison.disagreements where !DermatomeComparison.kneeAndShin.contains(row.region) {
            sentences.append("They also disagree at the \(regionName(row.region)): \(answers(row)).")
        }
        sentences.append("Teaching model — not for diagnosis.")
        return sentences.joined(separator: " ")
    }
}

extension Array where Element == BodyRegion {
    /// "the lateral thigh, the low back and the buttock", in the array's own order (not vocabulary order).
    var phraseListInOrder: String { map { "the \($0.phrase)" }.joinedList }
}
