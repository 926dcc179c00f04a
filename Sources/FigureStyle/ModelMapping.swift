import Diagram

/// Maps model millimetres to page points: `scale` points per millimetre, model origin at `origin`, with
/// the model's vertical axis pointing up (the page's points down). One mapping per panel.
public struct ModelMapping: Sendable, Hashable {
    public var scale: Double
    public var origin: Point
    /// +1 when model u grows to the page's right, −1 when it grows to the left.
    public var horizontal: Double

    public init(scale: Double, origin: Point, horizontal: Double = 1) {
        self.scale = scale
        self.origin = origin
        self.horizontal = horizontal
    }

    /// The page point of model point (u, v) mm, v up.
    public func point(_ u: Double, _ v: Double) -> Point {
        Point(x: origin.x + horizontal * u * scale, y: origin.y - v * scale)
    }

    /// A length in mm on the page.
    public func length(_ mm: Double) -> Double { mm * scale }

    /// The mapping that fits model box `u`×`v` (mm) into `frame`, centred, keeping aspect, at no more than
    /// `maxScale` points per millimetre.
    public static func fitting(u: ClosedRange<Double>, v: ClosedRange<Double>, into frame: Rect, horizontal: Double = 1,
                               maxScale: Double = .infinity) -> ModelMapping {
        let su = frame.width / max(1e-6, u.upperBound - u.lowerBound)
        let sv = frame.height / max(1e-6, v.upperBound - v.lowerBound)
        let s = min(su, sv, maxScale > 0 ? maxScale : .infinity)
        let usedW = (u.upperBound - u.lowerBound) * s, usedH = (v.upperBound - v.lowerBound) * s
        let left = frame.minX + (frame.width - usedW) / 2, top = frame.minY + (frame.height - usedH) / 2
        let originX = horizontal > 0 ? left - u.lowerBound * s : left + u.upperBound * s
        return ModelMapping(scale: s, origin: Point(x: originX, y: top + v.upperBound * s), horizontal: horizontal)
    }
}
