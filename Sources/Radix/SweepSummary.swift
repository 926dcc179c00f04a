import Clinical
import Compression
import Figures

/// The short table `radix sweep` prints: for every root whose grade changes, the first step at which it
/// reaches contact, deviation and compression — the threshold values of the swept parameter — and
/// where it ends.
public enum SweepSummary {
    public static func text(_ input: ProgressionInput, file: String) -> String {
        let p = input.parameter
        let name = p.path.description == p.name ? "" : " (\(p.name))"
        var lines = ["\(file): \(p.path)\(name) from \(input.rangePhrase) in \(input.steps.count) steps"
                     + (p.original.map { "; the file gives \(p.label($0))" } ?? "")]
        if !p.replaced.isEmpty {
            lines.append("  (the file's \(p.replaced.joined(separator: ", ")) is left out while \(p.path) varies)")
        }
        lines.append("")
        let changing = input.changing.filter(\.changesGrade)
        guard !changing.isEmpty else {
            lines.append("No root changes grade over this range.")
            if let closest = input.changing.first {
                let first = closest.findings[0].clearance, last = closest.findings[closest.findings.count - 1].clearance
                lines.append("Most change in room: \(closest.name), clearance \(SweepCSV.fixed(first, 1)) → \(SweepCSV.fixed(last, 1)) mm.")
            }
            return lines.joined(separator: "\n") + "\n"
        }
        var table = [["root", "where (worst step)", "contact", "deviation", "compression", "at the last step"]]
        for track in changing {
            let worst = track.findings[track.worst.step]
            let site = worst.site.rawValue.replacingOccurrences(of: "-", with: " ") + " " + worst.level.displayName
            var row = [track.name, site]
            for grade in [RootGrade.contact, .deviation, .compression] {
                switch track.firstStep(reaching: grade) {
                case nil: row.append("—")
                case 0: row.append("from the start")
                case let i?: row.append(input.label(i))
                }
            }
            let last = track.findings[track.findings.count - 1]
            row.append("\(last.grade.state), clearance \(SweepCSV.fixed(last.clearance, 1)) mm, flattened \(SweepCSV.fixed(last.deformationPercent, 0)) %")
            table.append(row)
        }
        lines += aligned(table)
        lines.append("")
        lines.append("Each value is the first step at which the root reaches that grade or worse; the threshold lies between it")
        lines.append("and the step before. Teaching model — not for diagnosis.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Rows with columns padded to their widest cell (in characters), two spaces apart.
    static func aligned(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                c == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[c] - cell.count)
            }.joined(separator: "  ")
        }
    }
}
