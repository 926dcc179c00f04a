import Diagram

/// Variants of a scene with one kind of work removed, to see where raster time goes.
enum SceneVariants {
    static func map(_ scene: Scene, _ transform: (Node) -> Node?) -> Scene {
        func visit(_ nodes: [Node]) -> [Node] {
            nodes.compactMap { node -> Node? in
                guard let mapped = transform(node) else { return nil }
                if case .group(var group) = mapped {
                    group.children = visit(group.children)
                    return .group(group)
                }
                return mapped
            }
        }
        var result = scene
        result.nodes = visit(scene.nodes)
        return result
    }

    static func withoutText(_ scene: Scene) -> Scene {
        map(scene) { node in if case .text = node { return nil } else { return node } }
    }

    static func withoutSoftEdges(_ scene: Scene) -> Scene {
        map(scene) { node in
            guard case .path(var path) = node else { return node }
            path.softEdge = nil
            return .path(path)
        }
    }

    static func withSolidPatterns(_ scene: Scene) -> Scene {
        map(scene) { node in
            guard case .path(var path) = node, let fill = path.fill else { return node }
            switch fill.paint {
            case .hatch(let h): path.fill = .color(h.background ?? h.color)
            case .stipple(let s): path.fill = .color(s.background ?? s.color)
            default: break
            }
            return .path(path)
        }
    }

    static func withoutHalos(_ scene: Scene) -> Scene {
        map(scene) { node in
            guard case .text(var text) = node else { return node }
            text.halo = nil
            return .text(text)
        }
    }
}
