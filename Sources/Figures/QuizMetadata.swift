import Diagram
import Foundation
import Pathology

/// What a quiz figure (`LabelMode.none`) may carry as ids and model values: the editable SVG writes every node's id and
/// metadata (as `data-` attributes), and a quiz must not name its answer there either (issue 11, error 8). No root carries
/// its grade, state, or whether a lesion presses it; no node names the level of a section nor a lesion's kind; and the root
/// and vertebra names in ids and in `root`/`vertebra` values become opaque tokens ("r1", "r2" … one per name, in order of
/// first appearance), since the roots an axial or foraminal section cuts tell its level. Roots stay roots (the same token
/// on every piece of one root).
enum QuizMetadata {
    /// Keys a quiz figure drops: the grade and its word, whether the root is pressed, the level, the lesion's index.
    static let dropped: Set<String> = ["grade", "state", "pressed", "level", "lesion"]

    /// The structures that name a lesion (herniated disc material, a free fragment, a cyst …); a quiz writes "lesion".
    static let lesionWords: Set<String> = Set(Structure.allCases.filter { $0.isStenosisTissue || $0 == .herniation || $0 == .parsNodule }
        .map(\.rawValue)).union(["free fragment", "annular fissure"])

    /// Metadata whose values are root or vertebra names, made opaque like the ids.
    static let named: Set<String> = ["root", "vertebra"]

    /// A root or vertebra name standing alone in an id or value ("L4" in "axial.root.L4.left", both in "disc.L4-L5").
    static let name = try! NSRegularExpression(pattern: "(?<![A-Za-z0-9])(T12|L[1-5]|S[1-5])(?![A-Za-z0-9])")

    /// `scene` with every node's id and metadata made safe for a quiz.
    static func scrubbed(_ scene: Scene) -> Scene {
        var tokens = Tokens()
        var out = scene
        out.nodes = scene.nodes.map { scrubbed($0, &tokens) }
        return out
    }

    /// Opaque tokens for names, one per name in order of first use.
    struct Tokens {
        var map: [String: String] = [:]

        mutating func replacing(in text: String) -> String {
            let range = NSRange(text.startIndex..., in: text)
            var out = "", last = text.startIndex
            for m in QuizMetadata.name.matches(in: text, range: range) {
                guard let r = Range(m.range, in: text) else { continue }
                let word = String(text[r])
                let token = map[word] ?? "r\(map.count + 1)"
                map[word] = token
                out += text[last..<r.lowerBound] + token
                last = r.upperBound
            }
            return out + text[last...]
        }
    }

    static func scrubbed(_ node: Node, _ tokens: inout Tokens) -> Node {
        switch node {
        case .group(var g):
            g.id = tokens.replacing(in: g.id)
            g.metadata = scrubbed(g.metadata, &tokens)
            g.children = g.children.map { scrubbed($0, &tokens) }
            return .group(g)
        case .path(var p):
            p.id = tokens.replacing(in: p.id)
            p.metadata = scrubbed(p.metadata, &tokens)
            return .path(p)
        case .text(var t):
            t.id = tokens.replacing(in: t.id)
            return .text(t)
        }
    }

    static func scrubbed(_ metadata: [String: String], _ tokens: inout Tokens) -> [String: String] {
        guard !metadata.isEmpty else { return metadata }
        var out = metadata.filter { !dropped.contains($0.key) }
        if let s = out["structure"], lesionWords.contains(s) { out["structure"] = "lesion" }
        // In key order, so that the tokens do not depend on the dictionary's order.
        for key in named.sorted() { if let v = out[key] { out[key] = tokens.replacing(in: v) } }
        return out
    }
}
