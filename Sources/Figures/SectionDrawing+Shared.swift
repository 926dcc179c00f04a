import Anatomy
import Clinical
import Diagram
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
    /// A measurement (listed in the footer when labels do not fit).
    var measurement = false
}

extension SectionDrawing {
    /// The identity of a drawn root, as scene metadata: "data-root" (its name, or "S3-S5" for the sacral
    /// bundle), "data-side", "data-grade" (0–3), "data-site" (the report's site), "data-intrathecal",
    /// "data-pressed" (flattened against the wall by a lesion).
    static func rootMetadata(_ station: RootStation, grade: RootGrade, pressed: Bool) -> [String: String] {
        ["data-root": station.root?.name ?? "S3-S5", "data-side": station.side.rawValue, "data-grade": String(grade.rawValue),
         "data-site": station.site.rawValue, "data-intrathecal": station.intrathecal ? "true" : "false", "data-pressed": pressed ? "true" : "false"]
    }

    /// Label requests for `items`, each on the side of the drawing (`drawn`, page points) its anchor falls.
    static func labelRequests(_ items: [SectionLabelItem], view: SectionView, drawn: Rect) -> [LabelRequest] {
        items.map { item in
            let anchor = view.point(item.anchor)
            return LabelRequest(id: item.id, text: item.text, anchor: anchor, preferredSide: anchor.x < drawn.midX ? .left : .right)
        }
    }
}
