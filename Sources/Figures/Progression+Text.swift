import BodyFigures
import Clinical
import Compression
import FigureStyle
import SectionFigures

extension ProgressionInput {
    /// The steps at which a root first reaches each grade above the one it starts with, as
    /// (grade, step index); a grade it starts at or above is left out, and of grades first reached at the
    /// same step only the highest is kept (it jumped past the others).
    public func thresholds(_ track: RootTrack) -> [(grade: RootGrade, step: Int)] {
        let all: [(grade: RootGrade, step: Int)] = RootGrade.allCases.dropFirst().compactMap { g in
            guard let i = track.firstStep(reaching: g), i > 0 else { return nil }
            return (g, i)
        }
        return all.enumerated().filter { n, item in n + 1 == all.count || all[n + 1].step != item.step }.map(\.element)
    }

    /// One sentence per changing root: where it reaches each grade, and where it ends when it eases
    /// again. "Left L5 reaches contact at 3 mm, deviation at 5 mm and compression at 6 mm."
    public var thresholdSentences: [String] {
        changing.map { track in
            let name = track.name.prefix(1).uppercased() + track.name.dropFirst()
            let reached = thresholds(track).map { "\($0.grade.state) at \(label($0.step))" }
            let start = track.grades[0], end = track.grades[track.grades.count - 1], worst = track.worst.grade
            var sentence = "\(name) "
            if reached.isEmpty {
                sentence += "starts at \(start.state) (grade \(start.rawValue))"
            } else {
                if start > .normal { sentence += "starts at \(start.state), then " }
                sentence += "reaches " + reached.joinedList
            }
            if end < worst {
                sentence += (reached.isEmpty ? " and eases" : ", and eases") + " to \(end.state) by \(label(steps.count - 1))"
            }
            if !track.changesGrade {
                let first = track.findings[0].clearance, last = track.findings[track.findings.count - 1].clearance
                sentence += "; its clearance goes from \(millimetres(first)) to \(millimetres(last)) mm"
            }
            return sentence + "."
        }
    }

    /// The progression figure's alt text, in sentences.
    public func altText(multiples view: String) -> String {
        var parts = ["A progression figure: the \(parameter.name)\(ProgressionFigure.pathNote(self)) goes from \(rangePhrase) in \(steps.count) steps.",
                     "Small multiples show the \(view.prefix(1).lowercased() + view.dropFirst()), at "
                        + multipleIndices.map(label).joinedList + "."]
        if changing.isEmpty {
            parts.append("No root's grade or room changes over this range.")
        } else {
            parts.append("A plot shows, at every step, the clearance and the flattening of "
                         + changing.map(\.name).joinedList + ", with the thresholds of contact, deviation and compression, "
                         + "and a strip of each root's grade.")
            parts += thresholdSentences
        }
        parts.append("Teaching model \u{2014} not for diagnosis.")
        return parts.joined(separator: " ")
    }

    /// A clearance to one decimal, with a true minus sign.
    func millimetres(_ value: Double) -> String { PlotScale.label((value * 10).rounded() / 10) }
}
