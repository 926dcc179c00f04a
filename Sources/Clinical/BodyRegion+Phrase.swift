import Anatomy

extension BodyRegion {
    /// The anatomical name, lower case, without article: "lateral leg", "dorsum of the foot".
    public var phrase: String {
        switch self {
        case .lowBack: "low back"
        case .buttock: "buttock"
        case .groin: "groin"
        case .perineum: "perineum"
        case .anteriorThigh: "anterior thigh"
        case .medialThigh: "medial thigh"
        case .lateralThigh: "lateral thigh"
        case .posteriorThigh: "posterior thigh"
        case .anteriorKnee: "anterior knee"
        case .medialKnee: "medial knee"
        case .lateralKnee: "lateral knee"
        case .posteriorKnee: "posterior knee"
        case .anteriorLeg: "anterior leg"
        case .medialLeg: "medial leg"
        case .lateralLeg: "lateral leg"
        case .posteriorLeg: "posterior leg"
        case .medialAnkle: "medial ankle"
        case .lateralAnkle: "lateral ankle"
        case .dorsumFoot: "dorsum of the foot"
        case .greatToe: "great toe"
        case .lateralFoot: "lateral border of the foot"
        case .sole: "sole"
        case .heel: "heel"
        }
    }

    /// The everyday name, with its article, for a patient or a first-year student:
    /// "the outer side of the shin", "the back of the knee".
    public var plainPhrase: String {
        switch self {
        case .lowBack: "the low back"
        case .buttock: "the buttock"
        case .groin: "the groin"
        case .perineum: "the saddle area"
        case .anteriorThigh: "the front of the thigh"
        case .medialThigh: "the inner thigh"
        case .lateralThigh: "the outer thigh"
        case .posteriorThigh: "the back of the thigh"
        case .anteriorKnee: "the front of the knee"
        case .medialKnee: "the inner side of the knee"
        case .lateralKnee: "the outer side of the knee"
        case .posteriorKnee: "the back of the knee"
        case .anteriorLeg: "the shin"
        case .medialLeg: "the inner side of the shin"
        case .lateralLeg: "the outer side of the shin"
        case .posteriorLeg: "the calf"
        case .medialAnkle: "the inner ankle"
        case .lateralAnkle: "the outer ankle"
        case .dorsumFoot: "the top of the foot"
        case .greatToe: "the big toe"
        case .lateralFoot: "the outer edge of the foot"
        case .sole: "the sole"
        case .heel: "the heel"
        }
    }
}

extension Array where Element == BodyRegion {
    /// An English list of the regions' ``BodyRegion/phrase``s, each with "the", in vocabulary order and
    /// without repeats: "the lateral leg, the dorsum of the foot and the great toe". Empty for no regions.
    public var phraseList: String {
        Array(Set(self)).sorted().map { "the \($0.phrase)" }.joinedList
    }
}

extension Root {
    /// The root's dermatome in `atlas`, in words: "the medial knee and the front of the lower thigh".
    /// Mentions the knee exactly when the dermatome has a knee region.
    public func dermatomeSummary(atlas: Atlas) -> String {
        DermatomeAtlas.summary(of: self, in: atlas)
    }
}
