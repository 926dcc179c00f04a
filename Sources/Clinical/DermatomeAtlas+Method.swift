import Anatomy

extension DermatomeAtlas {
    /// How `atlas` was made and what its blank skin means, in one or two sentences for a caption.
    public static func method(of atlas: Atlas) -> String {
        // §D1 first paragraph [C S47, C S48, C S49]: K&G from disc-herniation patients, long bands (Netter);
        // Foerster from root sections, "remaining sensibility" (Gray's, neurology texts); Lee 2008 an
        // evidence-based composite of the most consistent areas, blank where people vary.
        switch atlas {
        case .lee2008:
            "An evidence-based composite of the areas most consistently found; skin left blank is where dermatomes vary too much between people to map."
        case .keeganGarrett:
            "Long bands running from the back into the limb, mapped largely in patients with disc herniations; the map of Netter's atlas."
        case .foerster:
            "Compact areas of the sensation that remains when the neighbouring roots are cut; the map of Gray's and most neurology texts."
        }
    }

    /// A short name for tight spaces (table headings): "Lee 2008", "Keegan–Garrett 1948", "Foerster 1933".
    public static func shortName(of atlas: Atlas) -> String {
        switch atlas {
        case .lee2008: "Lee 2008"
        case .keeganGarrett: "Keegan–Garrett 1948"
        case .foerster: "Foerster 1933"
        }
    }
}
