import Anatomy
import Clinical
import Compression
import FigureStyle

/// One piece of a root drawn along its course (sagittal and posterior views): its scene metadata and the id
/// suffix that names it. The piece stands for one model station — `station`, `site`, `level` from the report's
/// vocabulary — or for a stretch the model follows with no station (S1 in the sacrum: "unmodelled", named
/// "sacral"). `intrathecal` says whether the station lies in the dural sac.
enum RootPiece {
    static func describe(root: Root, side: Side, grade: RootGrade, quiz: Bool,
                         place: StationSite?, level: DiscLevel?) -> (metadata: [String: String], name: String) {
        var metadata = Components.rootMetadata(root: root.name, side: side.rawValue, grade: grade, quiz: quiz)
        var name = "sacral"
        if let place, let level {
            metadata["station"] = place.rawValue
            metadata["site"] = place.site.rawValue
            metadata["level"] = level.name
            name = "\(place.rawValue).\(level.name)"
        } else {
            metadata["station"] = "unmodelled"
        }
        metadata["intrathecal"] = place == .inSac ? "true" : "false"
        return (metadata, name)
    }
}
