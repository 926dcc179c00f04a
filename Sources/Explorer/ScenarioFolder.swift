import Foundation
import Scenario

/// The scenario files `radix serve` offers: the `*.yaml` and `*.yml` regular files directly in one folder,
/// read-only. A name is served only when it is in that listing, so nothing outside the folder is ever read:
/// not through `..`, encoded dots or slashes (a name has no slash), nor through a symbolic link that points out
/// of the folder (a link is listed only when its target lies inside it).
public struct ScenarioFolder: Sendable {
    /// The folder as given.
    public let path: String
    /// The folder with symbolic links resolved.
    let root: String

    public init(path: String) {
        self.path = path
        root = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }

    /// True when the folder exists and is a directory.
    public var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The scenario files' names, sorted.
    public func names() -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: root) else { return [] }
        return entries.filter { name in
            guard !name.hasPrefix("."), name.hasSuffix(".yaml") || name.hasSuffix(".yml"), !name.contains("/") else { return false }
            let full = (root as NSString).appendingPathComponent(name)
            let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().standardizedFileURL.path
            guard (target as NSString).deletingLastPathComponent == root || target.hasPrefix(root + "/") else { return false }
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    /// The text of the file called `name` when it is one of ``names()``; nil otherwise (never a path outside).
    public func read(_ name: String) -> Data? {
        guard names().contains(name) else { return nil }
        return try? ScenarioLoader.read(path: (root as NSString).appendingPathComponent(name))
    }
}
