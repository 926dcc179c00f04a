import Anatomy
import Clinical
import Compression
import Pathology
import Scenario

/// The readable report `radix run` prints by default.
public enum ReportText {
    public static func render(_ r: SimulationResult, scenario: Scenario) -> String {
        var out: [String] = []
        out.append(scenario.title)
        if let file = scenario.file { out.append("(\(file))") }
        if let d = scenario.description { out.append(d.trimmingCharacters(in: .whitespacesAndNewlines)) }
        out.append("Atlas: \(r.input.atlas.displayName) · Posture: \(r.input.posture.rawValue)")
        out.append("")
        out.append("Lesions")
        if r.lesions.isEmpty { out.append("  none — a normal spine") }
        for l in r.lesions {
            out.append("  \(l.id). \(l.summary)" + (l.msu.map { " (MSU \($0))" } ?? ""))
            for share in l.levelShare { out.append("     \(share.sentence)") }
        }
        out.append("")
        out.append("Roots")
        let hurt = r.hurtRoots
        if hurt.isEmpty { out.append("  every root has room (grade 0)") }
        for f in hurt {
            var line = "  \(pad(Describe.root(f.root, f.side), 10)) grade \(f.grade.rawValue) \(pad(f.grade.state, 12)) \(pad(f.station.rawValue.replacingOccurrences(of: "-", with: " "), 15)) \(f.level.displayName)"
            line += "   clearance \(Describe.mm(f.clearance))"
            if f.deformationPercent > 0 { line += ", flattened \(Describe.number(f.deformationPercent, decimals: 0)) %" }
            if f.inflamed { line += ", inflamed" }
            out.append(line)
            // A root caught at more than one place (a double crush) lists every place, worst marked.
            if f.stations.count > 1 {
                for p in f.stations {
                    let worst = p.site == f.station && p.level == f.level ? "  ← worst" : ""
                    var place = "      \(p.level.displayName) \(p.site.phrase): grade \(p.grade.rawValue) \(p.grade.state)"
                    if p.deformationPercent > 0 { place += ", flattened \(Describe.number(p.deformationPercent, decimals: 0)) %" }
                    out.append(place + worst)
                }
            }
        }
        out.append("")
        out.append("Segments        canal AP   dural area  Schizas  recess L/R     foramen L/R    Lee L/R  Meyerding")
        for s in r.segments {
            let m = s.measurements
            out.append("  " + pad(s.level.displayName, 12) + pad(Describe.mm(m.canalAP), 11) + pad(Describe.mm2(m.duralArea), 12)
                       + pad(s.schizas.rawValue, 9) + pad("\(Describe.number(m.recessDepth[.left] ?? 0, decimals: 1))/\(Describe.number(m.recessDepth[.right] ?? 0, decimals: 1)) mm", 15)
                       + pad("\(Describe.number(m.foramenHeight[.left] ?? 0, decimals: 1))/\(Describe.number(m.foramenHeight[.right] ?? 0, decimals: 1)) mm", 15)
                       + pad("\(s.leeForaminal[.left] ?? 0)/\(s.leeForaminal[.right] ?? 0)", 9) + (s.meyerding?.name ?? "—"))
        }
        out.append("  cauda equina: \(r.caudaEquina.compressed ? "COMPRESSED" : "free"), smallest dural area \(Describe.mm2(r.caudaEquina.minDuralArea)) at \(r.caudaEquina.level.displayName)")
        let c = r.clinical
        if !c.painMap.isEmpty {
            out.append("")
            out.append("Pain map")
            for e in c.painMap {
                out.append("  \(pad(e.side.rawValue + " " + e.region.rawValue, 24)) \(pad(e.kind.rawValue, 17)) \(Describe.number(e.intensity, decimals: 2))  (\(e.sourceName))")
            }
        }
        for side in Side.allCases where !(c.knee[side] ?? []).isEmpty {
            out.append("  knee, \(side.rawValue): " + (c.knee[side] ?? []).map(\.rawValue).joined(separator: ", "))
        }
        if !(c.sensory.isEmpty && c.motor.isEmpty && c.reflexes.isEmpty && c.tests.isEmpty) {
            out.append("")
            out.append("Findings")
            for d in c.sensory { out.append("  sensation ↓  \(Describe.root(d.root, d.side)): \(d.keyPoint)") }
            for d in c.motor { out.append("  weakness     \(Describe.root(d.root, d.side)): \(d.action) (\(d.muscle))") }
            for d in c.reflexes { out.append("  reflex       \(d.side.rawValue) \(d.reflex): \(d.change == "diminished" ? "reduced" : d.change)") }
            for t in c.tests { out.append("  test         \(t.side.rawValue) \(t.test): \(t.expected)") }
        }
        if !c.sacralSigns.isEmpty {
            out.append("  cauda equina (\(SacralSign.roots.first ?? "")–\(SacralSign.roots.last ?? "")):")
            for sign in c.sacralSigns { out.append("    \(sign.sign): \(sign.expected)") }
        }
        for note in c.notes { out.append("  note: \(note)") }
        if !c.aggravatedBy.isEmpty {
            out.append("  worse: \(c.aggravatedBy.joined(separator: ", ")); eased: \(c.easedBy.joined(separator: ", "))")
        }
        if let advice = c.advice { out.append("  \(advice)") }
        out += complaintLines(r, scenario: scenario)
        out += mimicLines(r, scenario: scenario)
        if !r.redFlags.isEmpty {
            out.append("")
            out.append("RED FLAGS")
            for f in r.redFlags { out.append("  ! \(f.kind.identifier): \(f.why)") }
        }
        out.append("")
        out.append("Why")
        for s in r.explanation { out.append("  • " + s) }
        out.append("")
        out.append("Teaching model — not for diagnosis.")
        return out.joined(separator: "\n") + "\n"
    }

    /// The patient's complaint and which root, if any, explains each part of it.
    static func complaintLines(_ r: SimulationResult, scenario: Scenario) -> [String] {
        guard !scenario.complaint.isEmpty else { return [] }
        var out = ["", "Complaint"]
        var unexplained: [String] = []
        for complaint in scenario.complaint {
            let roots = complaint.explainingRoots(in: r.clinical.painMap)
            let name = "\(complaint.side.rawValue) \(complaint.region.rawValue)"
            if roots.isEmpty { unexplained.append(name) }
            out.append("  \(pad(name, 24)) " + (roots.isEmpty ? "no root explains it" : "explained by \(roots.map(\.name).joined(separator: ", "))"))
        }
        if !unexplained.isEmpty {
            out.append("  No root explains the \(unexplained.joined(separator: ", ")) pain: look elsewhere — the mimics below.")
        }
        return out
    }

    /// The knee and leg mimics (§F) where this pain map or the complaint hurts in their territory, each
    /// with the sign that tells it apart; nothing when none does.
    static func mimicLines(_ r: SimulationResult, scenario: Scenario) -> [String] {
        let matching = KneeMimic.check(painMap: r.clinical.painMap, complaint: scenario.complaint).filter(\.matches)
        guard !matching.isEmpty else { return [] }
        var out = ["", "Mimics to rule out (they hurt where this patient does)"]
        for m in matching {
            let whereText = m.matched.map { "\($0.side.rawValue) \($0.region.rawValue)" }.joined(separator: ", ")
            out.append("  \(m.cause.condition) (\(whereText)): \(m.cause.distinguishingSign)")
        }
        return out
    }

    private static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count)
    }
}

import Foundation
