import Anatomy
import Clinical
import Pathology

/// The chain a student can follow — lesion → space lost → root → skin — in sentences with the numbers.
enum Explanation {
    static func sentences(for r: SimulationResult) -> [String] {
        var out: [String] = []
        let normal = normalMeasurements(r)
        for finding in r.lesions {
            out.append(lesionSentence(finding, r, normal: normal))
        }
        let hurt = r.hurtRoots
        if hurt.isEmpty {
            if let tightest = r.roots.min(by: { $0.clearance < $1.clearance }) {
                let lead = r.lesions.isEmpty ? "This spine is normal: every root" : "No root is touched: every root"
                out.append("\(lead) keeps fat or fluid round it; the least room is \(Describe.mm(tightest.clearance)) round the \(Describe.root(tightest.root, tightest.side)) root \(place(tightest)).")
            }
            if !r.lesions.isEmpty { out.append("Imaging findings alone are not symptoms: a lesion that touches no root gives no radicular pain or deficit.") }
        }
        for f in hurt.prefix(6) { out.append(rootSentence(f, r)) }
        for f in hurt.prefix(6) where f.involvement.isPainful || f.grade >= .deviation {
            if let skin = skinSentence(f, r) { out.append(skin) }
        }
        if hurt.contains(where: { $0.grade == .contact && !$0.involvement.isPainful }) {
            out.append("Contact alone, without inflamed disc material, usually gives no pain and no deficit (§E5).")
        }
        let kneeSides = Side.allCases.filter { !(r.clinical.knee[$0] ?? []).isEmpty }
        for side in kneeSides {
            let regions = r.clinical.knee[side] ?? []
            let entries = r.clinical.painMap.filter { $0.side == side && regions.contains($0.region) && $0.kind != .somaticReferred }
            let roots = Set(entries.flatMap(\.roots)).sorted().map(\.name).joined(separator: " and ")
            out.append("The \(side.rawValue) knee hurts at its \(regions.map(kneePart).joined(separator: ", ")) because \(roots) supplies that skin under \(r.input.atlas.displayName): the knee itself is normal, so it moves freely and is not tender (§F).")
        }
        if !r.clinical.aggravatedBy.isEmpty {
            out.append("Worse with \(r.clinical.aggravatedBy.joinedList); eased by \(r.clinical.easedBy.joinedList).")
        }
        for flag in r.redFlags { out.append("Red flag — \(flag.why)") }
        return out
    }

    /// The same spine in the same posture without lesions, for "normal" values.
    static func normalMeasurements(_ r: SimulationResult) -> [DiscLevel: LevelMeasurements] {
        let levels = Set(r.input.lesions.map(\.level))
        guard !levels.isEmpty else { return [:] }
        let clean = DeformedSpine(spine: r.spine.spine, posture: r.input.posture, lesions: [])
        var out: [DiscLevel: LevelMeasurements] = [:]
        for l in levels { out[l] = clean.measure(l) }
        return out
    }

    static func lesionSentence(_ f: LesionFinding, _ r: SimulationResult, normal: [DiscLevel: LevelMeasurements]) -> String {
        let level = f.lesion.level
        let seg = r.segment(level)
        let m = seg.measurements
        let n = normal[level] ?? m
        var lead = "The \(f.summary)"
        if let msu = f.msu { lead += " (MSU \(msu))" }
        let canal = "narrows the canal to \(Describe.mm(m.canalAP)) AP (normal \(Describe.mm(n.canalAP))) and the dural sac to \(Describe.mm2(m.duralArea)) (Schizas \(seg.schizas.rawValue))"
        func recess(_ sides: [Side]) -> String {
            sides.map { "the \($0.rawValue) lateral recess to \(Describe.mm(m.recessDepth[$0] ?? 0)) (normal \(Describe.mm(n.recessDepth[$0] ?? 0)))" }.joined(separator: " and ")
        }
        func foramen(_ sides: [Side]) -> String {
            sides.map { "the \($0.rawValue) foramen to \(Describe.mm(m.foramenHeight[$0] ?? 0)) high (normal \(Describe.mm(n.foramenHeight[$0] ?? 0)); Lee grade \(seg.leeForaminal[$0] ?? 0))" }.joined(separator: " and ")
        }
        let effect: String
        switch f.lesion.kind {
        case .herniation(let h):
            let sides = h.side.map { [$0] } ?? Side.allCases
            switch h.zone {
            case .central: effect = canal
            case .subarticular: effect = "narrows " + recess(sides) + "; dural sac \(Describe.mm2(m.duralArea))"
            case .foraminal: effect = "narrows " + foramen(sides)
            case .extraforaminal: effect = "lies beyond the foramen, where the nerve leaves with its ganglion; " + "the foramen itself stays \(Describe.mm(m.foramenHeight[sides[0]] ?? 0)) high"
            }
        case .stenosis(let s):
            switch s.kind {
            case .central: effect = canal
            case .lateralRecess: effect = "narrows " + recess(s.laterality.sides)
            case .foraminal: effect = "narrows " + foramen(s.laterality.sides)
            }
        case .spondylolisthesis:
            effect = "\(canal); it leaves \(foramen(Side.allCases))"
        case .degeneration:
            let state = r.spine[level]
            effect = "lowers the posterior disc to \(Describe.mm(state.discHeight)) (normal \(Describe.mm(state.anatomy.segment.discHeight))) and with it \(foramen(Side.allCases))"
        }
        return "\(lead) \(effect)."
    }

    /// "in the lateral recess at L4–L5, where L5 crosses the disc on its way down to its own foramen".
    static func place(_ f: RootFinding) -> String {
        let l = f.level.displayName
        switch f.site {
        case .lateralRecess:
            if f.root.exitLevel == f.level {
                return "at its axilla above the \(l) disc, where it leaves the sac for the \(l) foramen"
            }
            return "in the lateral recess at \(l), where \(f.root.name) crosses the disc on its way down to leave below the \(f.root.name) pedicle"
        case .foramen:
            return "in the \(l) foramen, where it leaves the canal under the \(f.level.upper.name) pedicle with its ganglion"
        case .extraforaminal:
            return "just outside the \(l) foramen, where the nerve and its ganglion run on the psoas"
        case .centralCanal:
            // The words for where (above the disc for the root that traverses it) are the stations' own.
            let place = "inside" + StationSite.inSac.phrase(f.root, at: f.level).dropFirst("in".count)
            return f.root == f.level.traversingRoot
                ? "\(place), where it still runs with the cauda equina before it leaves for its lateral recess"
                : "\(place), where it still runs with the cauda equina"
        }
    }

    static func rootSentence(_ f: RootFinding, _ r: SimulationResult) -> String {
        var text = "It reaches the \(Describe.root(f.root, f.side)) root \(place(f)): "
        if f.crowded {
            let seg = r.segment(f.level)
            text += "the sac there has \(Describe.mm2(seg.measurements.duralArea)) for roots that need about \(Describe.mm2(r.spine[f.level].anatomy.segment.neuralArea)), so the cauda equina is crowded"
        } else {
            text += "clearance \(Describe.mm(f.clearance))"
        }
        if f.deformationPercent >= RootRoom.maximumDeformation * 100 - 0.05 {
            text += ", crushed with no room left"
        } else if f.deformationPercent > 0 {
            text += ", flattened \(Describe.number(f.deformationPercent, decimals: 0)) %"
        }
        text += " (Pfirrmann grade \(f.grade.rawValue), \(f.grade.state))."
        if f.inflamed { text += " Extruded nucleus pulposus touches it, so even contact can hurt (chemical radiculitis, §E2)." }
        return text
    }

    static func skinSentence(_ f: RootFinding, _ r: SimulationResult) -> String? {
        let pain = r.clinical.painMap.filter { $0.side == f.side && $0.roots.contains(f.root) && $0.kind == .radicular }
        guard !pain.isEmpty else { return nil }
        var text = "\(f.root.name) pain runs into the \(f.side.rawValue) \(pain.map(\.region.phrase).joinedList)"
        if let key = r.clinical.sensory.first(where: { $0.root == f.root && $0.side == f.side }) {
            text += "; sensation is reduced at its key point, \(key.keyPoint)"
        }
        let motor = r.clinical.motor.filter { $0.root == f.root && $0.side == f.side }
        if !motor.isEmpty { text += "; \(motor.map { "\($0.action) (\($0.muscle))" }.joinedList) weakens" }
        text += "."
        return text
    }

    static func kneePart(_ region: BodyRegion) -> String {
        switch region {
        case .anteriorKnee: "front"
        case .medialKnee: "inner side"
        case .lateralKnee: "outer side"
        case .posteriorKnee: "back"
        default: region.rawValue
        }
    }

}
