import Anatomy
import Clinical
import FigureStyle

extension BodyChartPanel {
    /// In sentences: the figure, where the radicular pain, numbness and referred pain fall on which
    /// side, the knee, and the key sensory points expected to be reduced.
    public func altText(_ context: FigureContext) -> String {
        let clinical = context.result.clinical
        let atlas = context.result.input.atlas
        let underlay = context.options.labels != .none
            ? " over a faint underlay of the \(atlas.displayName) dermatomes, each root in its own colour" : ""
        var sentences = ["Body charts of the whole figure from the front and from behind, with the soles, showing the pain map\(underlay)."]
        // The complaint no root explains, cross-hatched.
        let complaint = context.unexplainedComplaint
        let complaintSentence = complaint.isEmpty ? nil : "Cross-hatched with a dark outline, where the patient says it hurts and no root explains it: "
            + Side.allCases.compactMap { side in
                let regions = complaint.filter { $0.side == side }.map(\.region)
                return regions.isEmpty ? nil : "on the \(side.rawValue), \(regions.phraseList)"
            }.joined(separator: " and ") + "."
        if clinical.painMap.isEmpty {
            sentences.append("Nothing is shaded: no root is hurt and no pain or numbness is mapped.")
            return (sentences + [complaintSentence].compactMap { $0 }).joined(separator: " ")
        }
        for kind in [PainKind.radicular, .numbness, .somaticReferred] {
            var parts: [String] = []
            for side in Side.allCases {
                let entries = clinical.painMap.filter { $0.kind == kind && $0.side == side }
                guard !entries.isEmpty else { continue }
                let roots = Array(Set(entries.flatMap(\.roots))).sorted().map(\.name)
                let via = roots.isEmpty ? "" : " (\(roots.joined(separator: ", ")))"
                parts.append("on the \(side.rawValue) over \(entries.map(\.region).phraseList)\(via)")
            }
            guard !parts.isEmpty else { continue }
            let lead: String
            switch kind {
            case .radicular: lead = "Radicular pain is shaded"
            case .numbness: lead = "Numbness is stippled"
            case .somaticReferred: lead = "Somatic referred pain, from the disc or joint itself, is a soft wash"
            }
            sentences.append("\(lead) \(parts.joined(separator: " and ")).")
        }
        let knees = Side.allCases.filter { !clinical.knee($0).isEmpty }
        if knees.isEmpty {
            sentences.append("The knee is not in this pain map.")
        } else {
            let parts = knees.map { "on the \($0.rawValue), \(clinical.knee($0).phraseList)" }
            sentences.append("The knee is involved: \(parts.joined(separator: "; ")).")
        }
        if context.options.labels == .full {
            // The knee's regions noted on the affected knee, as drawn (those the pain map does not name): roots by
            // dermatome and the cutaneous nerve, in grey notes that name no pain.
            let side = KneePanel().side(context)
            let named = Set(clinical.painMap.map(\.region)).union(complaint.filter { $0.side == side }.map(\.region))
            let regions = KneeSupply.parts.filter { !named.contains($0) }
                .map { Self.kneeRegionText($0, atlas: atlas).replacingOccurrences(of: " · ", with: ", ") }
            if !regions.isEmpty {
                sentences.append("Grey notes on the \(side.rawValue) knee give the skin supply of its regions outside the pain map, not pain: \(regions.joined(separator: "; ")).")
            }
        }
        if let complaintSentence { sentences.append(complaintSentence) }
        if !clinical.sensory.isEmpty {
            let points = clinical.sensory.map { "\($0.side.rawValue) \($0.root.name) at the \($0.keyPoint)" }
            sentences.append("Key sensory points expected to be reduced, marked as dots: \(points.joinedList).")
        }
        return sentences.joined(separator: " ")
    }
}

