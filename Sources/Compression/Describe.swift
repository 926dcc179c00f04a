import Anatomy
import Pathology

/// Words and numbers for reports: fixed formats, independent of locale.
public enum Describe {
    /// "1.8 mm", one decimal.
    public static func mm(_ v: Double) -> String { "\(number(v, decimals: 1)) mm" }
    /// "142 mm²", whole numbers; below 1 mm² "< 1 mm²" — an area is never written "0 mm²" in prose
    /// (a sac squeezed that far is obliterated, not empty of tissue; the JSON keeps the number).
    public static func mm2(_ v: Double) -> String { v < 0.5 ? "< 1 mm²" : "\(number(v, decimals: 0)) mm²" }

    /// A locale-independent decimal with `decimals` places (0 … 6); −0 printed as 0. Plain integer
    /// arithmetic: Foundation's `String(format:)` is slow on Linux and this runs hundreds of times a report.
    public static func number(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return v > 0 ? "∞" : "−∞" }
        let d = max(0, min(6, decimals))
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        // Past 9e15 the units no longer fit exactly (and past 9.2e18 not in an Int at all): Swift's own spelling.
        guard abs(v) * scale < 9e15 else { return String(v.rounded()) }
        let units = Int((abs(v) * scale).rounded())
        let negative = v < 0 && units != 0
        let whole = units / Int(scale)
        var text = (negative ? "-" : "") + String(whole)
        if d > 0 {
            var frac = String(units % Int(scale))
            while frac.count < d { frac = "0" + frac }
            text += "." + frac
        }
        return text
    }

    /// "7 mm left subarticular extrusion at L4–L5".
    public static func lesion(_ lesion: Lesion, encroachment: Double? = nil) -> String {
        let at = "at \(lesion.level.displayName)"
        switch lesion.kind {
        case .herniation(let h):
            let side = h.side.map { "\($0.rawValue) " } ?? ""
            var text = "\(number(h.sizeMillimetres, decimals: h.sizeMillimetres.rounded() == h.sizeMillimetres ? 0 : 1)) mm \(side)\(h.zone.rawValue) \(h.morphology.rawValue) \(at)"
            if let m = h.migration, m.millimetres > 0 { text += " migrating \(number(m.millimetres, decimals: 0)) mm \(m.direction.rawValue)ly" }
            return text
        case .stenosis(let s):
            let side = s.kind == .central ? "" : "\(s.laterality.rawValue) "
            let by = " from \(s.cause.rawValue.replacingOccurrences(of: "-", with: " "))"
            let e = encroachment.map { " (wall moved in \(mm($0)))" } ?? ""
            return "\(side)\(s.kind.rawValue.replacingOccurrences(of: "-", with: " ")) stenosis\(by) \(at)\(e)"
        case .spondylolisthesis(let s):
            let grade = MeyerdingGrade(slipPercent: s.severity.percent).name
            let dir = s.direction == .posterior ? "retrolisthesis" : "spondylolisthesis"
            return "\(s.kind.rawValue) \(dir) \(at), \(number(s.severity.percent, decimals: 0)) % slip (Meyerding \(grade))"
        case .degeneration(let d):
            switch d.severity {
            case .pfirrmann(let g): return "disc degeneration \(at), Pfirrmann \(["I", "II", "III", "IV", "V"][max(1, min(5, g)) - 1])"
            case .heightLossPercent(let p): return "disc degeneration \(at), \(number(p, decimals: 0)) % height loss"
            }
        }
    }

    /// "left L5".
    public static func root(_ root: Root, _ side: Side) -> String { "\(side.rawValue) \(root.name)" }
}
