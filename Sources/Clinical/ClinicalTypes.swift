import Anatomy

/// Where along its course a root is hurt (report `site`).
public enum RootSite: String, CaseIterable, Sendable, Codable, Hashable {
    case centralCanal = "central-canal"
    case lateralRecess = "lateral-recess"
    case foramen
    case extraforaminal
}

/// Pfirrmann 2004 nerve-root grade (reference §B6), the ordinal scale every panel colours by.
public enum RootGrade: Int, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case normal = 0, contact, deviation, compression

    /// The report's `state` word.
    public var state: String {
        switch self {
        case .normal: "normal"
        case .contact: "contact"
        case .deviation: "deviation"
        case .compression: "compression"
        }
    }

    public static func < (a: RootGrade, b: RootGrade) -> Bool { a.rawValue < b.rawValue }
}

/// What the simulation found for one root on one side: the input of the clinical picture.
public struct RootInvolvement: Sendable, Hashable {
    public var root: Root
    public var side: Side
    public var grade: RootGrade
    public var site: RootSite?
    public var level: DiscLevel?
    /// Nucleus pulposus in contact with the root (§E2): can make contact painful.
    public var inflamed: Bool
    /// 0 … 100.
    public var deformationPercent: Double
    /// Compressed only by lesions that build slowly (stenosis, slip, degeneration, bulge): intermittent
    /// symptoms, an often normal examination at rest and a usually negative straight-leg raise (§C3;
    /// Suri 2010, JAMA).
    public var chronic: Bool
    /// No room left at all (the model's maximum flattening) or part of a cauda equina syndrome: the only
    /// involvements whose reflex is expected absent rather than reduced (§E5 grade 3, §D4 areflexia).
    public var crushed: Bool

    public init(root: Root, side: Side, grade: RootGrade, site: RootSite? = nil, level: DiscLevel? = nil,
                inflamed: Bool = false, deformationPercent: Double = 0, chronic: Bool = false, crushed: Bool = false) {
        self.root = root
        self.side = side
        self.grade = grade
        self.site = site
        self.level = level
        self.inflamed = inflamed
        self.deformationPercent = deformationPercent
        self.chronic = chronic
        self.crushed = crushed
    }

    /// Whether this root produces radicular pain: compression or deviation, or contact by inflamed material (§E2, §E5).
    public var isPainful: Bool { grade >= .deviation || (grade == .contact && inflamed) }
}

/// Body-chart regions: exactly the report vocabulary of scenario format §2.
public enum BodyRegion: String, CaseIterable, Sendable, Codable, Hashable {
    case lowBack = "low-back", buttock, groin, perineum
    case anteriorThigh = "anterior-thigh", medialThigh = "medial-thigh", lateralThigh = "lateral-thigh", posteriorThigh = "posterior-thigh"
    case anteriorKnee = "anterior-knee", medialKnee = "medial-knee", lateralKnee = "lateral-knee", posteriorKnee = "posterior-knee"
    case anteriorLeg = "anterior-leg", medialLeg = "medial-leg", lateralLeg = "lateral-leg", posteriorLeg = "posterior-leg"
    case medialAnkle = "medial-ankle", lateralAnkle = "lateral-ankle"
    case dorsumFoot = "dorsum-foot", greatToe = "great-toe", lateralFoot = "lateral-foot", sole, heel

    public var isKnee: Bool { [.anteriorKnee, .medialKnee, .lateralKnee, .posteriorKnee].contains(self) }
}

public enum PainKind: String, CaseIterable, Sendable, Codable, Hashable {
    /// Dermatomal, from an irritated or compressed root.
    case radicular
    /// Diffuse, from the disc or facet itself, usually above the knee.
    case somaticReferred = "somatic-referred"
    /// Sensory deficit.
    case numbness
}

/// One entry of the pain map.
public struct PainEntry: Sendable, Hashable, Codable {
    public var region: BodyRegion
    public var side: Side
    /// Roots responsible, cranial first.
    public var roots: [Root]
    public var kind: PainKind
    /// 0 … 1.
    public var intensity: Double

    public init(region: BodyRegion, side: Side, roots: [Root], kind: PainKind, intensity: Double) {
        self.region = region
        self.side = side
        self.roots = roots
        self.kind = kind
        self.intensity = intensity
    }
}

/// A source of somatic referred pain: the disc or facet itself (§D1 "Radicular pain distribution", §E).
public struct SomaticSource: Sendable, Hashable {
    public var level: DiscLevel
    /// The sides it refers to.
    public var laterality: Laterality
    /// 0 … 1.
    public var intensity: Double
    public init(level: DiscLevel, laterality: Laterality, intensity: Double) {
        self.level = level
        self.laterality = laterality
        self.intensity = intensity
    }
}

/// What kind of mechanism dominates, which decides what aggravates and eases the pain.
public enum Mechanism: String, Sendable, Hashable, Codable, CaseIterable {
    /// A central or subarticular herniation: worse sitting, bending forward, coughing or sneezing;
    /// eased lying, standing and walking, extension.
    case discogenic
    /// A foraminal or extraforaminal herniation: worse in extension and side-bending toward it, eased
    /// by flexion (§C3 foraminal row, §E3).
    case foraminalDisc = "foraminal-disc"
    /// Stenosis (central, recess, foraminal), spondylolisthesis: worse standing, walking, extension; eased by sitting, flexion.
    case stenotic
    case none
}

public struct SensoryDeficit: Sendable, Hashable, Codable {
    public var root: Root
    public var side: Side
    /// ISNCSCI key sensory point (§D2).
    public var keyPoint: String
    public init(root: Root, side: Side, keyPoint: String) {
        self.root = root
        self.side = side
        self.keyPoint = keyPoint
    }
}

public struct MotorDeficit: Sendable, Hashable, Codable {
    public var root: Root
    public var side: Side
    public var action: String
    public var muscle: String
    /// The ISNCSCI key muscle of the root (listed first), or another muscle §D3 tests for it.
    public var isKeyMuscle: Bool
    public init(root: Root, side: Side, action: String, muscle: String, isKeyMuscle: Bool = true) {
        self.root = root
        self.side = side
        self.action = action
        self.muscle = muscle
        self.isKeyMuscle = isKeyMuscle
    }
}

public struct ReflexChange: Sendable, Hashable, Codable {
    public var reflex: String
    public var side: Side
    /// `diminished` or `absent`.
    public var change: String
    public init(reflex: String, side: Side, change: String) {
        self.reflex = reflex
        self.side = side
        self.change = change
    }
}

public struct TensionTest: Sendable, Hashable, Codable {
    public var test: String
    public var side: Side
    /// `positive` (or `possibly positive`).
    public var expected: String
    public init(test: String, side: Side, expected: String) {
        self.test = test
        self.side = side
        self.expected = expected
    }
}

/// A red flag, with the reason it was raised.
public struct RedFlag: Sendable, Hashable, Codable {
    /// Which red flag: the report's identifier (`flag` in the JSON) and its words come from here.
    public enum Kind: CaseIterable, Sendable, Hashable, Codable {
        /// The sacral roots to bladder, bowel and saddle compressed by a herniated disc filling the sac (§D4).
        case caudaEquinaSyndrome
        /// The sac squeezed at L1–L2, where the conus medullaris ends (§D4).
        case conusMedullaris
        /// Schizas D: no CSF and no posterior fat left round the cauda equina (§B2, §D4); raised when no
        /// herniation fills the sac.
        case severeCentralStenosis
        /// One root compressed on both sides with an acute herniation: bilateral leg symptoms (§D4).
        case bilateralRadiculopathy
        /// Weak muscles in both legs (§D4); raised by ``RedFlag/bilateralMotorDeficit(_:level:)``, not by
        /// the simulation.
        case bilateralMotorDeficit

        /// The identifier in the text report and the JSON: `cauda-equina-syndrome`.
        public var identifier: String {
            switch self {
            case .caudaEquinaSyndrome: "cauda-equina-syndrome"
            case .conusMedullaris: "conus-medullaris"
            case .severeCentralStenosis: "severe-central-stenosis"
            case .bilateralRadiculopathy: "bilateral-radiculopathy"
            case .bilateralMotorDeficit: "bilateral-motor-deficit"
            }
        }

        /// The kind whose ``identifier`` is `identifier` (as a manifest records it); nil for any other word.
        public init?(identifier: String) {
            guard let kind = Self.allCases.first(where: { $0.identifier == identifier }) else { return nil }
            self = kind
        }

        /// The identifier in words, for headings and galleries: `cauda equina syndrome`.
        public var phrase: String { String(identifier.map { $0 == "-" ? " " : $0 }) }
    }

    /// Which red flag.
    public var kind: Kind
    /// The disc level of the lesion that raises it; nil when it belongs to no one level (both sides' roots).
    public var level: DiscLevel?
    /// Why it was raised, with the measured values, as one sentence of the report.
    public var why: String
    public init(_ kind: Kind, level: DiscLevel?, why: String) {
        self.kind = kind
        self.level = level
        self.why = why
    }
}
