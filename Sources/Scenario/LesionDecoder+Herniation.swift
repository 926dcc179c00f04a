import Anatomy
import Pathology
import Yams

extension LesionDecoder {
    /// Largest `size_mm` of any herniation and of a bulge, mm.
    static var maximumSize: Double { Vocabulary.sizeMM.upper }
    static var maximumBulgeSize: Double { Vocabulary.bulgeSizeMM.upper }

    /// A herniation: `zone` (required; aliases paracentral, posterolateral, far-lateral), `side` (left|right;
    /// required unless central, not allowed with central), `morphology` (default protrusion), `size_mm`
    /// (0 < size ≤ 20, a bulge ≤ 5), `migration` (only for extrusion and sequestration).
    func herniation(_ fields: inout Fields) -> Herniation? {
        var ok = true
        var zone: HerniationZone?
        if let entry = fields.take("zone") {
            zone = checker.choice(entry.value, at: entry.path, Vocabulary.zone)
        } else {
            checker.reportMissing("zone", in: fields, allowed: Vocabulary.zone.allowed)
        }

        var side: Side?
        if let entry = fields.take("side") {
            if zone == .central {
                checker.report(entry.keyNode, entry.path,
                               "side is not allowed with a central herniation (it lies in the midline)")
                ok = false
            } else if let text = entry.value.scalar?.string, text.lowercased() == Laterality.bilateral.rawValue {
                checker.report(entry.value, entry.path,
                               "a herniation lies on one side; describe a bilateral one as two lesions",
                               allowed: Vocabulary.herniationSide.allowed)
                ok = false
            } else {
                side = checker.choice(entry.value, at: entry.path, Vocabulary.herniationSide)
                ok = ok && side != nil
            }
        } else if let zone, zone != .central {
            checker.reportMissing("side", in: fields, detail: "left or right, for a \(zone.rawValue) herniation",
                                  allowed: Vocabulary.herniationSide.allowed)
            ok = false
        }

        var morphology: HerniationMorphology? = .protrusion
        var morphologyGiven = false
        if let entry = fields.take("morphology") {
            morphology = checker.choice(entry.value, at: entry.path, Vocabulary.morphology)
            morphologyGiven = true
        }

        var size: Double?
        if let entry = fields.take("size_mm") {
            size = checker.number(entry.value, at: entry.path,
                                  Vocabulary.sizeMM)
            if let value = size, morphology == .bulge, value > Self.maximumBulgeSize {
                checker.report(entry.value, entry.path, "\(numberText(entry.value)) is out of range for a bulge "
                               + "(\(Vocabulary.bulgeSizeMM))")
                size = nil
            }
        } else {
            checker.reportMissing("size_mm", in: fields,
                                  detail: "how far the disc reaches beyond its posterior margin, mm",
                                  allowed: Vocabulary.sizeMM.description)
        }

        var migration: Migration?
        if let entry = fields.take("migration") {
            if let morphology, !morphology.isUncontained {
                let which = morphologyGiven ? "a \(morphology.rawValue)" : "a protrusion (the default morphology)"
                checker.report(entry.keyNode, entry.path,
                               "migration is only allowed for an extrusion or a sequestration, not \(which)")
                ok = false
            }
            migration = self.migration(entry)
            ok = ok && migration != nil
        }

        guard ok, let zone, let morphology, let size else { return nil }
        return Herniation(zone: zone, side: side, morphology: morphology, sizeMillimetres: size, migration: migration)
    }

    /// `migration: {direction: cranial|caudal, mm: 0…15}`, both keys required.
    private func migration(_ entry: Entry) -> Migration? {
        guard var fields = checker.fields(of: entry.value, at: entry.path,
                                          expected: "a mapping {direction: cranial|caudal, mm: 0…15}")
        else { return nil }
        var direction: MigrationDirection?
        if let field = fields.take("direction") {
            direction = checker.choice(field.value, at: field.path, Vocabulary.migrationDirection)
        } else {
            checker.reportMissing("direction", in: fields, allowed: Vocabulary.migrationDirection.allowed)
        }
        var mm: Double?
        if let field = fields.take("mm") {
            mm = checker.number(field.value, at: field.path, Vocabulary.migrationMM)
        } else {
            checker.reportMissing("mm", in: fields, detail: "how far the fragment moved, mm", allowed: "0 ≤ mm ≤ 15")
        }
        checker.rejectUnknownKeys(fields, known: ["direction", "mm"], context: "a migration")
        guard let direction, let mm else { return nil }
        return Migration(direction: direction, millimetres: mm)
    }

    /// The scalar text of a node, for messages.
    func numberText(_ node: Node) -> String { SourceText.quote(node.scalar?.string ?? "") }
}
