import Anatomy
import Pathology
import Foundation

/// Words and numbers for reports: fixed formats, independent of locale.
public enum Describe {
    /// "1.8 mm", one decimal.
    public static func mm(_ v: Double) -> String { "\(number(v, decimals: 1)) mm" }
    /// "142 mm²", whole numbers.
    public static func mm2(_ v: Double) -> String { "\(number(v, decimals: 0)) mm²" }

    /// A locale-independent decimal with `decimals` places; −0 printed as 0.
    public static func number(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return v > 0 ? "∞" : "−∞" }
        let p = pow(10.0, Double(decimals))
        var r = (v * p).rounded() / p
        if r == 0 { r = 0 }
        return String(format: "%.\(decimals)f", r)
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
