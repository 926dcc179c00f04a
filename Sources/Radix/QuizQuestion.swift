import Anatomy
import Clinical
import Compression
import Figures

/// The words of a quiz question: the history told from the simulation's result (where it hurts, what
/// makes it worse and better) and the patient drawn with the case — never the root, level or lesion.
enum QuizQuestion {
    static let question = "Which root is involved, at which level, and what lesion would explain it?"

    static func text(_ quizCase: QuizCase, answerExtension: String) -> QuestionText {
        QuestionText(title: "Case \(quizCase.label)", vignette: vignette(quizCase), question: question,
                     answerNote: "Answer: \(quizCase.stem).answer.\(answerExtension) and answer-key.md.")
    }

    /// "A woman in her 60s has had back pain spreading into the left leg for 7 months, slowly getting
    /// worse. It is worse with …, and eased by …."
    static func vignette(_ quizCase: QuizCase) -> String {
        let r = quizCase.result, patient = quizCase.patient
        let map = r.clinical.painMap
        let limb: Set<BodyRegion> = Set(BodyRegion.allCases).subtracting([.lowBack, .perineum])
        let painSides = Side.allCases.filter { s in map.contains { $0.side == s && $0.kind == .radicular && limb.contains($0.region) } }
        let numbSides = Side.allCases.filter { s in map.contains { $0.side == s && $0.kind == .numbness && limb.contains($0.region) } }
        let back = map.contains { $0.region == .lowBack }
        func legs(_ sides: [Side]) -> String { sides.count == 2 ? "both legs" : "the \(sides.first?.rawValue ?? "left") leg" }
        var complaint: String
        if !painSides.isEmpty {
            complaint = back ? "back pain spreading into \(legs(painSides))" : "pain in \(legs(painSides))"
            if !numbSides.isEmpty && numbSides != painSides { complaint += " and numbness in \(legs(numbSides))" }
        } else if !numbSides.isEmpty {
            complaint = (back ? "back pain and " : "") + "numbness in \(legs(numbSides))"
        } else {
            complaint = back ? "back pain" : "leg symptoms"
        }
        let onset: String = switch patient.onset {
        case .days(let weeks): "that began suddenly \(weeks == 1 ? "a week" : "\(weeks) weeks") ago"
        case .months(let months): "for \(months) months, slowly getting worse"
        }
        let who = patient.phrase.prefix(1).uppercased() + patient.phrase.dropFirst()
        var sentences = ["\(who) has had \(complaint) \(onset)."]
        let c = r.clinical
        if !c.aggravatedBy.isEmpty {
            var s = "It is worse with \(c.aggravatedBy.joinedList)"
            if !c.easedBy.isEmpty { s += ", and eased by \(c.easedBy.joinedList)" }
            sentences.append(s + ".")
        }
        let pronoun = patient.sex == .woman ? "She" : "He"
        switch r.input.posture {
        case .neutral: break
        case .extension: sentences.append("\(pronoun) was examined standing, leaning back.")
        case .flexion: sentences.append("\(pronoun) was examined bent forward.")
        }
        return sentences.joined(separator: " ")
    }

}
