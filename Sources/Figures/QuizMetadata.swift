import Diagram
import Pathology

/// What a quiz figure (`LabelMode.none`) may carry as model values: the editable SVG writes every node's metadata as
/// `data-` attributes, and a quiz must not name its answer there either (issue 11, error 8). Roots keep their identity
/// (every root is drawn, so naming each gives nothing away) but not their grade, state, or whether a lesion presses them;
/// no node names the level of a section (an axial or foraminal section is cut at the lesion's level) nor a lesion's kind.
enum QuizMetadata {
    /// Keys a quiz figure drops: the grade and its word, whether the root is pressed, the level, the lesion's index.
    static let dropped: Set<String> = ["grade", "state", "pressed", "level", "lesion"]

    /// The structures that name a lesion (herniated disc material, a free fragment, a cyst …); a quiz writes "lesion".
    static let lesionWords: Set<String> = Set(Structure.allCases.filter { $0.isStenosisTissue || $0 == .herniation || $0 == .parsNodule }
        .map(\.rawValue)).union(["free fragment", "annular fissure"])

    /// `scene` with every node's metadata made safe for a quiz.
    static func scrubbed(_ scene: Scene) -> Scene {
        var out = scene
        out.nodes = scene.nodes.map(scrubbed)
        return out
    }

    static func scrubbed(_ node: Node) -> Node {
        switch node {
        case .group(var g):
            g.metadata = scrubbed(g.metadata)
            g.children = g.children.map(scrubbed)
            return .group(g)
        case .path(var p):
            p.metadata = scrubbed(p.metadata)
            return .path(p)
        case .text:
            return node
        }
    }

    static func scrubbed(_ metadata: [String: String]) -> [String: String] {
        guard !metadata.isEmpty else { return metadata }
        var out = metadata.filter { !dropped.contains($0.key) }
        if let s = out["structure"], lesionWords.contains(s) { out["structure"] = "lesion" }
        return out
    }
}
