import Anatomy
import Clinical
import Pathology
import Yams

extension Vocabulary {
    /// The body-chart regions of the report (scenario format §2 `region`).
    static let region = Choices("body region", of: BodyRegion.self)
}

extension ScenarioDecoder {
    /// The most entries a `complaint:` list may hold: every region on both sides.
    static let maximumComplaints = BodyRegion.allCases.count * Side.allCases.count

    /// `complaint:` — what the patient says hurts, independent of the model: a list of
    /// `{region: <body region>, side: left | right | bilateral}`. An empty `complaint:` is no complaint.
    /// Bilateral entries become one per side; repeats are kept once, in the order first given.
    func complaint(_ entry: Entry) -> [Complaint]? {
        if checker.isNull(entry.value) { return [] }
        guard case .sequence(let sequence) = entry.value else {
            let hint = entry.value.mapping != nil ? " (start each entry with '- ')" : ""
            checker.report(entry.value, entry.path,
                           "expected a list of complaints ({region, side}), found \(checker.describe(entry.value))\(hint)")
            return nil
        }
        var ok = true
        var result: [Complaint] = []
        for (i, node) in sequence.enumerated() {
            let path = entry.path.index(i)
            if i == Self.maximumComplaints {
                checker.report(node, path, "too many complaints: at most \(Self.maximumComplaints) (every region on both sides)")
                return nil
            }
            guard let items = complaintEntry(node, at: path) else { ok = false; continue }
            for item in items where !result.contains(item) { result.append(item) }
        }
        return ok ? result : nil
    }

    private func complaintEntry(_ node: Node, at path: Path) -> [Complaint]? {
        guard var fields = checker.fields(of: node, at: path, expected: "a complaint (a mapping with region and side)")
        else { return nil }
        var region: BodyRegion?
        if let entry = fields.take("region") {
            region = checker.choice(entry.value, at: entry.path, Vocabulary.region)
        } else {
            checker.reportMissing("region", in: fields, allowed: Vocabulary.region.allowed)
        }
        var laterality: Laterality?
        if let entry = fields.take("side") {
            laterality = checker.choice(entry.value, at: entry.path, Vocabulary.laterality)
        } else {
            checker.reportMissing("side", in: fields, allowed: Vocabulary.laterality.allowed)
        }
        checker.rejectUnknownKeys(fields, known: ["region", "side"], context: "a complaint")
        guard let region, let laterality else { return nil }
        return laterality.sides.map { Complaint(region: region, side: $0) }
    }
}
