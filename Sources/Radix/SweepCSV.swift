import Anatomy
import Foundation
import Compression
import Figures

/// The tables of a sweep as CSV (RFC 4180, `\n` line ends, `.` decimal separator, fixed decimals, no
/// locale), tidy: one observation per row, in a fixed order, so that the same sweep gives the same bytes.
public enum SweepCSV {
    /// One row per step, root and side (steps in sweep order; roots L1–S2, left before right):
    /// `step,<path>,root,side,grade,state,site,level,clearance_mm,deformation_percent,inflamed,crowded`.
    /// `step` counts from 1 like the frame files; `<path>` holds the value as written into the file.
    public static func roots(_ input: ProgressionInput) -> String {
        var lines = [row(["step", input.parameter.path.description, "root", "side", "grade", "state", "site", "level",
                          "clearance_mm", "deformation_percent", "inflamed", "crowded"])]
        for (i, step) in input.steps.enumerated() {
            for f in step.result.roots {
                lines.append(row([String(i + 1), step.value.text, f.root.name, f.side.rawValue, String(f.grade.rawValue), f.grade.state,
                                  f.site.rawValue, f.level.name, fixed(f.clearance, 2), fixed(f.deformationPercent, 1),
                                  f.inflamed ? "true" : "false", f.crowded ? "true" : "false"]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per step and disc level (L1–L2 … L5–S1), the measurements of the report's segments:
    /// `step,<path>,level,canal_ap_mm,dural_area_mm2,schizas,recess_depth_left_mm,recess_depth_right_mm,`
    /// `foramen_height_left_mm,foramen_height_right_mm,lee_left,lee_right,slip_percent,meyerding`
    /// (the last two empty where there is no slip).
    public static func segments(_ input: ProgressionInput) -> String {
        var lines = [row(["step", input.parameter.path.description, "level", "canal_ap_mm", "dural_area_mm2", "schizas",
                          "recess_depth_left_mm", "recess_depth_right_mm", "foramen_height_left_mm", "foramen_height_right_mm",
                          "lee_left", "lee_right", "slip_percent", "meyerding"])]
        for (i, step) in input.steps.enumerated() {
            for s in step.result.segments {
                let m = s.measurements
                lines.append(row([String(i + 1), step.value.text, s.level.name, fixed(m.canalAP, 2), fixed(m.duralArea, 1), s.schizas.rawValue,
                                  fixed(m.recessDepth[.left] ?? 0, 2), fixed(m.recessDepth[.right] ?? 0, 2),
                                  fixed(m.foramenHeight[.left] ?? 0, 2), fixed(m.foramenHeight[.right] ?? 0, 2),
                                  String(s.leeForaminal[.left] ?? 0), String(s.leeForaminal[.right] ?? 0),
                                  s.slipPercent.map { fixed($0, 1) } ?? "", s.meyerding?.name ?? ""]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Fields joined by commas; a field holding a comma, quote or line break is quoted.
    static func row(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    /// `value` with exactly `decimals` decimals, rounded half away from zero; never `-0.00`; `nan` and
    /// infinities as empty fields.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded()
        guard scaled < 1e15 else { return String(value) }
        let whole = Int64(scaled)
        let unit = Int64(scale)
        var text = String(whole / unit)
        if decimals > 0 {
            let fraction = String(whole % unit)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return value < 0 && whole != 0 ? "-" + text : text
    }
}
