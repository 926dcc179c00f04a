extension ClinicalPicture {
    /// The advice given instead of posture advice when a red flag is raised.
    // §D4: cauda equina compression is an emergency; bladder outcome depends on continence at surgery [C S57]
    public static let urgentAdvice =
        "Red flag: urgent assessment, not posture advice — ask about saddle numbness, bladder and bowel; emergency imaging when cauda equina compression is suspected (§D4)."

    /// This picture once a red flag is raised: no aggravating or easing postures (a patient with a red
    /// flag is not told to try extension or flexion), ``urgentAdvice`` instead, and the S3–S5 findings
    /// of `sacralSigns` (empty for red flags that do not compress the sacral bundle).
    public func withRedFlag(sacralSigns: [SacralSign]) -> ClinicalPicture {
        var copy = self
        copy.aggravatedBy = []
        copy.easedBy = []
        copy.advice = Self.urgentAdvice
        copy.sacralSigns = sacralSigns
        return copy
    }
}
