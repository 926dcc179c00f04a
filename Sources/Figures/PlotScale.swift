import Scenario

/// A linear map from data values to page coordinates, with ticks at "nice" numbers (1, 2, 2.5 or 5 × a
/// power of ten). `domain.start` maps to `range.start`, so a decreasing domain draws right to left.
struct PlotScale {
    var domain: (start: Double, end: Double)
    var range: (start: Double, end: Double)

    /// The page coordinate of `value`; the middle of the range when the domain is empty.
    func position(_ value: Double) -> Double {
        let span = domain.end - domain.start
        guard span != 0, span.isFinite else { return (range.start + range.end) / 2 }
        return range.start + (value - domain.start) / span * (range.end - range.start)
    }

    /// The nice step for about `count` intervals over `span` (> 0).
    static func niceStep(span: Double, count: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(1, count))
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * magnitude >= raw * (1 - 1e-9) { return factor * magnitude }
        return 10 * magnitude
    }

    /// Multiples of the nice step that lie within `low`…`high` (inclusive, to a millionth of the step).
    static func ticks(from low: Double, to high: Double, count: Int) -> [Double] {
        let (a, b) = (min(low, high), max(low, high))
        let step = niceStep(span: b - a, count: count)
        var ticks: [Double] = []
        var k = (a / step - 1e-6).rounded(.up)
        while k * step <= b + step * 1e-6, ticks.count < 100 {
            ticks.append(k * step == 0 ? 0 : k * step)
            k += 1
        }
        return ticks
    }

    /// `low`…`high` widened outwards to multiples of the nice step.
    static func niceBounds(_ low: Double, _ high: Double, count: Int) -> (Double, Double) {
        let step = niceStep(span: max(high - low, 1e-9), count: count)
        return ((low / step).rounded(.down) * step, (high / step).rounded(.up) * step)
    }

    /// A tick's label: the shortest decimal (`2.5`, `10`, `-0.5`), with a true minus sign.
    static func label(_ value: Double) -> String {
        let text = SweepRange.decimalText(value)
        return text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }
}
