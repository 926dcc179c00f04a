/// Stroke thickness of a typeface.
public enum FontWeight: String, Hashable, Sendable {
    case regular, bold
}

/// A text style. The family is pinned to DejaVu Sans (installed on every Radix machine by
/// `fonts-dejavu-core`) so that figures come out the same everywhere; missing glyphs fall back to
/// another installed font.
public struct Font: Hashable, Sendable {
    /// The one family every figure uses.
    public static let family = "DejaVu Sans"

    /// Size in points (the em height): one point is one pixel at scale 1.
    public var size: Double
    public var weight: FontWeight
    public var italic: Bool

    public init(size: Double, weight: FontWeight = .regular, italic: Bool = false) {
        self.size = size
        self.weight = weight
        self.italic = italic
    }

    public var bold: Font { Font(size: size, weight: .bold, italic: italic) }
    public var italicized: Font { Font(size: size, weight: weight, italic: true) }
}
