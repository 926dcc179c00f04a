extension Mechanism {
    /// What makes the pain worse, in the order a clinician asks. Empty for ``none``.
    ///
    /// Discogenic pain rises with intradiscal pressure (sitting, bending forward, coughing or sneezing);
    /// stenotic pain rises as extension and standing shrink the canal and foramina (§E3: canal −16 %,
    /// foramina up to −44 % between postures) — neurogenic claudication.
    public var aggravatingFactors: [String] {
        // discogenic [GK]; stenotic §C3 [GK; C S16], §E3 [C S67, C S68], §E5 modifiers
        switch self {
        case .discogenic: ["sitting", "bending forward", "coughing or sneezing"]
        case .stenotic: ["standing", "walking (neurogenic claudication)", "leaning back (extension)"]
        case .none: []
        }
    }

    /// What eases the pain. Empty for ``none``.
    ///
    /// Stenotic pain eases in flexion, which enlarges canal and foramina: patients lean on a shopping
    /// trolley, can cycle but not walk, and sit down to recover.
    public var easingFactors: [String] {
        // discogenic [GK]; stenotic §C3 "relieved by flexion/sitting" [GK; C S16], §E3 flexion enlarges [C S68]
        switch self {
        case .discogenic: ["lying down", "standing or walking short distances", "extension (arching back)"]
        case .stenotic: ["sitting", "bending forward (the shopping-trolley sign)"]
        case .none: []
        }
    }
}
