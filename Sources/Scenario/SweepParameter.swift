import Pathology

/// One value of a scenario file that `radix sweep` varies, found in the file by
/// `ScenarioTemplate.parameter(_:)`: where it is, what kind of values it takes, and how to name it.
public struct SweepParameter: Sendable, Hashable {
    /// Where the value is, with a disc level spelt as the file spells it (so that the sweep changes the
    /// file's own entry).
    public var path: ParameterPath
    public var kind: SweepValueKind
    /// What varies, in words for titles and axes: "herniation size at L4–L5", "posture".
    public var name: String
    /// The unit symbol of a number: "mm", "mm²", "%"; empty for grades, the scale and words.
    public var unit: String
    /// The value as the file writes it; nil when the file leaves it out (the sweep adds it).
    public var original: String?
    /// Other severities of the same lesion the file gives, as `key: value`, which the sweep leaves out so
    /// that the swept value is the lesion's only severity (a stenosis takes exactly one).
    public var replaced: [String]
    /// The keys of `replaced`, removed from the swept value's mapping.
    var removedKeys: [String]

    init(path: ParameterPath, kind: SweepValueKind, name: String, unit: String = "", original: String?,
         replaced: [(key: String, text: String)] = []) {
        self.path = path
        self.kind = kind
        self.name = name
        self.unit = unit
        self.original = original
        self.replaced = replaced.map { "\($0.key): \($0.text)" }
        self.removedKeys = replaced.map(\.key)
    }

    /// A value with its unit, for labels: "7 mm", "30 %", "flexion", "grade II".
    public func label(_ text: String) -> String {
        if isGrade { return "grade \(text)" }
        return unit.isEmpty ? text : "\(text) \(unit)"
    }

    /// True for a grade (Pfirrmann, Lee, Schizas, Meyerding): its values are labelled "grade …".
    public var isGrade: Bool {
        guard case .key(let last)? = path.components.last else { return false }
        return last == "grade" || last == "pfirrmann"
    }
}

/// The values a swept key takes.
public enum SweepValueKind: Sendable, Hashable {
    /// Any decimal number (lengths, areas, percentages, the anatomy scale).
    case decimal
    /// Whole numbers only (Pfirrmann 1…5, Lee 0…3): a sweep steps through integers.
    case whole
    /// Words in their teaching order (posture flexion → neutral → extension, morphology, Schizas A…D,
    /// Meyerding I…V); `numberedFrom` lets a value also be given as its number (Meyerding 1 = I).
    case ordered([String], numberedFrom: Int?)

    /// Posture, from the most flexed to the most extended.
    static let postures = ordered(["flexion", "neutral", "extension"], numberedFrom: nil)
    static let morphologies = ordered(["bulge", "protrusion", "extrusion", "sequestration"], numberedFrom: nil)
    static let schizas = ordered(["A", "B", "C", "D"], numberedFrom: nil)
    static let meyerding = ordered(["I", "II", "III", "IV", "V"], numberedFrom: 1)
}

/// The words for the keys a sweep can vary.
enum SweepVocabulary {
    /// Key → what it measures.
    static let names: [String: String] = [
        "size_mm": "herniation size", "canal_ap_mm": "canal AP diameter", "interpedicular_mm": "interpedicular distance",
        "disc_height_mm": "posterior disc height", "recess_depth_mm": "lateral recess depth",
        "foramen_height_mm": "foraminal height", "foramen_width_mm": "foraminal width", "ganglion_width_mm": "ganglion width",
        "dural_area_mm2": "dural sac area",
        "encroachment_mm": "encroachment", "slip_percent": "slip", "height_loss_percent": "disc height loss",
        "pfirrmann": "Pfirrmann disc grade",
    ]

    /// The unit symbol a key's name carries: `_mm` mm, `_mm2` mm², `_percent` %.
    static func unit(of key: String) -> String {
        if key.hasSuffix("_mm2") { return "mm\u{00B2}" }
        if key.hasSuffix("_mm") || key == "mm" { return "mm" }
        if key.hasSuffix("_percent") { return "%" }
        return ""
    }

    /// The keys of each lesion type that a sweep can vary (besides `migration.mm`).
    static func sweepable(_ type: LesionType, stenosisKind: StenosisKind?) -> [String] {
        switch type {
        case .herniation: ["size_mm", "migration.mm", "morphology"]
        case .stenosis: stenosisKind?.severityKeys ?? StenosisKind.allSeverityKeys
        case .spondylolisthesis: ["slip_percent", "grade"]
        case .degeneration: ["pfirrmann", "height_loss_percent"]
        }
    }

    /// The keys of which a lesion takes exactly one (its severity).
    static func severityGroup(_ type: LesionType, stenosisKind: StenosisKind?) -> [String] {
        switch type {
        case .herniation: []
        case .stenosis: stenosisKind?.severityKeys ?? []
        case .spondylolisthesis: ["slip_percent", "grade"]
        case .degeneration: ["pfirrmann", "height_loss_percent"]
        }
    }
}
