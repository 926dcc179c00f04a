import Anatomy

/// Where in the axial plane a herniation lies, medial to lateral (disc nomenclature 2.0, reference §B8).
public enum HerniationZone: String, CaseIterable, Sendable, Codable, Hashable {
    case central, subarticular, foraminal, extraforaminal
}

/// Disc contour (reference §B8). A bulge is not a herniation but is modelled with the same shapes.
public enum HerniationMorphology: String, CaseIterable, Sendable, Codable, Hashable {
    case bulge, protrusion, extrusion, sequestration

    /// True when the material has escaped the annulus, exposing roots to nucleus pulposus (§E2).
    public var isUncontained: Bool { self == .extrusion || self == .sequestration }
}

public enum MigrationDirection: String, CaseIterable, Sendable, Codable, Hashable {
    case cranial, caudal
}

/// Displacement of extruded material away from the disc (§B9).
public struct Migration: Sendable, Hashable, Codable {
    public var direction: MigrationDirection
    /// How far the fragment's centre moves from the disc's mid-height, mm, 0 … 15.
    public var millimetres: Double

    public init(direction: MigrationDirection, millimetres: Double) {
        self.direction = direction
        self.millimetres = millimetres
    }
}

/// Disc material reaching beyond the posterior disc margin.
public struct Herniation: Sendable, Hashable, Codable {
    public var zone: HerniationZone
    /// nil only for a central herniation.
    public var side: Side?
    public var morphology: HerniationMorphology
    /// How far the material reaches beyond the posterior disc margin, mm (0 < size ≤ 20; a bulge ≤ 5).
    public var sizeMillimetres: Double
    public var migration: Migration?

    public init(zone: HerniationZone, side: Side?, morphology: HerniationMorphology = .protrusion,
                sizeMillimetres: Double, migration: Migration? = nil) {
        self.zone = zone
        self.side = side
        self.morphology = morphology
        self.sizeMillimetres = sizeMillimetres
        self.migration = migration
    }
}

public enum StenosisKind: String, CaseIterable, Sendable, Codable, Hashable {
    case central
    case lateralRecess = "lateral-recess"
    case foraminal
}

public enum StenosisCause: String, CaseIterable, Sendable, Codable, Hashable {
    case ligamentumFlavum = "ligamentum-flavum"
    case facetHypertrophy = "facet-hypertrophy"
    case osteophyte
    case synovialCyst = "synovial-cyst"
    case discBulge = "disc-bulge"

    /// The default cause of each kind (scenario format §1).
    public static func defaultCause(for kind: StenosisKind) -> StenosisCause {
        switch kind {
        case .central: .ligamentumFlavum
        case .lateralRecess: .facetHypertrophy
        case .foraminal: .osteophyte
        }
    }
}

/// Schizas 2010 morphological grade of central stenosis (reference §B2), A (none) to D (extreme).
public enum SchizasGrade: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case A, B, C, D
    public static func < (a: SchizasGrade, b: SchizasGrade) -> Bool { a.rawValue < b.rawValue }

    /// The grade of a residual dural area `area` where the roots at this level need `neural` (mm²): A while
    /// CSF remains round the roots (area ≥ 1.4 × neural, ≈ 100 mm² at L4–L5 — Bolender's stenosis threshold,
    /// §B1); B while rootlets fill the sac; C once the sac is smaller than its roots (≈ 70 mm², Schönström's
    /// absolute stenosis, §B1); D below 0.6 × neural, or below 0.85 × neural once the posterior epidural
    /// fat is gone too (§B2). One rule for the grade a segment is given and the grade a scenario asks for.
    public init(area: Double, neural: Double, posteriorFatGone: Bool) {
        if area >= 1.4 * neural { self = .A } else if area >= neural { self = .B }
        else if area < 0.6 * neural || (posteriorFatGone && area < 0.85 * neural) { self = .D } else { self = .C }
    }
}

/// How severe a stenosis is: exactly one measure, as the scenario gives it.
public enum StenosisSeverity: Sendable, Hashable, Codable {
    /// Residual mid-sagittal canal diameter, mm (central only).
    case canalAP(Double)
    /// Residual dural sac area, mm² (central only).
    case duralArea(Double)
    /// Schizas grade (central only).
    case schizas(SchizasGrade)
    /// Residual lateral recess depth, mm (lateral recess only).
    case recessDepth(Double)
    /// Residual foraminal height, mm (foraminal only).
    case foramenHeight(Double)
    /// Lee 2010 foraminal grade 0…3 (foraminal only).
    case leeForaminal(Int)
    /// How far the wall moves in, mm (any kind).
    case encroachment(Double)
}

public struct Stenosis: Sendable, Hashable, Codable {
    public var kind: StenosisKind
    /// Bilateral for central stenosis.
    public var laterality: Laterality
    public var cause: StenosisCause
    public var severity: StenosisSeverity

    public init(kind: StenosisKind, laterality: Laterality = .bilateral, cause: StenosisCause? = nil, severity: StenosisSeverity) {
        self.kind = kind
        self.laterality = kind == .central ? .bilateral : laterality
        self.cause = cause ?? StenosisCause.defaultCause(for: kind)
        self.severity = severity
    }
}

public enum SpondylolisthesisKind: String, CaseIterable, Sendable, Codable, Hashable {
    /// The whole vertebra, arch included, slides (Wiltse III).
    case degenerative
    /// Pars defect: the body slides, the arch stays (Wiltse II).
    case isthmic
}

public enum SlipDirection: String, CaseIterable, Sendable, Codable, Hashable {
    case anterior
    /// Retrolisthesis.
    case posterior
}

/// Meyerding grade (reference §B10).
public enum MeyerdingGrade: Int, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case I = 1, II, III, IV, V

    public var name: String { ["I", "II", "III", "IV", "V"][rawValue - 1] }

    /// The grade of a slip given as a percentage of the lower endplate's depth.
    public init(slipPercent: Double) {
        switch slipPercent {
        case ...25: self = .I
        case ...50: self = .II
        case ...75: self = .III
        case ...100: self = .IV
        default: self = .V
        }
    }

    /// A representative slip for a grade given by name: the middle of its band (V: 110 %).
    public var representativePercent: Double { [12.5, 37.5, 62.5, 87.5, 110][rawValue - 1] }

    public static func < (a: MeyerdingGrade, b: MeyerdingGrade) -> Bool { a.rawValue < b.rawValue }
}

public enum SlipSeverity: Sendable, Hashable, Codable {
    /// Slip as % of the lower vertebra's endplate depth, 0 … 150.
    case percent(Double)
    case meyerding(MeyerdingGrade)

    public var percent: Double {
        switch self {
        case .percent(let p): p
        case .meyerding(let g): g.representativePercent
        }
    }
}

public struct Spondylolisthesis: Sendable, Hashable, Codable {
    public var kind: SpondylolisthesisKind
    public var severity: SlipSeverity
    public var direction: SlipDirection

    public init(kind: SpondylolisthesisKind, severity: SlipSeverity, direction: SlipDirection = .anterior) {
        self.kind = kind
        self.severity = severity
        self.direction = direction
    }
}

public enum DegenerationSeverity: Sendable, Hashable, Codable {
    /// Pfirrmann 2001 disc grade 1…5 (reference §B5).
    case pfirrmann(Int)
    /// Loss of posterior disc height, % of the level's normal, 0 … 80.
    case heightLossPercent(Double)

    /// Fraction of disc height lost (§B5 [D]: I 1.00, II 1.00, III 0.90, IV 0.75, V 0.45 of normal).
    public var heightLossFraction: Double {
        switch self {
        case .pfirrmann(let g): [0, 0, 0.10, 0.25, 0.55][max(1, min(5, g)) - 1]
        case .heightLossPercent(let p): max(0, min(80, p)) / 100
        }
    }
}

public struct Degeneration: Sendable, Hashable, Codable {
    public var severity: DegenerationSeverity
    public init(severity: DegenerationSeverity) { self.severity = severity }
}

public enum LesionKind: Sendable, Hashable, Codable {
    case herniation(Herniation)
    case stenosis(Stenosis)
    case spondylolisthesis(Spondylolisthesis)
    case degeneration(Degeneration)

    public var typeName: String {
        switch self {
        case .herniation: "herniation"
        case .stenosis: "stenosis"
        case .spondylolisthesis: "spondylolisthesis"
        case .degeneration: "degeneration"
        }
    }
}

/// One lesion of a scenario at one disc level.
public struct Lesion: Sendable, Hashable, Codable {
    /// A short label used in figures and reports; nil lets Radix number it.
    public var id: String?
    public var level: DiscLevel
    public var kind: LesionKind

    public init(id: String? = nil, level: DiscLevel, kind: LesionKind) {
        self.id = id
        self.level = level
        self.kind = kind
    }
}

/// Body position, which changes canal and foramina (reference §E3).
public enum Posture: String, CaseIterable, Sendable, Codable, Hashable {
    case neutral, flexion, `extension`
}
