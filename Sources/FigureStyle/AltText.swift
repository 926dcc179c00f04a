import Anatomy
import Clinical
import Compression

/// Alt text in sentences (figures guide, "Captions and alt text"): what kind of figure, the lesion,
/// which roots are hurt and how badly, where pain and numbness fall, the knee if involved.
public enum AltText {
    public static func lesionsSentence(_ r: SimulationResult) -> String {
        if r.lesions.isEmpty { return "The spine is normal: no lesion." }
        return (r.lesions.count > 1 ? "Lesions: " : "Lesion: ") + r.lesions.map(\.summary).joinedList + "."
    }

    public static func rootsSentence(_ r: SimulationResult) -> String {
        let hurt = r.hurtRoots
        if hurt.isEmpty { return "No nerve root is touched; every root keeps fat or fluid around it." }
        // At the worst place in the report's finer words (``StationSite/phrase(_:at:)``, as the findings list and the
        // sections' labels say it): an exiting root caught at its axilla is not "in the lateral recess" of its level (06's
        // L4: the L4–L5 recess holds L5), and "extraforaminal" is no place to be in.
        let parts = hurt.prefix(6).map { f in
            "the \(f.side.rawValue) \(f.root.name) root \(verb(f.grade)) \(f.station.phrase(f.root, at: f.level)) (grade \(f.grade.rawValue))"
        }
        var text = Array(parts).joinedList.sentenceCased + "."
        if hurt.count > 6 { text += " \(hurt.count - 6) more roots are hurt (see the findings)." }
        if r.caudaEquina.compressed { text += " The cauda equina is compressed." }
        return text
    }

    public static func painSentence(_ r: SimulationResult) -> String {
        let map = r.clinical.painMap
        if map.isEmpty { return "The pain map is empty." }
        var sentences: [String] = []
        for kind in PainKind.allCases {
            let entries = map.filter { $0.kind == kind }
            guard !entries.isEmpty else { continue }
            let places = Side.allCases.compactMap { side -> String? in
                let regions = entries.filter { $0.side == side }.map(\.region.phrase)
                return regions.isEmpty ? nil : "the \(side.rawValue) " + regions.joinedList
            }
            let name = kind == .radicular ? "Radicular pain" : (kind == .numbness ? "Numbness" : "Somatic referred pain")
            sentences.append("\(name) covers \(places.joinedList).")
        }
        for side in Side.allCases where !(r.clinical.knee[side] ?? []).isEmpty {
            sentences.append("The \(side.rawValue) knee is involved at its \((r.clinical.knee[side] ?? []).map(\.phrase).joinedList).")
        }
        return sentences.joined(separator: " ")
    }

    static func verb(_ g: RootGrade) -> String {
        switch g {
        case .normal: "has room"
        case .contact: "is touched"
        case .deviation: "is pushed aside"
        case .compression: "is compressed"
        }
    }

}
