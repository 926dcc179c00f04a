/// A colour in sRGB with straight (not premultiplied) alpha; every component is in 0…1.
public struct Color: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    /// Opacity: 0 is fully transparent, 1 opaque.
    public var alpha: Double

    /// Components outside 0…1 are clamped.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = Color.clamp(red)
        self.green = Color.clamp(green)
        self.blue = Color.clamp(blue)
        self.alpha = Color.clamp(alpha)
    }

    /// From `0xRRGGBB` (the low 24 bits), with the given opacity.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255,
            green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255,
            alpha: alpha)
    }

    /// A grey of the given lightness (0 black, 1 white).
    public init(white: Double, alpha: Double = 1) {
        self.init(red: white, green: white, blue: white, alpha: alpha)
    }

    public static let black = Color(white: 0)
    public static let white = Color(white: 1)
    public static let clear = Color(white: 0, alpha: 0)

    /// The same colour with opacity `alpha` (clamped to 0…1).
    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    public var isOpaque: Bool { alpha >= 1 }

    /// `#rrggbb`, or `#rrggbbaa` when not opaque; components rounded to 8 bits.
    public var hexString: String {
        let parts = alpha >= 1 ? [red, green, blue] : [red, green, blue, alpha]
        return "#" + parts.map { component in
            let byte = Int((component * 255).rounded())
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }

    private static func clamp(_ value: Double) -> Double {
        value.isNaN ? 0 : Swift.min(1, Swift.max(0, value))
    }
}
