/// One finding of the sacral roots S3–S5, which Radix follows as one bundle in the thecal sac (the
/// cauda equina below S2): what the examiner asks and looks for when that bundle is compressed.
public struct SacralSign: Sendable, Hashable, Codable {
    /// Short name: "saddle anaesthesia".
    public var sign: String
    /// What is expected, in the examiner's words.
    public var expected: String

    public init(sign: String, expected: String) {
        self.sign = sign
        self.expected = expected
    }

    /// The roots of the bundle, cranial first (§D1 last row, §D2 S3 and S4–5 key points).
    public static let roots = ["S3", "S4", "S5"]

    /// Cauda equina syndrome: the S3–S5 findings (§D4 features; §D1/§D2 saddle dermatomes; anal reflex
    /// S2–S4 §D3).
    // §D4 red flags — cauda equina syndrome [C S57]; §D1 S3–S5 row; §D2 [C S51]; §D3 S2 row (anal wink/bulbocavernosus)
    public static let caudaEquina: [SacralSign] = [
        SacralSign(sign: "saddle anaesthesia",
                   expected: "reduced sensation of the perineum and perianal skin: S3 the outer ring (ischial tuberosity, infragluteal fold), S4–S5 round the anus"),
        SacralSign(sign: "bladder",
                   expected: "altered urethral sensation and a poor stream; painless urinary retention with overflow, as common as incontinence"),
        SacralSign(sign: "bowel", expected: "bowel dysfunction"),
        SacralSign(sign: "anal tone", expected: "reduced anal tone on rectal examination, reduced anal wink (S2–S4)"),
        SacralSign(sign: "sexual function", expected: "sexual dysfunction"),
    ]

    /// Conus medullaris syndrome: the same sacral segments, lost early and possibly with upper motor
    /// neuron signs (§D4 [GK]).
    public static let conusMedullaris: [SacralSign] = caudaEquina.map { sign in
        guard sign.sign == "bladder" else { return sign }
        return SacralSign(sign: sign.sign, expected: sign.expected + "; sphincter loss comes early at the conus, possibly with upper motor neuron signs")
    }
}
