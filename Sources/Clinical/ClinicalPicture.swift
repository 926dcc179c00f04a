import Anatomy

/// What a patient with a given set of root involvements would feel and show: the pain map, the knee,
/// the expected deficits and tests, and what changes the pain. Plain data; build it with
/// ``derive(involvements:atlas:somaticSources:mechanism:)``.
///
/// Every list is in a fixed order, so two equal inputs give byte-identical reports:
/// - ``painMap``: region (vocabulary order), side (left, right), kind;
/// - ``sensory``, ``motor``: root (cranial first), side;
/// - ``reflexes``: reflex (patellar, medial hamstring, Achilles), side;
/// - ``tests``: test (femoral nerve stretch, straight-leg raise), side.
/// - ``motor``: root, side, the key muscle first, then action.
public struct ClinicalPicture: Sendable, Hashable {
    public var painMap: [PainEntry]
    /// The knee regions of ``painMap`` (radicular pain or numbness), per side; both sides always present.
    public var knee: [Side: [BodyRegion]]
    /// Key sensory points expected to be reduced.
    public var sensory: [SensoryDeficit]
    /// Key muscles expected to be weak.
    public var motor: [MotorDeficit]
    public var reflexes: [ReflexChange]
    public var tests: [TensionTest]
    /// From the mechanism, and only when something hurts.
    public var aggravatedBy: [String]
    public var easedBy: [String]
    /// Sentences about the course and the examination that the lists above cannot say, e.g. that slow
    /// compression gives intermittent symptoms and an often normal examination at rest (§C3).
    public var notes: [String]
    /// True when every painful root is compressed only by slow lesions (stenosis, slip, degeneration,
    /// bulge): symptoms come and go with posture and walking (§C3).
    public var intermittent: Bool
    /// Set with a red flag instead of posture advice (``urgentAdvice``); nil otherwise.
    public var advice: String?
    /// The S3–S5 findings of a compressed sacral bundle (cauda equina or conus syndrome, §D4); empty otherwise.
    public var sacralSigns: [SacralSign]

    public init(painMap: [PainEntry] = [], knee: [Side: [BodyRegion]] = [.left: [], .right: []],
                sensory: [SensoryDeficit] = [], motor: [MotorDeficit] = [], reflexes: [ReflexChange] = [],
                tests: [TensionTest] = [], aggravatedBy: [String] = [], easedBy: [String] = [],
                notes: [String] = [], intermittent: Bool = false, advice: String? = nil, sacralSigns: [SacralSign] = []) {
        self.painMap = painMap
        self.knee = knee
        self.sensory = sensory
        self.motor = motor
        self.reflexes = reflexes
        self.tests = tests
        self.aggravatedBy = aggravatedBy
        self.easedBy = easedBy
        self.notes = notes
        self.intermittent = intermittent
        self.advice = advice
        self.sacralSigns = sacralSigns
    }

    /// Nothing felt, nothing found; the knee lists both sides, empty.
    public static let empty = ClinicalPicture()

    /// True when nothing is felt or found.
    public var isEmpty: Bool { self == .empty }

    /// The knee regions of `side`, in vocabulary order (empty when the knee is spared).
    public func knee(_ side: Side) -> [BodyRegion] { knee[side] ?? [] }
}
