import Anatomy
import Numerals
import Pathology
import Yams

extension ScenarioDecoder {
    /// A stenosis asked for by a residual measure must leave exactly that measure (within 0.1 mm or 1 mm²) in
    /// the neutral spine the file describes, or it is refused here, at the value, with the range this cause
    /// can build at this level (issue 9: one geometry, one measurement). A value at or above the level's own
    /// measure narrows nothing and is accepted (the report then gives the level's measure).
    func checkBuildable(_ entry: Entry, anatomy: AnatomyOptions, lesions: [Lesion]) {
        guard case .sequence(let items) = entry.value, items.count == lesions.count else { return }
        let spine = Spine(options: anatomy)
        for (i, lesion) in lesions.enumerated() {
            // A foraminal height is a height: tissue that narrows the foramen front to back (flavum, cyst) cannot
            // be asked for by it. (Radix 0.1 accepted it and built something else.)
            if case .stenosis(let st) = lesion.kind, st.kind == .foraminal, case .foramenHeight = st.severity,
               st.cause == .ligamentumFlavum || st.cause == .synovialCyst,
               case .mapping(let mapping) = items[i], let pair = mapping.first(where: { $0.key.string == "foramen_height_mm" }) {
                checker.report(pair.value, entry.path.index(i).key("foramen_height_mm"),
                               "a \(st.cause.rawValue) narrows the foramen from behind, front to back; its severity is not a height",
                               allowed: "grade (Lee 0…3) or encroachment_mm with this cause; foramen_height_mm with osteophyte, disc-bulge or facet-hypertrophy",
                               suggestion: "grade: 2")
                continue
            }
            guard case .stenosis(let stenosis) = lesion.kind, let target = Self.residual(stenosis.severity),
                  let check = lesion.residual(in: spine), abs(check.built - check.asked) > check.tolerance else { continue }
            // At or above the level's own measure there is nothing to narrow: accepted, as in Radix 0.1, and the
            // report gives the level's measure (a sweep may start there).
            if let normal = lesion.residual(in: spine, encroachment: 0, measuredAs: stenosis.severity),
               check.asked >= normal - check.tolerance, abs(check.built - normal) <= check.tolerance { continue }
            // What this cause can leave here, wall moved in 0 … 20 mm.
            let samples = (0...200).compactMap { lesion.residual(in: spine, encroachment: Double($0) * 0.1 * anatomy.scale, measuredAs: stenosis.severity) }
            let listed = Self.ranges(samples, gap: target.gap)
                .map { "\(Self.format($0.lowerBound, target.unit)) … \(Self.format($0.upperBound, target.unit))" }.joined(separator: ", ")
            let nearest = samples.min { abs($0 - target.value) < abs($1 - target.value) } ?? check.built
            guard case .mapping(let mapping) = items[i], let pair = mapping.first(where: { $0.key.string == target.key }) else { continue }
            checker.report(pair.value, entry.path.index(i).key(target.key),
                           "\(Self.format(target.value, target.unit)) cannot be built at \(lesion.level.name) by a \(stenosis.cause.rawValue) \(stenosis.kind.rawValue) stenosis (it would leave \(Self.format(check.built, target.unit)))",
                           allowed: "\(listed) here, or encroachment_mm",
                           suggestion: "\(target.key): \(Self.format(nearest, target.unit).split(separator: " ").first.map(String.init) ?? "")")
        }
    }

    /// The key, value, tolerance, unit and gap of a residual severity (a jump of more than `gap` between two
    /// samples 0.1 mm of encroachment apart starts a new range); nil for the others.
    static func residual(_ s: StenosisSeverity) -> (key: String, value: Double, tolerance: Double, unit: String, gap: Double)? {
        switch s {
        case .canalAP(let v): ("canal_ap_mm", v, 0.1, "mm", 2)
        case .duralArea(let v): ("dural_area_mm2", v, 1, "mm²", 15)
        case .recessDepth(let v): ("recess_depth_mm", v, 0.1, "mm", 2)
        case .foramenHeight(let v): ("foramen_height_mm", v, 0.1, "mm", 2)
        case .schizas, .leeForaminal, .encroachment: nil
        }
    }

    /// The sampled values as ranges, split where neighbouring samples are more than `gap` apart.
    static func ranges(_ samples: [Double], gap: Double) -> [ClosedRange<Double>] {
        let sorted = samples.sorted()
        guard var lo = sorted.first else { return [] }
        var hi = lo, out: [ClosedRange<Double>] = []
        for v in sorted.dropFirst() {
            if v - hi > gap { out.append(lo...hi); lo = v }
            hi = v
        }
        out.append(lo...hi)
        return out
    }

    /// `v` in `unit` as the reports write it: mm² in whole numbers, other units with one decimal (the
    /// reports' `Describe.number`). An infinite value or one of 10⁹ or more, which only a mistyped file can
    /// ask for, is echoed as Swift spells it (`1e+20 mm`), so the message shows what was read.
    static func format(_ v: Double, _ unit: String) -> String {
        guard v.isFinite, abs(v) < 1e9 else { return "\(v) \(unit)" }
        return "\(DecimalText.fixed(v, places: unit == "mm²" ? 0 : 1)) \(unit)"
    }
}
