/// The size of one line of text set in a font, in points.
public struct LineMetrics: Hashable, Sendable {
    /// Advance width of the line.
    public var width: Double
    /// From the top of the line box to the baseline.
    public var ascent: Double
    /// From the baseline to the bottom of the line box.
    public var descent: Double

    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    /// Height of the line box; consecutive lines are this far apart.
    public var height: Double { ascent + descent }
}

/// Measures text so that layout can be computed, and tested, before anything is drawn. The Cairo
/// renderer has a measurer that agrees with what it draws; `ApproximateTextMeasurer` needs no fonts.
public protocol TextMeasurer {
    /// Metrics of `line` as one line (no wrapping; newlines are not expected). An empty line has zero
    /// width and the font's full line height.
    func metrics(of line: String, font: Font) -> LineMetrics

    /// `string` broken into lines at explicit newlines and, when `maxWidth` is set, at spaces so that no
    /// line is wider than `maxWidth` points unless it is a single word. Never returns an empty array.
    func wrap(_ string: String, font: Font, maxWidth: Double?) -> [String]
}

extension TextMeasurer {
    /// Greedy word wrapping using `metrics(of:font:)`; runs of spaces between words become one.
    public func wrap(_ string: String, font: Font, maxWidth: Double?) -> [String] {
        let paragraphs = string.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let limit = maxWidth else { return paragraphs }
        var lines: [String] = []
        for paragraph in paragraphs {
            let words = paragraph.split(separator: " ").map(String.init)
            guard var current = words.first else {
                lines.append("")
                continue
            }
            for word in words.dropFirst() {
                let candidate = current + " " + word
                if metrics(of: candidate, font: font).width <= limit {
                    current = candidate
                } else {
                    lines.append(current)
                    current = word
                }
            }
            lines.append(current)
        }
        return lines
    }

    /// The lines and size of `string` set in `font`, wrapped at `maxWidth` points if given.
    public func block(_ string: String, font: Font, maxWidth: Double? = nil) -> TextBlock {
        let lines = wrap(string, font: font, maxWidth: maxWidth)
        let metrics = lines.map { self.metrics(of: $0, font: font) }
        let reference = self.metrics(of: "", font: font)
        return TextBlock(
            lines: lines, lineWidths: metrics.map(\.width), lineHeight: reference.height, ascent: reference.ascent)
    }

    /// The rectangle, in the node's own coordinates, that the text's line boxes occupy.
    public func frame(of text: TextNode) -> Rect {
        block(text.string, font: text.font, maxWidth: text.maxWidth).frame(at: text.position, anchor: text.anchor, baseline: text.baseline)
    }
}

/// Text broken into lines, with the size of the block they make, in points.
public struct TextBlock: Hashable, Sendable {
    public var lines: [String]
    public var lineWidths: [Double]
    /// Distance between consecutive baselines.
    public var lineHeight: Double
    /// From the top of the block to the first baseline.
    public var ascent: Double

    public init(lines: [String], lineWidths: [Double], lineHeight: Double, ascent: Double) {
        self.lines = lines
        self.lineWidths = lineWidths
        self.lineHeight = lineHeight
        self.ascent = ascent
    }

    /// Width of the widest line.
    public var width: Double { lineWidths.max() ?? 0 }
    /// Height of all the line boxes together.
    public var height: Double { Double(lines.count) * lineHeight }

    /// Where the block lies when `anchor` and `baseline` pin it to `position`.
    public func frame(at position: Point, anchor: TextAnchor, baseline: TextBaseline) -> Rect {
        let x: Double
        switch anchor {
        case .start: x = position.x
        case .middle: x = position.x - width / 2
        case .end: x = position.x - width
        }
        let y: Double
        switch baseline {
        case .top: y = position.y
        case .middle: y = position.y - height / 2
        case .alphabetic: y = position.y - ascent
        case .bottom: y = position.y - height
        }
        return Rect(x: x, y: y, width: width, height: height)
    }
}
