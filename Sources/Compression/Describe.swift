import Anatomy
import Numerals
import Pathology

/// Words and numbers for reports: fixed formats, independent of locale.
public enum Describe {
    /// "1.8 mm", one decimal.
    public static func mm(_ v: Double) -> String { "\(number(v, decimals: 1)) mm" }
    /// "142 mm²", whole numbers; below 1 mm² "< 1 mm²" — an area is never written "0 mm²" in prose
    /// (a sac squeezed that far is obliterated, not empty of tissue; the JSON keeps the number).
    public static func mm2(_ v: Double) -> String { v < 0.5 ? "< 1 mm²" : "\(number(v, decimals: 0)) mm²" }

    /// A locale-independent decimal with `decimals` places (0 … 6); −0 printed as 0; infinities as ∞ and
    /// −∞ (``DecimalText/fixed(_:places:)``, shared with the scenario checker's messages).
    public static func number(_ v: Double, decimals: Int) -> String { DecimalText.fixed(v, places: decimals) }

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
