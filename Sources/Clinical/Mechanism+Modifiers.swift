extension Mechanism {
    /// What makes the pain worse, in the order a clinician asks. Empty for ``none``.
    ///
    /// A central or subarticular disc hurts more as intradiscal and epidural pressure rise (sitting,
    /// bending forward, coughing or sneezing — a Valsalva manoeuvre); a foraminal or extraforaminal disc
    /// sits where extension and side-bending toward it close the foramen further (§C3 foraminal row,
    /// §E3: foramina smallest in extension); stenotic pain rises as extension and standing shrink the
    /// canal and foramina (§E3: canal −16 %, foramina up to −44 % between postures) — neurogenic claudication.
    public var aggravatingFactors: [String] {
        // discogenic [GK]; foraminal disc §C3 "worse in extension/ipsilateral bending" [C S1, C S2; C S72], §E3 [C S67, C S68];
        // stenotic §C3 [GK; C S16], §E3 [C S67, C S68], §E5 modifiers
        switch self {
        case .discogenic: ["sitting", "bending forward (flexion)", "coughing or sneezing (Valsalva)"]
        case .foraminalDisc: ["leaning back (extension)", "bending sideways toward the painful side"]
        case .stenotic: ["standing", "walking (neurogenic claudication)", "leaning back (extension)"]
        case .none: []
        }
    }

    /// What eases the pain. Empty for ``none``.
    ///
    /// A foraminal disc is eased by flexion, which opens the foramen (§E3) — never by extension, which
    /// closes it. Stenotic pain eases in flexion, which enlarges canal and foramina: patients lean on a
    /// shopping trolley, can cycle but not walk, and sit down to recover.
    public var easingFactors: [String] {
        // discogenic [GK]; foraminal disc §E3 "all diameters maximal in flexion" [C S68];
        // stenotic §C3 "relieved by flexion/sitting" [GK; C S16], §E3 flexion enlarges [C S68]
        switch self {
        case .discogenic: ["lying down", "standing or walking short distances", "extension (arching back)"]
        case .foraminalDisc: ["bending forward (flexion)", "lying down"]
        case .stenotic: ["sitting", "bending forward (the shopping-trolley sign)"]
        case .none: []
        }
    }
}
