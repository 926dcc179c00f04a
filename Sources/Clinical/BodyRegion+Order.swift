extension BodyRegion: Comparable {
    /// Vocabulary order (scenario format §2): trunk, then down the limb, thigh before knee before leg before foot.
    public static func < (a: BodyRegion, b: BodyRegion) -> Bool { a.order < b.order }

    /// Position in ``allCases`` (declaration order). A switch, so that ordering and hashing regions never
    /// builds `allCases` or hashes the raw string; every simulation's pain map sorts and merges by it.
    /// `BodyRegionTests` checks it against `allCases`.
    var order: Int {
        switch self {
        case .lowBack: 0
        case .buttock: 1
        case .groin: 2
        case .perineum: 3
        case .anteriorThigh: 4
        case .medialThigh: 5
        case .lateralThigh: 6
        case .posteriorThigh: 7
        case .anteriorKnee: 8
        case .medialKnee: 9
        case .lateralKnee: 10
        case .posteriorKnee: 11
        case .anteriorLeg: 12
        case .medialLeg: 13
        case .lateralLeg: 14
        case .posteriorLeg: 15
        case .medialAnkle: 16
        case .lateralAnkle: 17
        case .dorsumFoot: 18
        case .greatToe: 19
        case .lateralFoot: 20
        case .sole: 21
        case .heel: 22
        }
    }

    /// Hashes the case, not its raw string (equal regions hash equally, as before).
    public func hash(into hasher: inout Hasher) { hasher.combine(order) }
}

extension PainKind: Comparable {
    /// Declaration order: radicular, somatic-referred, numbness.
    public static func < (a: PainKind, b: PainKind) -> Bool { a.order < b.order }

    /// Position in ``allCases`` (declaration order).
    var order: Int {
        switch self {
        case .radicular: 0
        case .somaticReferred: 1
        case .numbness: 2
        }
    }

    /// Hashes the case, not its raw string.
    public func hash(into hasher: inout Hasher) { hasher.combine(order) }
}
