/// The severity → clinical-output rules of §E5 and §E2, as named constants.
///
/// Every number here is a modelling choice [D] built on the tagged facts of the reference; change them
/// here and nowhere else. Intensities are on a 0 … 1 scale (1 = the worst the chart can show);
/// deformation is the root's loss of cross-section in percent (0 … 100).
///
/// The rules are monotone by construction: for the same root, side, inflammation and deformation a
/// higher grade never gives a lower intensity, fewer findings or a weaker reflex change.
public enum ClinicalRules {
    // MARK: Radicular pain (§E5 "expected clinical output"; §E2 chemical radiculitis)

    /// Contact (grade 1) hurts only when inflamed nucleus pulposus touches the root (§E2): pain possible.
    public static let contactInflamedPain = 0.4
    /// Deviation (grade 2): "radicular pain likely" (§E5).
    public static let deviationPain = 0.6
    /// Compression (grade 3) at no measurable deformation.
    public static let compressionPainMinimum = 0.8
    /// Compression pain grows linearly by this much up to ``saturatingDeformationPercent``.
    public static let compressionPainGrowth = 0.2
    /// Added at grade ≥ 2 when the root is also inflamed: inflammation and compression combine (§E2 [C S66b]).
    public static let inflamedPainBonus = 0.1
    /// Deformation (percent) at which compression pain and marked numbness are full.
    public static let saturatingDeformationPercent = 50.0

    // MARK: Numbness (§E5: mild sensory change at 2, dermatomal sensory loss at 3)

    /// Mild numbness at deviation (grade 2).
    public static let mildNumbness = 0.35
    /// Marked numbness at compression (grade 3), no deformation.
    public static let markedNumbnessMinimum = 0.7
    /// Marked numbness grows by this much up to ``saturatingDeformationPercent``.
    public static let markedNumbnessGrowth = 0.3
    /// The grade from which the key sensory point is reported as reduced.
    public static let sensoryDeficitGrade = RootGrade.deviation

    // MARK: Motor and reflexes (§E5 grade 3: "myotomal weakness, reflex loss")

    /// The grade from which the key muscle is reported weak.
    public static let motorDeficitGrade = RootGrade.compression
    /// The grade from which the root's reflex is reported diminished. §E5 says a reflex "may be reduced"
    /// at grade 2; Radix reports only what is expected, so it starts at grade 3.
    public static let reflexChangeGrade = RootGrade.compression
    // A reflex is reported *absent* only for a crushed involvement (``RootInvolvement/crushed``: no room
    // left at all, or part of a cauda equina syndrome with its areflexia, §D4); every other compression
    // reduces it first (§E5: "reflex may be reduced" before "reflex loss"). The reference gives no share
    // of flattening at which a reflex disappears, so Radix states none.

    // MARK: Somatic referred pain (§D1 "differs from sensory loss", scenario format §2: "usually above the knee")

    /// Low back: the source's own intensity.
    public static let somaticLowBackFactor = 1.0
    /// Buttock: a little less.
    public static let somaticButtockFactor = 0.7
    /// Posterior thigh only from an intense source (intensity ≥ this); never below the knee.
    public static let somaticThighThreshold = 0.6
    /// Posterior thigh, when reached.
    public static let somaticThighFactor = 0.5

    // MARK: Functions of the rules

    /// Deformation as a fraction of the saturating deformation, 0 … 1; NaN and negatives count as 0.
    public static func deformationFraction(_ percent: Double) -> Double {
        guard percent > 0 else { return 0 }
        return min(percent, saturatingDeformationPercent) / saturatingDeformationPercent
    }

    /// Radicular pain intensity of an involvement, 0 … 1; 0 when it is not painful (``RootInvolvement/isPainful``).
    public static func radicularPain(_ involvement: RootInvolvement) -> Double {
        guard involvement.isPainful else { return 0 }
        let bonus = involvement.inflamed ? inflamedPainBonus : 0
        let value: Double = switch involvement.grade {
        case .normal: 0
        case .contact: contactInflamedPain
        case .deviation: deviationPain + bonus
        case .compression:
            compressionPainMinimum + compressionPainGrowth * deformationFraction(involvement.deformationPercent) + bonus
        }
        return clampUnit(value)
    }

    /// Numbness intensity over the core of the dermatome, 0 … 1; 0 below grade 2.
    public static func numbness(_ involvement: RootInvolvement) -> Double {
        switch involvement.grade {
        case .normal, .contact: 0
        case .deviation: mildNumbness
        case .compression:
            clampUnit(markedNumbnessMinimum + markedNumbnessGrowth * deformationFraction(involvement.deformationPercent))
        }
    }

    /// The reflex change expected from an involvement, or nil: diminished from grade 3, absent only when
    /// the involvement is crushed (§E5, §D4).
    public static func reflexGrade(_ involvement: RootInvolvement) -> ReflexGrade? {
        guard involvement.grade >= reflexChangeGrade else { return nil }
        return involvement.crushed ? .absent : .diminished
    }

    /// `value` clamped to 0 … 1, NaN to 0.
    public static func clampUnit(_ value: Double) -> Double {
        guard value > 0 else { return 0 }
        return min(value, 1)
    }
}
