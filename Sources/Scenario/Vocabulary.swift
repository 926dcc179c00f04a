import Anatomy
import Pathology

/// The words of scenario format 1 (scenario-format.md §1): every accepted value and alias of every key.
/// Values are matched case-insensitively; keys are not.
enum Vocabulary {
    static let atlas = Choices("dermatome atlas", of: Atlas.self)
    static let posture = Choices("posture", of: Posture.self)

    static let lesionType = Choices<LesionType>("lesion type", of: LesionType.self)

    static let zone = Choices("herniation zone", of: HerniationZone.self, aliases: [
        ("paracentral", .subarticular), ("posterolateral", .subarticular), ("far-lateral", .extraforaminal),
    ])
    static let morphology = Choices("disc morphology", of: HerniationMorphology.self)
    static let herniationSide = Choices("side for a herniation", [("left", Side.left), ("right", Side.right)])
    static let migrationDirection = Choices("migration direction", of: MigrationDirection.self)

    static let stenosisKind = Choices("stenosis kind", of: StenosisKind.self)
    static let laterality = Choices("side", of: Laterality.self)
    static let cause = Choices("stenosis cause", of: StenosisCause.self)
    static let schizas = Choices("Schizas grade", of: SchizasGrade.self)

    static let slipKind = Choices("spondylolisthesis kind", of: SpondylolisthesisKind.self)
    static let slipDirection = Choices("slip direction", of: SlipDirection.self)
    static let meyerding = Choices("Meyerding grade", MeyerdingGrade.allCases.map { ($0.name, $0) },
                                   allowedText: "I, II, III, IV, V (or 1…5)")

    static let format = Choices("figure format", of: OutputFormat.self)

    // MARK: Numbers (the loader checks these; `ScenarioSchema` publishes them)

    static let sizeMM = Bounds("size_mm", above: 0, upTo: 20)
    static let bulgeSizeMM = Bounds("size_mm", above: 0, upTo: 5)
    static let migrationMM = Bounds("mm", 0...15)
    static let canalAP = Bounds("canal_ap_mm", 2...25)
    static let duralArea = Bounds("dural_area_mm2", 10...300)
    static let recessDepth = Bounds("recess_depth_mm", 0...12)
    static let foramenHeight = Bounds("foramen_height_mm", 3...30)
    static let encroachment = Bounds("encroachment_mm", above: 0, upTo: 20)
    static let leeGrades = 0...3
    static let slipPercent = Bounds("slip_percent", 0...150)
    static let pfirrmann = 1...5
    static let heightLoss = Bounds("height_loss_percent", 0...80)

    // MARK: Disc levels

    static let discLevelsAllowed = DiscLevel.allCases.map(\.name).joined(separator: ", ")
        + " (also written L4-5, L4/5, L4/L5, any case)"

    /// A disc level in any accepted spelling.
    static func discLevel(_ text: String) -> DiscLevel? { DiscLevel(parsing: text) }

    /// The canonical level nearest to a misspelling (`L4L5` → `L4-L5`, `L6-S1` → `L5-S1`).
    static func nearestDiscLevel(to text: String) -> String? {
        let canonical = DiscLevel.allCases.map(\.name)
        let cleaned = text.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: "\u{2013}", with: "-")
        return Suggestions.nearest(to: cleaned, among: canonical)
    }
}

/// The `type:` of a lesion.
enum LesionType: String, CaseIterable, Sendable {
    case herniation, stenosis, spondylolisthesis, degeneration

    /// The keys this type takes besides `type`, `level` and `id`.
    var keys: [String] {
        switch self {
        case .herniation: ["zone", "side", "morphology", "size_mm", "migration"]
        case .stenosis: ["kind", "side", "cause"] + StenosisKind.allSeverityKeys
        case .spondylolisthesis: ["kind", "slip_percent", "grade", "direction"]
        case .degeneration: ["pfirrmann", "height_loss_percent"]
        }
    }

    /// "a herniation", "a stenosis".
    var withArticle: String { "a \(rawValue)" }
}

extension StenosisKind {
    /// Every severity key of any kind of stenosis, in the order of the format table.
    static let allSeverityKeys = ["canal_ap_mm", "dural_area_mm2", "grade", "recess_depth_mm",
                                  "foramen_height_mm", "encroachment_mm"]

    /// The severity keys this kind accepts (exactly one must be given).
    var severityKeys: [String] {
        switch self {
        case .central: ["canal_ap_mm", "dural_area_mm2", "grade", "encroachment_mm"]
        case .lateralRecess: ["recess_depth_mm", "encroachment_mm"]
        case .foraminal: ["foramen_height_mm", "grade", "encroachment_mm"]
        }
    }

    /// The severity keys with their ranges, for `allowed:` lines.
    var severityAllowed: String {
        switch self {
        case .central:
            "one of canal_ap_mm (2…25), dural_area_mm2 (10…300), grade (Schizas A…D), encroachment_mm (0 < x ≤ 20)"
        case .lateralRecess: "one of recess_depth_mm (0…12), encroachment_mm (0 < x ≤ 20)"
        case .foraminal: "one of foramen_height_mm (3…30), grade (Lee 0…3), encroachment_mm (0 < x ≤ 20)"
        }
    }

    /// "central stenosis", "lateral-recess stenosis".
    var phrase: String { "\(rawValue) stenosis" }
}
