/// A failure to draw a scene or to write its file, carrying what was being done and where.
public struct RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What the renderer was doing.
    public enum Operation: String, Hashable, Sendable {
        case createSurface = "create surface"
        case createContext = "create context"
        case createPattern = "create pattern"
        case createTextLayout = "create text layout"
        case draw
        case finishSurface = "finish surface"
        case encodePNG = "encode PNG"
        case decodePNG = "decode PNG"
        case writeCairoPNG = "write PNG with Cairo"
        case createTemporaryFile = "create temporary file"
        case createDirectory = "create directory"
        case writeFile = "write file"
        case syncFile = "sync file"
        case renameFile = "rename file"
        case invalidScene = "check scene"
    }

    public var operation: Operation
    /// The output file, or `nil` when rendering to memory.
    public var path: String?
    /// The Cairo status or system error text.
    public var detail: String
    /// Id of the node being drawn when drawing failed, if any.
    public var nodeID: String?

    public init(_ operation: Operation, path: String?, detail: String, nodeID: String? = nil) {
        self.operation = operation
        self.path = path
        self.detail = detail
        self.nodeID = nodeID
    }

    /// For example `cannot draw Renders/x.png (node "disc.L4-L5"): invalid matrix (not invertible)`.
    public var description: String {
        var text = "cannot \(operation.rawValue)"
        if let path { text += " \(path)" }
        if let nodeID { text += " (node \"\(nodeID)\")" }
        return text + ": \(detail)"
    }
}
