import Anatomy
import Clinical
import Compression
import Diagram
import FigureStyle
import Geometry
import Pathology

/// A lesion solid near a section plane: cut by it, or beside it (drawn projected). Shared by the axial
/// and foramen views.
struct SectionLesionPiece {
    var solid: Solid
    var rect: RoundedRect
    /// nil when the plane cuts it; otherwise where it lies ("above", "below", "lateral", "medial").
    var offPlane: String?
}

/// A label a section view wants: its text, the model point it names, and whether it survives when the
/// columns are full.
struct SectionLabelItem {
    var id: String
    var text: String
    var anchor: Vec2
    var essential: Bool
    /// For an anchor in a space walled by bone: the in-plane direction (model) of the wall's gap, through which its
    /// leader leaves (the foramen opens forward, through the disc); its label stands on that side. nil: on the side
    /// of the drawing the anchor falls.
    var leaves: Vec2? = nil

    /// A section's items in every label mode.
    static func everyMode(_ labels: (LabelMode) -> [SectionLabelItem]) -> [LabelMode: [SectionLabelItem]] {
        var out: [LabelMode: [SectionLabelItem]] = [:]
        for mode in LabelMode.allCases { out[mode] = labels(mode) }
        return out
    }

    /// The column the label stands in, for the section drawn by `view`, whose middle is at `middle` (page x).
    func side(_ view: SectionView, middle: Double) -> LabelSide {
        let anchor = view.point(self.anchor)
        if let leaves { return view.point(self.anchor + leaves).x < anchor.x ? .left : .right }
        return anchor.x < middle ? .left : .right
    }
}

extension SectionDrawing {
    /// The identity of a drawn root, as scene metadata: `root` (its name, or "S3-S5" for the sacral bundle),
    /// `side`, `grade` (0–3) and `state` (none in a quiz figure), `site`, `station` (the report's station word)
    /// and `level`, `intrathecal`, `pressed` (flattened against the wall by a lesion). The editable SVG writes
    /// them as `data-` attributes.
    static func rootMetadata(_ station: RootStation, grade: RootGrade, pressed: Bool, quiz: Bool, scale: Double) -> [String: String] {
        var values = Components.rootMetadata(root: station.root?.name ?? "S3-S5", side: station.side.rawValue, grade: grade, quiz: quiz)
        values["site"] = station.site.rawValue
        values["station"] = StationSite(station, scale: scale).rawValue
        values["level"] = station.level.name
        values["intrathecal"] = station.intrathecal ? "true" : "false"
        values["pressed"] = pressed ? "true" : "false"
        return values
    }

    /// Label requests for `items`, each on the side of the drawing (`drawn`, page points) its anchor falls.
    static func labelRequests(_ items: [SectionLabelItem], view: SectionView, drawn: Rect) -> [LabelRequest] {
        items.map { item in
            LabelRequest(id: item.id, text: item.text, anchor: view.point(item.anchor), preferredSide: item.side(view, middle: drawn.midX))
        }
    }
}
