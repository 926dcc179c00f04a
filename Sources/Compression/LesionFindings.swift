import Anatomy
import Clinical
import Pathology

extension Simulator {
    static func lesionFindings(_ deformed: DeformedSpine) -> [LesionFinding] {
        deformed.lesions.enumerated().map { index, lesion in
            LesionFinding(index: index, id: lesion.id ?? "\(index + 1)", lesion: lesion,
                          summary: Describe.lesion(lesion, encroachment: deformed.encroachments[index]),
                          msu: msuCode(index, lesion, deformed), encroachment: deformed.encroachments[index])
        }
    }

    /// MSU code (§B7): size 1 ≤ half-way from the disc margin to the intra-facet line, 2 up to the line,
    /// 3 beyond; location by quarters of the intra-facet line (A central two quarters, B lateral quarters,
    /// C beyond the facet), letters joined for straddling lesions. The intra-facet line is taken 70 % of the
    /// canal's AP diameter behind the disc margin and spans the interpedicular width [D].
    static func msuCode(_ index: Int, _ lesion: Lesion, _ deformed: DeformedSpine) -> String? {
        guard case .herniation(let h) = lesion.kind else { return nil }
        let a = deformed[lesion.level].anatomy
        let line = 0.7 * a.segment.canalAP
        let size = h.sizeMillimetres <= line / 2 ? 1 : (h.sizeMillimetres <= line ? 2 : 3)
        guard let solid = deformed.solids.first(where: { $0.lesions == [index] && $0.structure == .herniation }) else {
            return "\(size)"
        }
        let core = (solid.box.min.x + solid.box.rounding)...(solid.box.max.x - solid.box.rounding)
        let hw = a.pedicleWallX
        func overlap(_ lo: Double, _ hi: Double) -> Double {
            let left = max(lo, core.lowerBound), right = min(hi, core.upperBound)
            let mirroredLeft = max(-hi, core.lowerBound), mirroredRight = min(-lo, core.upperBound)
            return max(0, right - left) + max(0, mirroredRight - mirroredLeft)
        }
        var letters = ""
        if max(0, min(hw / 2, core.upperBound) - max(-hw / 2, core.lowerBound)) > 1 { letters += "A" }
        if overlap(hw / 2, hw) > 1 { letters += "B" }
        if overlap(hw, .infinity) > 1 { letters += "C" }
        return "\(size)-\(letters.isEmpty ? "A" : letters)"
    }

    /// The disc, facet or slip itself hurts too: somatic referred pain, strongest in the low back
    /// (§D1 radicular vs referred). A bulge is an imaging finding, not a pain source, and so is a contained
    /// herniation that reaches no root (§G8 "imaging findings alone never imply symptoms"; §E2: herniations
    /// in up to ~36 % of people without back pain); an uncontained one can hurt by itself (§E2).
    static func somaticSources(_ lesions: [Lesion], roots: [RootFinding]) -> [SomaticSource] {
        // Read through indices: filtering the findings would copy each one (this runs for every simulation). Each
        // index is inserted in turn: `LesionSet(_:)` is generic over its sequence and, called from this module, ran
        // unspecialised — a dynamic cast of the array for every hurt root of every simulation.
        var touching = LesionSet()
        for i in roots.indices where roots[i].grade > .normal {
            for lesion in roots[i].lesions { touching.insert(lesion) }
        }
        return lesions.enumerated().compactMap { index, lesion in
            switch lesion.kind {
            case .herniation(let h):
                guard h.morphology != .bulge, h.morphology.isUncontained || touching.contains(index) else { return nil }
                let intensity = min(1, 0.25 + 0.04 * h.sizeMillimetres + (h.morphology.isUncontained ? 0.1 : 0))
                return SomaticSource(level: lesion.level, laterality: h.side.map(Laterality.init) ?? .bilateral, intensity: intensity)
            case .degeneration(let d):
                let loss = d.severity.heightLossFraction
                guard loss >= 0.2 else { return nil }
                return SomaticSource(level: lesion.level, laterality: .bilateral, intensity: min(1, 0.2 + 0.5 * loss))
            case .spondylolisthesis(let s):
                return SomaticSource(level: lesion.level, laterality: .bilateral, intensity: min(1, 0.3 + 0.005 * s.severity.percent))
            case .stenosis(let s):
                guard s.cause == .facetHypertrophy || s.cause == .synovialCyst else { return nil }
                return SomaticSource(level: lesion.level, laterality: s.laterality, intensity: 0.3)
            }
        }
    }

    /// The mechanism of the worst painful root (§C3, §E3, §E5 modifiers): a herniation in the central
    /// canal or lateral recess is discogenic (sitting, flexion, Valsalva), one in or beyond the foramen
    /// closes further in extension and side-bending (``Mechanism/foraminalDisc``); stenosis, a slip,
    /// degeneration or a bulge is stenotic. A herniation wins over the slow lesions it shares a root with.
    /// With no painful root: the first herniation's (for its own somatic pain), or none.
    static func mechanism(_ roots: [RootFinding], lesions: [Lesion]) -> Mechanism {
        func herniationMechanism(_ i: Int) -> Mechanism? {
            guard lesions.indices.contains(i), case .herniation(let h) = lesions[i].kind, h.morphology != .bulge else { return nil }
            switch h.zone {
            case .central, .subarticular: return .discogenic
            case .foraminal, .extraforaminal: return .foraminalDisc
            }
        }
        // The first of the worst painful roots (what a stable sort by `worse` puts first), found in one pass over
        // indices: filtering and sorting the findings copied every one.
        var worst: Int?
        for i in roots.indices where roots[i].involvement.isPainful {
            if let w = worst, !worse(roots[i], than: roots[w]) { continue }
            worst = i
        }
        if let w = worst {
            return roots[w].lesions.lazy.compactMap(herniationMechanism).first ?? .stenotic
        }
        return lesions.indices.lazy.compactMap(herniationMechanism).first ?? .none
    }

    static func redFlags(roots: [RootFinding], cauda: CaudaEquinaFinding, segments: [SegmentFinding], deformed: DeformedSpine) -> [RedFlag] {
        var flags: [RedFlag] = []
        // A bulge is chronic and contained: it crowds a small canal but is not the acute cauda equina syndrome.
        let isAcute = { (s: Solid) -> Bool in
            s.lesions.contains { i in
                guard deformed.lesions.indices.contains(i), case .herniation(let h) = deformed.lesions[i].kind else { return false }
                return h.morphology != .bulge
            }
        }
        let herniationAt = { (level: DiscLevel) -> Bool in
            let local = deformed.solids(for: level)
            let base = local.filter { $0.lesions.isEmpty }
            let full = deformed.duralArea(level, solids: base)
            return local.contains { s in
                s.structure == .herniation && abs(s.level.rawValue - level.rawValue) <= 1 && isAcute(s) &&
                    deformed.meetsSacPlanes(s, at: level) && deformed.duralArea(level, solids: base + [s]) < full - 1
            }
        }
        // Read through indices: filtering the findings would copy each one (this runs for every simulation).
        // The level states through their array, not the subscript (which yields a copy here).
        let crushed = segments.indices.filter {
            segments[$0].measurements.duralArea < deformed.levels[segments[$0].level.rawValue - 1].anatomy.segment.neuralArea
        }
        if let i = crushed.first(where: { segments[$0].level == .L1L2 }) {
            flags.append(RedFlag(.conusMedullaris, level: .L1L2,
                                 why: "The sac at L1–L2 is squeezed to \(Describe.mm2(segments[i].measurements.duralArea)) where the conus medullaris ends: early sphincter loss and saddle anaesthesia, possibly with upper motor neurone signs (§D4)."))
        }
        if let i = crushed.filter({ herniationAt(segments[$0].level) }).min(by: { segments[$0].measurements.duralArea < segments[$1].measurements.duralArea }) {
            let worst = segments[i]
            flags.append(RedFlag(.caudaEquinaSyndrome, level: worst.level,
                                 why: "Herniated disc fills the sac at \(worst.level.displayName) (dural area \(Describe.mm2(worst.measurements.duralArea))): the sacral roots to bladder, bowel and saddle are compressed. Ask about urinary retention and saddle numbness; emergency imaging and surgery (§D4)."))
        } else if let i = segments.indices.first(where: { segments[$0].schizas == .D }) {
            let extreme = segments[i]
            flags.append(RedFlag(.severeCentralStenosis, level: extreme.level,
                                 why: "Schizas D at \(extreme.level.displayName): no CSF and no posterior fat left round the cauda equina; ask about bladder and bowel symptoms (§B2, §D4)."))
        }
        // The roots compressed on each side as bits (by raw value): no sets to hash for every simulation.
        var compressedLeft: UInt64 = 0, compressedRight: UInt64 = 0
        for i in roots.indices where roots[i].grade == .compression {
            let bit: UInt64 = 1 << UInt64(roots[i].root.rawValue)
            if roots[i].side == .left { compressedLeft |= bit } else { compressedRight |= bit }
        }
        let both = compressedLeft & compressedRight
        let bilateral = both == 0 ? [] : Root.allCases.filter { both & (1 << UInt64($0.rawValue)) != 0 }
        let acute = deformed.lesions.contains { if case .herniation(let h) = $0.kind { h.morphology != .bulge } else { false } }
        if !bilateral.isEmpty && acute {
            let names = bilateral.sorted().map(\.name).joined(separator: ", ")
            flags.append(RedFlag(.bilateralRadiculopathy, level: nil,
                                 why: "\(names) compressed on both sides: bilateral leg symptoms are a warning sign of cauda equina compression (§D4)."))
        }
        return flags
    }
}
