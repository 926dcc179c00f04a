import Anatomy
import Pathology
import Yams

/// Finds a `ParameterPath` in a valid scenario's YAML tree against scenario format 1: which value it
/// names, of what kind, and what to call it. A path that the format does not have is refused with the
/// nearest valid path; a lesion index beyond the file's lesions says how many there are.
struct ParameterResolver {
    let root: Node
    let path: ParameterPath

    /// What can be swept, for `allowed:` lines.
    static let overview = "posture, anatomy.scale, anatomy.levels.LEVEL.MEASUREMENT, lesions[N].KEY "
        + "(size_mm, migration.mm, morphology, a stenosis severity, slip_percent, grade, pfirrmann, height_loss_percent)"

    func resolve() throws(SweepError) -> SweepParameter {
        guard case .key(let top)? = path.components.first else {
            throw SweepError("'\(path)': a path starts with a key of the file", allowed: Self.overview)
        }
        switch top {
        case "posture":
            try end(at: 1)
            return SweepParameter(path: path, kind: .postures, name: "posture", original: text(value(root, "posture")))
        case "anatomy": return try anatomy()
        case "lesions": return try lesion()
        case "atlas", "title", "description", "radix", "render":
            throw SweepError("'\(top)' does not change the geometry, so there is nothing to sweep",
                             allowed: Self.overview)
        default:
            let suggestion = Suggestions.nearest(to: top, among: ScenarioDecoder.topLevelKeys)
            throw SweepError("'\(SourceText.quote(top))' is not a key of a scenario", allowed: Self.overview,
                             suggestion: suggestion.map { path.replacing(0, with: .key($0)).description })
        }
    }

    // MARK: anatomy

    private func anatomy() throws(SweepError) -> SweepParameter {
        let anatomy = value(root, "anatomy")
        switch key(at: 1) {
        case "scale":
            try end(at: 2)
            return SweepParameter(path: path, kind: .decimal, name: "anatomy scale", original: text(value(anatomy, "scale")))
        case "levels":
            guard let written = key(at: 2) else {
                throw SweepError("'\(path)' is a mapping of levels; name a level and a measurement",
                                 allowed: "anatomy.levels.LEVEL.MEASUREMENT, e.g. anatomy.levels.L4-L5.canal_ap_mm")
            }
            guard let level = Vocabulary.discLevel(written) else {
                throw SweepError("'\(SourceText.quote(written))' is not a disc level", allowed: Vocabulary.discLevelsAllowed,
                                 suggestion: Vocabulary.nearestDiscLevel(to: written).map { path.replacing(2, with: .key($0)).description })
            }
            // Use the file's own spelling of the level, so that the sweep changes its entry rather than adding a second one.
            let levels = value(anatomy, "levels")
            let spelling = levels?.mapping?.keys.compactMap(\.scalar?.string).first { Vocabulary.discLevel($0) == level } ?? level.name
            let canonical = path.replacing(2, with: .key(spelling))
            let measurements = LevelOverrides.allowedRanges.map(\.key)
            guard let measurement = key(at: 3) else {
                throw SweepError("'\(path)' is a mapping; name the measurement to vary", allowed: measurements.joined(separator: ", "),
                                 suggestion: "\(canonical).canal_ap_mm")
            }
            guard measurements.contains(measurement) else {
                throw SweepError("'\(SourceText.quote(measurement))' is not a measurement of a level", allowed: measurements.joined(separator: ", "),
                                 suggestion: Suggestions.nearest(to: measurement, among: measurements).map { canonical.replacing(3, with: .key($0)).description })
            }
            try end(at: 4)
            let name = (SweepVocabulary.names[measurement] ?? measurement) + " at \(level.displayName)"
            return SweepParameter(path: canonical, kind: .decimal, name: name, unit: SweepVocabulary.unit(of: measurement),
                                  original: text(value(value(levels, spelling), measurement)))
        case let other:
            let known = ["scale", "levels"]
            let suggestion = other.flatMap { Suggestions.nearest(to: $0, among: known) }
            throw SweepError(other.map { "'\(SourceText.quote($0))' is not a key of anatomy" } ?? "'\(path)' is a mapping; name a value in it",
                             allowed: "anatomy.scale, anatomy.levels.LEVEL.MEASUREMENT",
                             suggestion: suggestion.map { path.replacing(1, with: .key($0)).description })
        }
    }

    // MARK: lesions

    private func lesion() throws(SweepError) -> SweepParameter {
        let list = value(root, "lesions")?.sequence.map(Array.init) ?? []
        let count = list.count
        let which = count == 0 ? "the file has no lesions" : count == 1 ? "the file has 1 lesion, lesions[0]"
            : "the file has \(count) lesions, lesions[0] … lesions[\(count - 1)]"
        guard path.components.count > 1, case .index(let i) = path.components[1] else {
            var rest = ParameterPath(components: Array(path.components.dropFirst()))
            // `lesions.0.size_mm`: the number meant the index.
            if case .key(let k)? = rest.components.first, let n = Int(k), n >= 0, k.allSatisfy(\.isASCII) {
                rest.components.removeFirst()
                throw SweepError("'\(path)': lesions is a list; write the lesion's number in brackets, counting from 0 (\(which))",
                                 suggestion: "lesions[\(n)]" + (rest.components.isEmpty ? ".size_mm" : "." + rest.description))
            }
            throw SweepError("'\(path)': lesions is a list; say which lesion, counting from 0 (\(which))",
                             suggestion: count == 0 ? nil : "lesions[0]" + (rest.components.isEmpty ? ".size_mm" : "." + rest.description))
        }
        guard i < count else { throw SweepError("'\(path.prefix(2))': \(which)") }
        let lesion = list[i]
        guard let type = text(value(lesion, "type")).flatMap(Vocabulary.lesionType.match) else {
            throw SweepError("'\(path.prefix(2))' has no type")
        }
        let kind = type == .stenosis ? text(value(lesion, "kind")).flatMap(Vocabulary.stenosisKind.match) : nil
        let levelText = text(value(lesion, "level")).flatMap(Vocabulary.discLevel)?.displayName ?? "its level"
        let sweepable = SweepVocabulary.sweepable(type, stenosisKind: kind)
        let what = kind.map { $0.phrase } ?? type.rawValue
        let allowed = sweepable.map { "\(path.prefix(2)).\($0)" }.joined(separator: ", ")
        if path.components.count > 2, case .index = path.components[2] {
            let after = ParameterPath(components: Array(path.components.dropFirst(3)))
            throw SweepError("'\(path)': \(path.prefix(2)) is one lesion, not a list; name the value to vary after a '.'",
                             allowed: allowed,
                             suggestion: "\(path.prefix(2))." + (after.components.isEmpty ? sweepable[0] : after.description))
        }
        guard let key = key(at: 2) else {
            throw SweepError("'\(path)' is \(kind == nil ? "a " : "")\(what); name the value to vary", allowed: allowed,
                             suggestion: "\(path.prefix(2)).\(sweepable[0])")
        }
        let known = LesionDecoder.commonKeys + type.keys
        if !known.contains(key) || (type == .stenosis && StenosisKind.allSeverityKeys.contains(key) && !sweepable.contains(key)) {
            let message = known.contains(key) ? "'\(key)' is not a severity of \(what)"
                : "'\(SourceText.quote(key))' is not a key of \(type.withArticle)"
            let nearest = Suggestions.nearest(to: key, among: sweepable.map { $0 == "migration.mm" ? "migration" : $0 })
            throw SweepError("\(path.prefix(2)) (\(what) at \(levelText)): \(message)", allowed: allowed,
                             suggestion: nearest.map { path.replacing(2, with: .key($0)).description })
        }
        guard sweepable.contains(key) || (key == "migration" && type == .herniation) else {
            throw SweepError("'\(key)' of \(type.withArticle) is not a measure of severity; Radix sweeps numbers "
                             + "and grades that change the geometry", allowed: allowed)
        }
        let lesionPath = path.prefix(2)
        if key == "migration" { return try migration(lesion, at: lesionPath, level: levelText) }
        try end(at: 3)
        let group = SweepVocabulary.severityGroup(type, stenosisKind: kind)
        let replaced = group.filter { $0 != key }.compactMap { k in text(value(lesion, k)).map { (key: k, text: $0) } }
        let original = text(value(lesion, key))
        var name = (SweepVocabulary.names[key] ?? key) + " at \(levelText)"
        let valueKind: SweepValueKind
        switch (key, type) {
        case ("morphology", _):
            valueKind = .morphologies
            name = "disc morphology at \(levelText)"
        case ("grade", .spondylolisthesis):
            valueKind = .meyerding
            name = "Meyerding slip grade at \(levelText)"
        case ("grade", _) where kind == .central:
            valueKind = .schizas
            name = "Schizas grade at \(levelText)"
        case ("grade", _):
            valueKind = .whole
            name = "Lee foraminal grade at \(levelText)"
        case ("pfirrmann", _): valueKind = .whole
        default:
            valueKind = .decimal
            if type == .stenosis {
                // "residual foraminal height of the foraminal stenosis at L5–S1"
                let residual = key == "encroachment_mm" ? "" : "residual "
                name = residual + (SweepVocabulary.names[key] ?? key) + " of the \(what) at \(levelText)"
            }
        }
        return SweepParameter(path: path, kind: valueKind, name: name, unit: valueKind == .decimal ? SweepVocabulary.unit(of: key) : "",
                              original: original, replaced: replaced)
    }

    private func migration(_ lesion: Node, at lesionPath: ParameterPath, level: String) throws(SweepError) -> SweepParameter {
        guard let migration = value(lesion, "migration"), migration.mapping != nil else {
            throw SweepError("\(lesionPath) has no migration to vary; first give it one in the file, e.g. "
                             + "migration: {direction: caudal, mm: 0} (an extrusion or sequestration only)")
        }
        guard let key = key(at: 3), key == "mm" else {
            let given = key(at: 3)
            throw SweepError(given.map { "'\(SourceText.quote($0))' of a migration cannot be swept" } ?? "'\(path)' is a mapping",
                             allowed: "\(lesionPath).migration.mm", suggestion: "\(lesionPath).migration.mm")
        }
        try end(at: 4)
        return SweepParameter(path: path, kind: .decimal, name: "migration at \(level)", unit: "mm", original: text(value(migration, "mm")))
    }

    // MARK: Helpers

    /// The key at `position`, nil when the path ends before it; an index there is refused.
    private func key(at position: Int) -> String? {
        guard path.components.indices.contains(position), case .key(let k) = path.components[position] else { return nil }
        return k
    }

    /// Refuses anything after the value at `count` components.
    private func end(at count: Int) throws(SweepError) {
        guard path.components.count > count else { return }
        let value = path.prefix(count)
        throw SweepError("'\(path)': \(value) is a single value; nothing can follow it", suggestion: value.description)
    }

    private func value(_ node: Node?, _ key: String) -> Node? {
        guard case .mapping(let mapping)? = node else { return nil }
        return mapping.first { $0.key.scalar?.string == key }?.value
    }

    private func text(_ node: Node?) -> String? {
        guard case .scalar(let scalar)? = node, !scalar.string.isEmpty else { return nil }
        return scalar.string
    }
}
