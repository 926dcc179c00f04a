/// The dermatome maps a report can be drawn under (clinical reference §D1).
public enum Atlas: String, CaseIterable, Sendable, Codable, Hashable {
    /// Lee, McPhee & Stringer 2008, evidence-based composite (the default).
    case lee2008 = "lee-2008"
    /// Keegan & Garrett 1948, long bands (Netter).
    case keeganGarrett = "keegan-garrett"
    /// Foerster 1933, root-section "remaining sensibility" (most neurology texts).
    case foerster

    public var citation: String {
        switch self {
        case .lee2008: "Lee MWL, McPhee RW, Stringer MD. An evidence-based approach to human dermatomes. Clin Anat 2008;21:363–73."
        case .keeganGarrett: "Keegan JJ, Garrett FD. The segmental distribution of the cutaneous nerves in the limbs of man. Anat Rec 1948;102:409–37."
        case .foerster: "Foerster O. The dermatomes in man. Brain 1933;56:1–39."
        }
    }

    public var displayName: String {
        switch self {
        case .lee2008: "Lee, McPhee & Stringer 2008"
        case .keeganGarrett: "Keegan & Garrett 1948"
        case .foerster: "Foerster 1933"
        }
    }
}
