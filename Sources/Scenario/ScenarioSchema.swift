import Anatomy
import Pathology

/// The loader's lesion types (the name `LesionType` is taken inside ``ScenarioSchema``).
typealias LesionTypeName = LesionType

/// The fields of scenario format 1 that a form can edit, with the values and ranges the loader itself accepts
/// (the same `Vocabulary` words and `Bounds` it checks against), so a form built from it cannot drift from the
/// format. `radix serve` publishes it as `GET /api/schema`; the explorer page builds its controls from it.
public enum ScenarioSchema {
    /// One editable key.
    public struct Field: Sendable {
        public enum Kind: Sendable {
            /// One of these spellings (the canonical ones; the loader also takes aliases).
            case choice([String])
            /// A number in `min … max` (`min` itself excluded when `minExclusive`); `step` is a control's step.
            case number(min: Double, max: Double, minExclusive: Bool, step: Double)
        }

        /// The key as the file writes it (`size_mm`; `migration.mm` for a key of the `migration` mapping).
        public var key: String
        /// A label for a control.
        public var label: String
        public var kind: Kind
        /// Must be given (else the loader reports it missing).
        public var required: Bool
        /// The value the loader assumes when the key is left out.
        public var defaultValue: String?
        /// When the key is allowed, in words, for people (the loader says the same in its errors).
        public var note: String?

        init(_ key: String, _ label: String, _ kind: Kind, required: Bool = false, default defaultValue: String? = nil,
             note: String? = nil) {
            self.key = key
            self.label = label
            self.kind = kind
            self.required = required
            self.defaultValue = defaultValue
            self.note = note
        }

        static func choice<T>(_ key: String, _ label: String, _ choices: Choices<T>, required: Bool = false,
                              default defaultValue: String? = nil, note: String? = nil) -> Field {
            Field(key, label, .choice(choices.options.map(\.name)), required: required, default: defaultValue, note: note)
        }

        static func number(_ key: String, _ label: String, _ bounds: Bounds, step: Double, required: Bool = false) -> Field {
            Field(key, label, .number(min: bounds.lower, max: bounds.upper, minExclusive: bounds.lowerExclusive, step: step),
                  required: required)
        }
    }

    /// One lesion type: its own keys besides `type`, `level` and `id`, and its severity keys (exactly one of
    /// a group must be given), by the value of its `kind` (`""` when the group does not depend on a kind).
    public struct LesionType: Sendable {
        public var name: String
        public var fields: [Field]
        public var severity: [(kind: String, fields: [Field])]
        /// A valid lesion of this type, key and value in file order, for a form's "add".
        public var example: [(key: String, value: String)]
    }

    public static let posture = Field.choice("posture", "Posture", Vocabulary.posture, default: Posture.neutral.rawValue)
    public static let atlas = Field.choice("atlas", "Dermatome atlas", Vocabulary.atlas, default: Atlas.lee2008.rawValue)
    public static let level = Field("level", "Level", .choice(DiscLevel.allCases.map(\.name)), required: true)
    /// The lesion types in the format's order (`LesionType.allCases`).
    public static let lesionTypes: [LesionType] = LesionTypeName.allCases.map(lesionType)

    static func lesionType(_ type: LesionTypeName) -> LesionType {
        switch type {
        case .herniation:
            return LesionType(name: type.rawValue, fields: [
                .choice("zone", "Zone", Vocabulary.zone, required: true),
                .choice("side", "Side", Vocabulary.herniationSide, note: "required unless the zone is central; not allowed with central"),
                .choice("morphology", "Morphology", Vocabulary.morphology, default: HerniationMorphology.protrusion.rawValue),
                .number("size_mm", "Size (mm)", Vocabulary.sizeMM, step: 0.5, required: true),
                .choice("migration.direction", "Migration", Vocabulary.migrationDirection,
                        note: "only for an extrusion or a sequestration; none when left out"),
                .number("migration.mm", "Migration (mm)", Vocabulary.migrationMM, step: 0.5),
            ], severity: [], example: [("type", "herniation"), ("level", "L4-L5"), ("zone", "subarticular"), ("side", "left"),
                                       ("morphology", "protrusion"), ("size_mm", "5")])
        case .stenosis:
            let measures: [String: Field] = [
                "canal_ap_mm": .number("canal_ap_mm", "Residual canal AP (mm)", Vocabulary.canalAP, step: 0.5),
                "dural_area_mm2": .number("dural_area_mm2", "Residual dural area (mm²)", Vocabulary.duralArea, step: 5),
                "recess_depth_mm": .number("recess_depth_mm", "Residual recess depth (mm)", Vocabulary.recessDepth, step: 0.25),
                "foramen_height_mm": .number("foramen_height_mm", "Residual foramen height (mm)", Vocabulary.foramenHeight, step: 0.5),
                "encroachment_mm": .number("encroachment_mm", "Encroachment (mm)", Vocabulary.encroachment, step: 0.5),
            ]
            func grade(_ kind: StenosisKind) -> Field {
                kind == .central ? .choice("grade", "Schizas grade", Vocabulary.schizas)
                    : Field("grade", "Lee grade", .choice(Vocabulary.leeGrades.map(String.init)))
            }
            return LesionType(name: type.rawValue, fields: [
                .choice("kind", "Kind", Vocabulary.stenosisKind, required: true),
                .choice("side", "Side", Vocabulary.laterality, default: Laterality.bilateral.rawValue, note: "not allowed with central"),
                Field("cause", "Cause", .choice(Vocabulary.cause.options.map(\.name)),
                      note: "default by kind: " + StenosisKind.allCases.map { "\($0.rawValue) \(StenosisCause.defaultCause(for: $0).rawValue)" }
                        .joined(separator: ", ")),
            ], severity: StenosisKind.allCases.map { kind in
                (kind.rawValue, kind.severityKeys.map { $0 == "grade" ? grade(kind) : measures[$0]! })
            }, example: [("type", "stenosis"), ("level", "L4-L5"), ("kind", "central"), ("canal_ap_mm", "9")])
        case .spondylolisthesis:
            return LesionType(name: type.rawValue, fields: [
                .choice("kind", "Kind", Vocabulary.slipKind, required: true),
                .choice("direction", "Direction", Vocabulary.slipDirection, default: SlipDirection.anterior.rawValue),
            ], severity: [("", [.number("slip_percent", "Slip (%)", Vocabulary.slipPercent, step: 1),
                                .choice("grade", "Meyerding grade", Vocabulary.meyerding)])],
               example: [("type", "spondylolisthesis"), ("level", "L4-L5"), ("kind", "degenerative"), ("slip_percent", "20")])
        case .degeneration:
            return LesionType(name: type.rawValue, fields: [], severity: [("", [
                Field("pfirrmann", "Pfirrmann grade", .choice(Vocabulary.pfirrmann.map(String.init))),
                .number("height_loss_percent", "Disc height loss (%)", Vocabulary.heightLoss, step: 1),
            ])], example: [("type", "degeneration"), ("level", "L4-L5"), ("pfirrmann", "4")])
        }
    }
}
