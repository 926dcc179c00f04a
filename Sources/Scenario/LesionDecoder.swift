import Foundation
import Anatomy
import Pathology
import Yams

/// Checks the `lesions:` list and builds its `Lesion`s (scenario-format.md §1, "Lesion types").
/// Each method reports its own problems and returns nil after any of them.
final class LesionDecoder {
    let checker: Checker
    /// Lesion ids seen so far, with where: ids are unique within a file.
    private var ids: [String: Path] = [:]

    init(checker: Checker) { self.checker = checker }

    static let commonKeys = ["type", "level", "id"]

    /// A list of lesions; an empty `lesions:` is an empty list (a normal spine). At most
    /// `ScenarioLoader.maximumLesions`.
    func lesions(_ entry: Entry) -> [Lesion]? {
        if checker.isNull(entry.value) { return [] }
        guard case .sequence(let sequence) = entry.value else {
            let hint = entry.value.mapping != nil ? " (start each lesion with '- ')" : ""
            checker.report(entry.value, entry.path,
                           "expected a list of lesions, found \(checker.describe(entry.value))\(hint)")
            return nil
        }
        var ok = true
        var result: [Lesion] = []
        for (i, node) in sequence.enumerated() {
            let path = entry.path.index(i)
            if i == ScenarioLoader.maximumLesions {
                checker.report(node, path, "too many lesions: a scenario may have at most \(ScenarioLoader.maximumLesions)")
                return nil
            }
            if let lesion = lesion(node, at: path) { result.append(lesion) } else { ok = false }
        }
        return ok ? result : nil
    }

    func lesion(_ node: Node, at path: Path) -> Lesion? {
        guard var fields = checker.fields(of: node, at: path, expected: "a lesion (a mapping with type, level, …)")
        else { return nil }
        var type: LesionType?
        if let entry = fields.take("type") {
            type = checker.choice(entry.value, at: entry.path, Vocabulary.lesionType)
        } else {
            checker.reportMissing("type", in: fields, allowed: Vocabulary.lesionType.allowed)
        }
        var level: DiscLevel?
        if let entry = fields.take("level") {
            level = self.level(entry)
        } else {
            checker.reportMissing("level", in: fields, allowed: Vocabulary.discLevelsAllowed)
        }
        var label: String?
        var labelOK = true
        if let entry = fields.take("id") {
            label = id(entry)
            labelOK = label != nil
        }

        let kind: LesionKind?
        switch type {
        case .herniation: kind = herniation(&fields).map(LesionKind.herniation)
        case .stenosis: kind = stenosis(&fields).map(LesionKind.stenosis)
        case .spondylolisthesis: kind = spondylolisthesis(&fields).map(LesionKind.spondylolisthesis)
        case .degeneration: kind = degeneration(&fields).map(LesionKind.degeneration)
        case nil: kind = nil
        }
        if let type {
            checker.rejectUnknownKeys(fields, known: Self.commonKeys + type.keys, context: type.withArticle)
        } else {
            // Without a type only the keys no lesion takes can be called unknown.
            let all = Self.commonKeys + LesionType.allCases.flatMap(\.keys)
            checker.rejectUnknownKeys(fields, known: all.reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                                      context: "a lesion")
        }
        guard let level, let kind, labelOK else { return nil }
        return Lesion(id: label, level: level, kind: kind)
    }

    private func level(_ entry: Entry) -> DiscLevel? {
        guard let text = checker.scalar(entry.value, at: entry.path, expected: "a disc level",
                                        allowed: Vocabulary.discLevelsAllowed)?.string else { return nil }
        if let level = Vocabulary.discLevel(text) { return level }
        checker.report(entry.value, entry.path, "'\(SourceText.quote(text))' is not a disc level",
                       allowed: Vocabulary.discLevelsAllowed, suggestion: Vocabulary.nearestDiscLevel(to: text))
        return nil
    }

    /// An id: a short label for figures and reports — 1 to 24 printable characters (spaces allowed, no
    /// line breaks or control characters), unique in the file; nil after a problem.
    private func id(_ entry: Entry) -> String? {
        guard let raw = checker.text(entry.value, at: entry.path, expected: "a short label") else { return nil }
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard Self.isValidID(text) else {
            let shortened = String(text.prefix(24)).trimmingCharacters(in: .whitespaces)
            checker.report(entry.value, entry.path,
                           "'\(SourceText.quote(raw))' is not a valid id: use 1 to 24 printable characters on one line",
                           suggestion: Self.isValidID(shortened) ? shortened : nil)
            return nil
        }
        if let first = ids[text] {
            checker.report(entry.value, entry.path, "id '\(text)' is already used by \(first)")
            return nil
        }
        ids[text] = entry.path
        return text
    }

    /// 1–24 characters, none of them a control character or line break.
    static func isValidID(_ text: String) -> Bool {
        (1...24).contains(text.count) && text.unicodeScalars.allSatisfy { !$0.properties.isWhitespace || $0 == " " }
            && !text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// Exactly one of `keys`: reports none (at the mapping) or several (at the second one).
    func exactlyOne(of keys: [String], in fields: Fields, what: String, allowed: String) -> Entry? {
        let given = fields.entries.filter { keys.contains($0.key) }
        if given.isEmpty {
            checker.report(fields.node, fields.path,
                           "missing \(what): give one of \(keys.joined(separator: ", "))", allowed: allowed)
            return nil
        }
        if given.count > 1 {
            checker.report(given[1].keyNode, given[1].path,
                           "give exactly one \(what), not \(given.map(\.key).joined(separator: " and "))",
                           allowed: allowed)
            return nil
        }
        return given[0]
    }
}
