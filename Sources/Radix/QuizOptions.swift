import Anatomy
import Figures
import Scenario

/// The options of `radix quiz` as typed, checked into values with messages that say what is allowed.
package struct QuizOptions {
    package var count: Int
    package var seed: UInt64
    package var request: QuizRequest
    package var atlas: Atlas

    /// Checks `count` (1 … 1000), `seed` (a whole number 0 … 2⁶⁴ − 1) and `width` (600 … 12000 px).
    /// - Throws: a message for standard error; the command exits 2 with it.
    package init(count: String, seed: String, out: String, formats: [FigureFormat], width: Double, theme: Theme,
                atlas: Atlas, paper: Paper = .a4, svgText: SVGText = .outline) throws(QuizOptionError) {
        let range = QuizGenerator.countRange
        guard let n = Int(count.trimmingCharacters(in: .whitespaces)), range.contains(n) else {
            throw QuizOptionError("--count must be a whole number from \(range.lowerBound) to \(range.upperBound) (got '\(count)'); e.g. --count 12")
        }
        guard let s = UInt64(seed.trimmingCharacters(in: .whitespaces)) else {
            throw QuizOptionError("--seed must be a whole number from 0 to \(UInt64.max) (got '\(seed)'); e.g. --seed 2024")
        }
        guard (600...12000).contains(width) else {
            throw QuizOptionError("--width must be between 600 and 12000 pixels (got \(width)); e.g. --width 2400")
        }
        self.count = n
        self.seed = s
        self.request = QuizRequest(outputDirectory: out, formats: formats, width: width, theme: theme, paper: paper, svgText: svgText)
        self.atlas = atlas
    }
}

/// An option of `radix quiz` out of range; `description` says what is allowed.
package struct QuizOptionError: Error, CustomStringConvertible {
    package var description: String
    init(_ description: String) { self.description = description }
}
