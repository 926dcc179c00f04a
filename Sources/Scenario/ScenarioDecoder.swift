import Anatomy
import Pathology
import Yams

/// Checks a YAML tree against scenario format 1 (scenario-format.md §1) and builds the `Scenario`.
/// Every problem goes to the checker; the scenario is returned only when there were none.
struct ScenarioDecoder {
    let checker: Checker
    let file: String

    static let topLevelKeys = ["radix", "title", "description", "atlas", "posture", "anatomy", "lesions", "complaint", "render"]

    func decode(_ root: Node?) -> Scenario? {
        guard let root, !checker.isNull(root) else {
            checker.report(line: 1, column: 1, path: .root,
                           "the file has no scenario in it; a scenario needs at least a title",
                           allowed: Self.topLevelKeys.joined(separator: ", "))
            return nil
        }
        guard var fields = checker.fields(of: root, at: .root,
                                          expected: "a mapping of scenario keys (title, lesions, …) at the top of the file")
        else { return nil }

        if let entry = fields.take("radix") { formatVersion(entry) }
        let title = self.title(fields.take("title"), in: fields)
        let description = fields.take("description").flatMap(optionalText)
        let atlas = fields.take("atlas").map { checker.choice($0.value, at: $0.path, Vocabulary.atlas) } ?? .lee2008
        let posture = fields.take("posture").map { checker.choice($0.value, at: $0.path, Vocabulary.posture) } ?? .neutral
        let anatomy = fields.take("anatomy").map(self.anatomy) ?? AnatomyOptions()
        let lesionsEntry = fields.take("lesions")
        let lesions = lesionsEntry.map { LesionDecoder(checker: checker).lesions($0) } ?? []
        let complaint = fields.take("complaint").map(self.complaint) ?? []
        let render = fields.take("render").map(self.render) ?? RenderDefaults()
        checker.rejectUnknownKeys(fields, known: Self.topLevelKeys, context: "a scenario")
        if checker.diagnostics.isEmpty, let lesionsEntry, let anatomy, let lesions {
            checkBuildable(lesionsEntry, anatomy: anatomy, lesions: lesions)
        }

        guard checker.diagnostics.isEmpty, let title, let atlas, let posture, let anatomy, let lesions, let complaint, let render
        else { return nil }
        return Scenario(title: title, description: description, atlas: atlas, posture: posture, anatomy: anatomy,
                        lesions: lesions, complaint: complaint, render: render, file: file)
    }

    // MARK: Header

    /// `radix: 1` — the only format there is (`1.0` is 1 too).
    private func formatVersion(_ entry: Entry) {
        guard let version = checker.number(entry.value, at: entry.path, Bounds("radix", -1e300...1e300)) else { return }
        if version != 1 {
            checker.report(entry.value, entry.path,
                           "format \(SourceText.quote(entry.value.scalar?.string ?? "")) is not supported; "
                           + "this Radix reads format 1", allowed: "1")
        }
    }

    private func title(_ entry: Entry?, in fields: Fields) -> String? {
        guard let entry else {
            checker.reportMissing("title", in: fields, detail: "a one-line name for the scenario")
            return nil
        }
        guard let text = checker.text(entry.value, at: entry.path, expected: "a title (text)") else { return nil }
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty {
            checker.report(entry.value, entry.path, "the title is empty")
            return nil
        }
        // One line: the breaks of a `|` block or a "\n" escape (accepted before) become single spaces.
        let oneLine = trimmed.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\t" || $0 == "\r" })
            .map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }.joined(separator: " ")
        return printableText(oneLine, entry, what: "the title", allowingLineBreaks: false)
    }

    /// An optional text: an empty value counts as absent. Surrounding blank space and the final newline
    /// of a `>` or `|` block are dropped.
    private func optionalText(_ entry: Entry) -> String? {
        if checker.isNull(entry.value) { return nil }
        return checker.text(entry.value, at: entry.path)
            .flatMap { printableText($0.trimmingWhitespace, entry, what: "the \(entry.key)", allowingLineBreaks: true) }
    }

    /// `text` when it holds no control character (written as an escape such as `"\e"` or `"\u0007"`), which
    /// the text report would send to the terminal as is; a title is one line, a description may also hold
    /// line breaks and tabs. Otherwise reported, suggesting the text with those characters made spaces.
    private func printableText(_ text: String, _ entry: Entry, what: String, allowingLineBreaks: Bool) -> String? {
        let allowed: Set<Unicode.Scalar> = allowingLineBreaks ? ["\n", "\t"] : []
        let bad: (Unicode.Scalar) -> Bool = { scalar in
            !allowed.contains(scalar) && (scalar.properties.generalCategory == .control
                || [0x2028, 0x2029].contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
                || (0x2066...0x2069).contains(scalar.value))
        }
        guard let first = text.unicodeScalars.first(where: bad) else { return text }
        let code = String(first.value, radix: 16, uppercase: true)
        let kind = first.value == 0x2028 || first.value == 0x2029 ? "a line separator" : "a control character"
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { cleaned.append(bad(scalar) ? " " : scalar) }
        let suggestion = String(cleaned).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        checker.report(entry.value, entry.path,
                       "\(what) holds \(kind) (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)), "
                       + "which a report cannot show",
                       allowed: allowingLineBreaks ? "printable text, line breaks and tabs" : "one line of printable text",
                       suggestion: suggestion.isEmpty ? nil : SourceText.quote(suggestion, limit: 60))
        return nil
    }

    // MARK: Anatomy

    /// `anatomy: {scale, levels}`; an empty `anatomy:` is the default anatomy. Nil after a problem.
    private func anatomy(_ entry: Entry) -> AnatomyOptions? {
        guard var fields = checker.fields(of: entry.value, at: entry.path,
                                          expected: "a mapping with scale and/or levels", emptyAllowed: true)
        else { return nil }
        var ok = true
        var options = AnatomyOptions()
        if let scale = fields.take("scale") {
            if let value = checker.number(scale.value, at: scale.path, Bounds("scale", AnatomyOptions.allowedScale)) {
                options.scale = value
            } else { ok = false }
        }
        if let levels = fields.take("levels") {
            if let parsed = self.levels(levels) { options.levels = parsed } else { ok = false }
        }
        checker.rejectUnknownKeys(fields, known: ["scale", "levels"], context: "anatomy")
        return ok ? options : nil
    }

    private func levels(_ entry: Entry) -> [DiscLevel: LevelOverrides]? {
        guard let fields = checker.fields(of: entry.value, at: entry.path,
                                          expected: "a mapping from disc levels (L4-L5, …) to measurements",
                                          emptyAllowed: true)
        else { return nil }
        var ok = true
        var result: [DiscLevel: LevelOverrides] = [:]
        var firstSpelling: [DiscLevel: Entry] = [:]
        for levelEntry in fields.entries {
            guard let level = Vocabulary.discLevel(levelEntry.key) else {
                checker.report(levelEntry.keyNode, entry.path, "'\(SourceText.quote(levelEntry.key))' is not a disc level",
                               allowed: Vocabulary.discLevelsAllowed,
                               suggestion: Vocabulary.nearestDiscLevel(to: levelEntry.key))
                ok = false
                continue
            }
            if let first = firstSpelling[level] {
                let line = Checker.position(of: first.keyNode).line
                checker.report(levelEntry.keyNode, levelEntry.path,
                               "\(level.name) is given twice (also as '\(SourceText.quote(first.key))' on line \(line))")
                ok = false
                continue
            }
            firstSpelling[level] = levelEntry
            if let overrides = self.overrides(levelEntry) { result[level] = overrides } else { ok = false }
        }
        return ok ? result : nil
    }

    /// The measurements of `LevelOverrides.allowedRanges`, each within its range, and `left:`/`right:` mappings of
    /// a side's own paired measurements (`LevelOverrides.sideKeys`).
    private func overrides(_ entry: Entry) -> LevelOverrides? {
        let known = LevelOverrides.allowedRanges.map(\.key) + Side.allCases.map(\.rawValue)
        guard var fields = checker.fields(of: entry.value, at: entry.path,
                                          expected: "a mapping of measurements (\(known.joined(separator: ", ")))",
                                          emptyAllowed: true)
        else { return nil }
        var (values, ok) = measurements(&fields, LevelOverrides.allowedRanges)
        var overrides = LevelOverrides()
        overrides.canalAP = values.removeValue(forKey: "canal_ap_mm")
        overrides.interpedicular = values.removeValue(forKey: "interpedicular_mm")
        overrides.discHeight = values.removeValue(forKey: "disc_height_mm")
        overrides.recessDepth = values.removeValue(forKey: "recess_depth_mm")
        overrides.foramenHeight = values.removeValue(forKey: "foramen_height_mm")
        overrides.foramenWidth = values.removeValue(forKey: "foramen_width_mm")
        overrides.ganglionWidth = values.removeValue(forKey: "ganglion_width_mm")
        for key in values.keys.sorted() {
            checker.report(entry.value, entry.path, "Radix cannot apply '\(key)' yet")
            ok = false
        }
        for side in Side.allCases {
            guard let field = fields.take(side.rawValue) else { continue }
            if let own = sideOverrides(field) {
                if side == .left { overrides.left = own } else { overrides.right = own }
            } else {
                ok = false
            }
        }
        checker.rejectUnknownKeys(fields, known: known, context: "a level's measurements")
        return ok ? overrides : nil
    }

    /// Takes each key of `ranges` that `fields` has, checked against its range: the values by key, and false when
    /// one is not a number in its range (reported).
    private func measurements(_ fields: inout Fields, _ ranges: [(key: String, range: ClosedRange<Double>)]) -> (values: [String: Double], ok: Bool) {
        var values: [String: Double] = [:]
        var ok = true
        for (key, range) in ranges {
            guard let field = fields.take(key) else { continue }
            if let value = checker.number(field.value, at: field.path, Bounds(key, range)) { values[key] = value } else { ok = false }
        }
        return (values, ok)
    }

    /// One side's own measurements of the paired structures (recess, foramen, ganglion), each within its range.
    private func sideOverrides(_ entry: Entry) -> SideOverrides? {
        let ranges = LevelOverrides.allowedRanges.filter { LevelOverrides.sideKeys.contains($0.key) }
        let known = ranges.map(\.key)
        guard var fields = checker.fields(of: entry.value, at: entry.path,
                                          expected: "a mapping of this side's own measurements (\(known.joined(separator: ", ")))",
                                          emptyAllowed: true)
        else { return nil }
        let (values, ok) = measurements(&fields, ranges)
        let own = SideOverrides(recessDepth: values["recess_depth_mm"], foramenHeight: values["foramen_height_mm"],
                                foramenWidth: values["foramen_width_mm"], ganglionWidth: values["ganglion_width_mm"])
        checker.rejectUnknownKeys(fields, known: known, context: "one side's measurements (canal, interpedicular width and disc height belong to the level)")
        return ok ? own : nil
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        let isBlank: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
