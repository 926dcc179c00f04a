/// The side of the drawing a label's column stands on.
public enum LabelSide: String, Hashable, Sendable, CaseIterable {
    case left, right
}

/// A label to place: a text naming the thing at `anchor` (page points).
public struct LabelRequest: Hashable, Sendable {
    /// Identifies the label; the nodes made from it are "label.<id>" and "leader.<id>".
    public var id: String
    public var text: String
    /// The point the leader line touches, normally inside the drawing.
    public var anchor: Point
    /// The column wanted; `nil` for the side nearer the anchor. Honoured unless that would make leaders
    /// from the two sides cross or overfill a column.
    public var preferredSide: LabelSide?

    public init(id: String, text: String, anchor: Point, preferredSide: LabelSide? = nil) {
        self.id = id
        self.text = text
        self.anchor = anchor
        self.preferredSide = preferredSide
    }
}

/// A label with its place: the text block and a leader line of two or three segments.
public struct PlacedLabel: Hashable, Sendable {
    public var id: String
    public var text: String
    public var side: LabelSide
    /// The text broken into lines to fit its column.
    public var lines: [String]
    /// The text block's line boxes, in page points.
    public var frame: Rect
    /// Anchor, elbow, end: a slanted segment from the anchor to the elbow just outside the drawing,
    /// then a horizontal one towards the text (the elbow is straight when the anchor is level with it).
    /// Anchor, bend, elbow, end when the anchor lies in a space walled by ``LabelLayout/obstacles``: the leader
    /// leaves it through the gap, bending there towards its elbow.
    public var leader: [Point]
    /// Where the text node is pinned (anchor `start` on the right, `end` on the left; baseline `middle`).
    public var textPosition: Point
    /// The wrapping width the text was measured with, in points.
    public var maxWidth: Double
}

/// Where every label went, and the ones that did not fit on the page.
public struct LabelPlacement: Hashable, Sendable {
    /// Placed labels, in the order of the requests.
    public var labels: [PlacedLabel]
    /// Requests left out because the columns were full, or a word was wider than any column.
    public var unplaced: [LabelRequest]
}

/// Places labels in a column on each side of a drawing, with leader lines that never cross each other
/// or any label, labels that never overlap, and everything inside `page`.
///
/// Each side's labels stack in slots as tall as each label (plus `spacing` between them) kept as close as
/// possible to their anchors' heights (least squares); leaders are then matched to slots so that none
/// cross (a matching of least total leader length), and the slots re-stacked for the matched order. All anchors of left labels lie at or left of all
/// anchors of right labels, which keeps leaders of the two sides apart. When not everything fits, the
/// last requests are left out first.
public struct LabelLayout: Hashable, Sendable {
    public var font: Font
    /// Bounding box of the drawing being labelled, in page points.
    public var drawing: Rect
    /// The area labels and leaders must stay inside (the page less its margins), in page points.
    public var page: Rect
    /// Vertical gap between neighbouring labels, in points.
    public var spacing: Double
    /// From the drawing's edge (or the outermost anchor) to the leaders' elbows, in points.
    public var elbowGap: Double
    /// Length of the leaders' horizontal part, in points.
    public var leaderRun: Double
    /// Gap between a leader's end and its text, in points.
    public var textGap: Double
    /// Solids a leader's slanted segment should not cross — anatomy such as a bone, each given by the outlines
    /// (page points) of its pieces — other than the one its anchor lies in or on (its target): each label's slot is
    /// sought at the height nearest its anchor from which the leader runs clear of them, and a leader from a space they
    /// wall in bends in the wall's gap and runs out level (``PlacedLabel/leader``) unless it would then cross another
    /// leader. Empty: slots as near their anchors as possible.
    public var obstacles: [[[Point]]] = []
    /// How far (points) from its anchor's height a straight leader's elbow may be moved to run clear of the obstacles
    /// (a leader that can reach a column no nearer crosses them, or bends in a gap). Infinite: anywhere on the page.
    public var reach: Double = .infinity
    /// Per side, how low that column's labels may reach, in page points, when higher than the page's foot: room kept
    /// under the column (for a key). Empty: both columns reach the page's foot.
    public var columnFoot: [LabelSide: Double] = [:]

    /// The lowest a label of `side`'s column may reach, in page points.
    func foot(_ side: LabelSide) -> Double { min(page.maxY, columnFoot[side] ?? page.maxY) }

    public init(
        font: Font, drawing: Rect, page: Rect, spacing: Double = 6, elbowGap: Double = 12, leaderRun: Double = 24,
        textGap: Double = 4
    ) {
        self.font = font
        self.drawing = drawing
        self.page = page
        self.spacing = spacing
        self.elbowGap = elbowGap
        self.leaderRun = leaderRun
        self.textGap = textGap
    }
}
