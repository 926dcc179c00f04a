import Anatomy
import Clinical
import Diagram
import FigureStyle

/// One segment's part of one body-chart region on one side in one view, for the atlas figures, in
/// the body chart's normalized frame (head heights; see ``BodyChartGeometry``).
///
/// A region reached by several segments is split into bands, one per segment, as wide as its weight
/// (a core share twice an edge share, by area), in cranio-caudal order: top to bottom on the trunk,
/// thigh and front of the knee (between horizontal cuts), where the dermatomes run as oblique bands
/// one under the next; across the limb
/// below (and at the back of the thigh), where they run lengthwise — the cranial root towards the
/// front (medial in the anterior view and on the soles, lateral in the posterior view). The split
/// is schematic: the tables say which roots reach a region, not where inside it each one lies.
struct DermatomeBand {
    var region: BodyRegion
    var side: Side
    var view: BodyView
    var segment: DermatomeSegment
    /// 0 … 1, ``DermatomeArea/core`` or ``DermatomeArea/fringe``.
    var weight: Double
    /// The band: a polygon reaching a little past the region where it meets the region's border, to be
    /// clipped by ``outline``.
    var polygon: [Point]
    /// The whole region's outline (normalized).
    var outline: Path
    /// The region's outline sampled as polygons (for hit tests).
    var regionPolygons: [[Point]]
    /// Points along the band's middle line, from one end to the other (candidate label centres).
    var spine: [Point]

    var isEdge: Bool { weight < DermatomeArea.core }

    /// True when `p` lies inside the band and its region.
    func contains(_ p: Point) -> Bool {
        Polygon.contains(polygon, p) && regionPolygons.contains { Polygon.contains($0, p) }
    }

    /// The point of the band's middle line nearest its middle.
    var anchor: Point { spine.isEmpty ? polygon.first ?? Point(x: 0, y: 0) : spine[spine.count / 2] }

    /// The centres where a `width` × `height` box (normalized units) lies wholly inside the band and its
    /// region, nearest the band's middle first; empty when the box fits nowhere.
    func fittingCentres(width: Double, height: Double) -> [Point] {
        let order = spine.indices.sorted { abs($0 - spine.count / 2) < abs($1 - spine.count / 2) }
        let w = width / 2, h = height / 2
        let probes = [(-w, -h), (0, -h), (w, -h), (-w, 0), (w, 0), (-w, h), (0, h), (w, h), (0, 0)]
        return order.map { spine[$0] }.filter { c in probes.allSatisfy { contains(Point(x: c.x + $0.0, y: c.y + $0.1)) } }
    }

    /// Approximate area (normalized units²), for choosing which band carries a label.
    var area: Double { abs(Polygon.area(polygon)) }
}

/// How a region is split among its segments.
enum BandAxis {
    /// Stacked top to bottom, the cranial segment on top.
    case downward
    /// Side by side across the limb.
    case across

    static func of(_ region: BodyRegion) -> BandAxis {
        switch region {
        case .groin, .lowBack, .buttock, .perineum, .anteriorThigh, .medialThigh, .anteriorKnee, .medialKnee: .downward
        default: .across
        }
    }
}

enum DermatomeBands {
    /// Rows (or columns) sampled across a region when it is split.
    static let samples = 36

    /// Every band of `atlas` in `view` on `side`, region by region in vocabulary order, cranial
    /// segment first within a region. Regions no segment reaches have no band.
    static func bands(_ atlas: Atlas, view: BodyView, side: Side) -> [DermatomeBand] {
        BodyChartGeometry.regions(in: view).flatMap { region in
            bands(of: region, atlas: atlas, view: view, side: side)
        }
    }

    static func bands(of region: BodyRegion, atlas: Atlas, view: BodyView, side: Side) -> [DermatomeBand] {
        let shares = DermatomeSegment.shares(of: region, in: atlas)
        guard !shares.isEmpty, let parts = BodyChartGeometry.shape(region, side, view),
              let outline = BodyChartGeometry.outline(of: region, side: side, in: view) else { return [] }
        let polygons = parts.map { $0.sampled() }
        let axis = BandAxis.of(region)
        // Across the limb, fractions run from the front: medial in front and on the soles, lateral behind.
        let fromLow = (BodyChartGeometry.viewerSign(side, in: view) > 0) == (view != .posterior)
        let trim = axis == .across ? 0.1 : 0
        guard let scan = Polygon.scan(polygons, across: true, samples: samples, trim: trim) else { return [] }
        let total = shares.reduce(0) { $0 + $1.weight }
        var start = 0.0
        return shares.map { share in
            let f0 = start / total, f1 = (start + share.weight) / total
            start += share.weight
            let band = axis == .downward ? Polygon.slab(scan, from: f0, to: f1)
                : Polygon.band(scan, from: f0, to: f1, fromLow: fromLow, across: true)
            return DermatomeBand(region: region, side: side, view: view, segment: share.segment, weight: share.weight,
                                 polygon: band.polygon, outline: outline, regionPolygons: polygons, spine: band.spine)
        }
    }
}
