import Anatomy
import Clinical
import Diagram
import FigureStyle

// The schematic figure as plain data, in head heights: one half of the body with x growing
// laterally from the midline and y growing down from the vertex; the standing figure is 7.5 heads
// tall (sole at y = 7.5; the toes of the anterior view come a little lower, foreshortened). Arms hang
// slightly away from the body and the legs stand slightly apart, so every surface of the leg shows.

/// One region of one half: its border (one or more closed parts, e.g. a sole and its toe pads) and
/// the point its label points at.
struct RegionShape: Hashable, Sendable {
    var region: BodyRegion
    var parts: [Outline]
    var anchor: Point

    init(region: BodyRegion, outline: Outline, anchor: Point) {
        self.init(region: region, parts: [outline], anchor: anchor)
    }

    init(region: BodyRegion, parts: [Outline], anchor: Point) {
        self.region = region
        self.parts = parts
        self.anchor = anchor
    }
}

/// One view of one half of the figure.
struct HalfFigure: Sendable {
    /// From the vertex down the outside of the head, arm and limb to the crotch, on the midline.
    var chain: [Bezier]
    var regions: [RegionShape]
    /// Thin landmark lines (patella, clavicle, toe clefts, popliteal crease …).
    var landmarks: [Outline]
    /// Key sensory points drawn in this view.
    var keyPoints: [Root: Point]
}

enum HalfFigures {
    // MARK: Shared outline

    /// Medial edge of the leg (t = 0), shared by both views down to the ankle.
    static let medialLeg: [(Double, Double)] = [
        (3.90, 0.0), (4.0, 0.045), (4.3, 0.075), (4.8, 0.115), (5.1, 0.15), (5.3, 0.175), (5.5, 0.19),
        (5.75, 0.205), (6.05, 0.18), (6.5, 0.26), (6.9, 0.34), (7.12, 0.325), (7.3, 0.35),
    ]
    /// Lateral edge (t = 1) from the armpit: side of the chest, waist, hip, thigh, knee, calf, ankle.
    static let lateralLeg: [(Double, Double)] = [
        (2.16, 0.795), (2.4, 0.748), (2.8, 0.665), (3.05, 0.625), (3.3, 0.70), (3.55, 0.80), (3.8, 0.85),
        (4.2, 0.84), (4.7, 0.765), (5.1, 0.685), (5.45, 0.665), (5.8, 0.66), (6.1, 0.69), (6.5, 0.655),
        (6.9, 0.61), (7.15, 0.635), (7.3, 0.64),
    ]

    /// Head, neck, shoulder and the arm down to the hand and back up to the armpit.
    static let headAndArm: [Bezier] = smoothCurve([
        Point(x: 0, y: 0), Point(x: 0.2, y: 0.035), Point(x: 0.325, y: 0.19), Point(x: 0.365, y: 0.40),
        Point(x: 0.395, y: 0.47), Point(x: 0.385, y: 0.60), Point(x: 0.335, y: 0.67), Point(x: 0.27, y: 0.86),
        Point(x: 0.175, y: 1.0), Point(x: 0.18, y: 1.17), Point(x: 0.36, y: 1.29), Point(x: 0.70, y: 1.37),
        Point(x: 0.95, y: 1.46), Point(x: 1.06, y: 1.65), Point(x: 1.09, y: 1.92), Point(x: 1.13, y: 2.35),
        Point(x: 1.19, y: 2.80), Point(x: 1.29, y: 3.30), Point(x: 1.355, y: 3.82), Point(x: 1.43, y: 4.08),
        Point(x: 1.47, y: 4.38), Point(x: 1.41, y: 4.61), Point(x: 1.31, y: 4.60), Point(x: 1.255, y: 4.36),
        Point(x: 1.225, y: 4.06), Point(x: 1.215, y: 3.84), Point(x: 1.115, y: 3.34), Point(x: 0.99, y: 2.84),
        Point(x: 0.905, y: 2.42), Point(x: 0.872, y: 2.25), Point(x: 0.842, y: 2.165), Point(x: 0.812, y: 2.145),
        Point(x: 0.795, y: 2.16),
    ])

    static let armpit = Spline.constant(2.16)
    static let crotch = Spline.constant(3.90)
    static let kneeTop = Spline.constant(5.12)
    static let kneeBottom = Spline.constant(5.80)
    static let ankleTop = Spline.constant(6.95)
    static let ankleCut = Spline.constant(7.30)

    /// The half silhouette of a sheet ending in `cap`.
    static func chain(_ sheet: Sheet, cap: Spline) -> [Bezier] {
        headAndArm + sheet.chain([
            .divider(1, from: armpit, to: cap), .cut(cap, from: .divider(1), to: .divider(0)),
            .divider(0, from: cap, to: crotch),
        ])
    }

    // MARK: Anterior

    static let anteriorSheet = Sheet(
        first: Spline(medialLeg + [(7.45, 0.32), (7.62, 0.29), (7.85, 0.28)]),
        second: Spline(lateralLeg + [(7.45, 0.72), (7.62, 0.785), (7.85, 0.80)]))
    /// The toes, foreshortened: the great toe longest, the little toe shortest.
    static let toes = toeEdge(start: [(0.24, 7.69)],
                              toes: [(0.345, 0.068, 7.875), (0.455, 0.040, 7.86), (0.54, 0.037, 7.84), (0.619, 0.034, 7.815), (0.692, 0.031, 7.785)],
                              clefts: [7.80, 7.795, 7.785, 7.765], end: [(0.75, 7.74), (0.84, 7.64)])
    /// The clefts between the toes, medial to lateral.
    static let toeClefts: [Double] = [0.414, 0.499, 0.581, 0.657]

    /// An edge y = f(x) along a row of toes: each toe a rounded bump, each cleft between two toes a
    /// corner. Toes are (centre, half-width, tip y); `clefts` are the y of the clefts between them.
    static func toeEdge(start: [(Double, Double)], toes: [(Double, Double, Double)], clefts: [Double],
                        end: [(Double, Double)]) -> Spline {
        var points = start
        var corners: Set<Int> = []
        for (k, toe) in toes.enumerated() {
            let (c, w, tip) = toe
            let near = k < clefts.count ? clefts[k] : (k > 0 ? clefts[k - 1] : tip)
            let shoulder = tip - 0.3 * (tip - near)
            points += [(c - 0.72 * w, shoulder), (c, tip), (c + 0.72 * w, shoulder)]
            if k < clefts.count, k + 1 < toes.count {
                let next = toes[k + 1]
                corners.insert(points.count)
                points.append(((c + w + next.0 - next.1) / 2, clefts[k]))
            }
        }
        return Spline(points + end, corners: corners)
    }

    static let inguinal = Spline.line((0, 3.74), (0.9, 3.40))
    static let thighTop = Spline.line((0, 3.90), (0.9, 3.69))
    static let toeLine = Spline.constant(7.62)

    static let anterior: HalfFigure = {
        let s = anteriorSheet
        func region(_ r: BodyRegion, _ outline: Outline, _ t: Double, _ y: Double) -> RegionShape {
            RegionShape(region: r, outline: outline, anchor: s.at(t, y))
        }
        let groin = s.outline([.cut(inguinal, from: .x(0), to: .divider(1)), .divider(1, from: inguinal, to: thighTop),
                               .cut(thighTop, from: .divider(1), to: .divider(0)), .line(to: Point(x: 0, y: 3.74))])
        let dorsum = s.outline([
            .cut(ankleCut, from: .divider(0), to: .divider(0.82)), .divider(0.82, from: ankleCut, to: toes),
            .cut(toes, from: .divider(0.82), to: .divider(0.255)), .divider(0.255, from: toes, to: toeLine),
            .cut(toeLine, from: .divider(0.255), to: .divider(0)), .divider(0, from: toeLine, to: ankleCut),
        ])
        let greatToe = s.outline([
            .cut(toeLine, from: .divider(0), to: .divider(0.255)), .divider(0.255, from: toeLine, to: toes),
            .cut(toes, from: .divider(0.255), to: .divider(0)), .divider(0, from: toes, to: toeLine),
        ])
        let regions = [
            RegionShape(region: .groin, outline: groin, anchor: Point(x: 0.42, y: 3.70)),
            region(.medialThigh, s.cell(0, 0.28, thighTop, kneeTop), 0.14, 4.6),
            region(.anteriorThigh, s.cell(0.28, 0.74, thighTop, kneeTop), 0.51, 4.45),
            region(.lateralThigh, s.cell(0.74, 1, thighTop, kneeTop), 0.87, 4.45),
            region(.medialKnee, s.cell(0, 0.30, kneeTop, kneeBottom), 0.15, 5.5),
            region(.anteriorKnee, s.cell(0.30, 0.72, kneeTop, kneeBottom), 0.51, 5.62),
            region(.lateralKnee, s.cell(0.72, 1, kneeTop, kneeBottom), 0.86, 5.46),
            region(.medialLeg, s.cell(0, 0.30, kneeBottom, ankleTop), 0.15, 6.35),
            region(.anteriorLeg, s.cell(0.30, 0.70, kneeBottom, ankleCut), 0.5, 6.35),
            region(.lateralLeg, s.cell(0.70, 1, kneeBottom, ankleTop), 0.85, 6.35),
            region(.medialAnkle, s.cell(0, 0.30, ankleTop, ankleCut), 0.15, 7.16),
            region(.lateralAnkle, s.cell(0.70, 1, ankleTop, ankleCut), 0.85, 7.12),
            region(.dorsumFoot, dorsum, 0.55, 7.47),
            region(.greatToe, greatToe, 0.13, 7.74),
            region(.lateralFoot, s.cell(0.82, 1, ankleCut, toes), 0.91, 7.5),
        ]
        let patella = Outline(ellipse(center: s.at(0.52, 5.38), rx: 0.085, ry: 0.12))
        let clavicle = Outline(smoothCurve([Point(x: 0.07, y: 1.34), Point(x: 0.35, y: 1.41), Point(x: 0.66, y: 1.38)]))
        let clefts = toeClefts.map { x in
            Outline([.line(Point(x: x, y: toes.value(x)), Point(x: x - 0.006, y: toes.value(x) - 0.055))])
        }
        let keyPoints: [Root: Point] = [
            .L1: s.at(0.45, 3.98), .L2: s.at(0.42, 4.45), .L3: s.at(0.13, 5.22), .L4: s.at(0.13, 7.12),
            .L5: s.at(0.55, 7.645),
        ]
        return HalfFigure(chain: chain(s, cap: toes), regions: regions, landmarks: [patella, clavicle] + clefts,
                          keyPoints: keyPoints)
    }()

    // MARK: Posterior

    static let posteriorSheet = Sheet(
        first: Spline(medialLeg + [(7.42, 0.335), (7.53, 0.37)]),
        second: Spline(lateralLeg + [(7.42, 0.655), (7.53, 0.625)]))
    /// The heel on the floor, seen from behind.
    static let heelFloor = Spline([(0.3, 7.49), (0.49, 7.545), (0.68, 7.49)])
    static let lowBackTop = Spline.constant(2.70)
    static let iliacCrest = Spline([(0, 3.36), (0.35, 3.28), (0.75, 3.17), (0.95, 3.12)])
    static let glutealFold = Spline([(0, 3.90), (0.25, 3.97), (0.55, 3.93), (0.95, 3.78)])
    static let heelTop = Spline.constant(7.12)
    /// The saddle (S3–S5): the perianal skin and the perineum between the buttocks and the medial part of
    /// each buttock down to the infragluteal fold (ISNCSCI S3 at the ischial tuberosity, S4–5 perianal):
    /// from the cleft's top round the medial buttock to the fold, then along the fold to the crotch.
    static let perineum = [Point(x: 0, y: 3.50), Point(x: 0.2, y: 3.55), Point(x: 0.31, y: 3.71), Point(x: 0.33, y: 3.96),
                           Point(x: 0, y: 3.90)]
    /// ISNCSCI key points of the saddle, in half-figure units: S3 at the ischial tuberosity (infragluteal
    /// fold), S4–5 perianal (on the midline).
    static let s3KeyPoint = Point(x: 0.24, y: 3.88)
    static let s45KeyPoint = Point(x: 0, y: 3.78)

    static let posterior: HalfFigure = {
        let s = posteriorSheet
        func region(_ r: BodyRegion, _ outline: Outline, _ t: Double, _ y: Double) -> RegionShape {
            RegionShape(region: r, outline: outline, anchor: s.at(t, y))
        }
        let lowBack = s.outline([.cut(lowBackTop, from: .x(0), to: .divider(1)), .divider(1, from: lowBackTop, to: iliacCrest),
                                 .cut(iliacCrest, from: .divider(1), to: .x(0))])
        let buttock = s.outline([.cut(iliacCrest, from: .x(0), to: .divider(1)), .divider(1, from: iliacCrest, to: glutealFold),
                                 .cut(glutealFold, from: .divider(1), to: .x(perineum[3].x)), .line(to: perineum[2]), .line(to: perineum[1]),
                                 .line(to: perineum[0])])
        let saddle = s.outline([.cut(glutealFold, from: .x(0), to: .x(perineum[3].x)), .line(to: perineum[2]), .line(to: perineum[1]),
                                .line(to: perineum[0])])
        let regions = [
            RegionShape(region: .lowBack, outline: lowBack, anchor: Point(x: 0.36, y: 2.98)),
            RegionShape(region: .buttock, outline: buttock, anchor: Point(x: 0.44, y: 3.6)),
            RegionShape(region: .perineum, outline: saddle, anchor: Point(x: 0.14, y: 3.64)),
            region(.medialThigh, s.cell(0, 0.22, glutealFold, kneeTop), 0.11, 4.6),
            region(.posteriorThigh, s.cell(0.22, 0.76, glutealFold, kneeTop), 0.49, 4.5),
            region(.lateralThigh, s.cell(0.76, 1, glutealFold, kneeTop), 0.88, 4.5),
            region(.medialKnee, s.cell(0, 0.25, kneeTop, kneeBottom), 0.12, 5.46),
            region(.posteriorKnee, s.cell(0.25, 0.75, kneeTop, kneeBottom), 0.5, 5.6),
            region(.lateralKnee, s.cell(0.75, 1, kneeTop, kneeBottom), 0.875, 5.46),
            region(.medialLeg, s.cell(0, 0.27, kneeBottom, ankleTop), 0.13, 6.35),
            region(.posteriorLeg, s.cell(0.27, 0.72, kneeBottom, heelTop), 0.495, 6.35),
            region(.lateralLeg, s.cell(0.72, 1, kneeBottom, ankleTop), 0.86, 6.35),
            region(.medialAnkle, s.cell(0, 0.27, ankleTop, heelFloor), 0.13, 7.2),
            region(.lateralAnkle, s.cell(0.72, 1, ankleTop, ankleCut), 0.86, 7.12),
            region(.heel, s.cell(0.27, 0.72, heelTop, heelFloor), 0.495, 7.3),
            region(.lateralFoot, s.cell(0.72, 1, ankleCut, heelFloor), 0.86, 7.42),
        ]
        let crease = Outline(smoothCurve([s.at(0.3, 5.44), s.at(0.5, 5.47), s.at(0.7, 5.44)]))
        let scapula = Outline(smoothCurve([Point(x: 0.62, y: 1.62), Point(x: 0.34, y: 1.60), Point(x: 0.25, y: 1.72),
                                           Point(x: 0.27, y: 2.02), Point(x: 0.33, y: 2.24), Point(x: 0.44, y: 2.12),
                                           Point(x: 0.60, y: 1.86)]))
        let keyPoints: [Root: Point] = [.S1: s.at(0.62, 7.36), .S2: s.at(0.5, 5.45)]
        return HalfFigure(chain: chain(s, cap: heelFloor), regions: regions, landmarks: [crease, scapula],
                          keyPoints: keyPoints)
    }()

    /// An ellipse as four cubic segments.
    static func ellipse(center c: Point, rx: Double, ry: Double) -> [Bezier] {
        let k = 0.552_284_749_830_793_4
        let e = Point(x: c.x + rx, y: c.y), s = Point(x: c.x, y: c.y + ry)
        let w = Point(x: c.x - rx, y: c.y), n = Point(x: c.x, y: c.y - ry)
        return [
            Bezier(start: e, control1: Point(x: e.x, y: c.y + k * ry), control2: Point(x: c.x + k * rx, y: s.y), end: s),
            Bezier(start: s, control1: Point(x: c.x - k * rx, y: s.y), control2: Point(x: w.x, y: c.y + k * ry), end: w),
            Bezier(start: w, control1: Point(x: w.x, y: c.y - k * ry), control2: Point(x: c.x - k * rx, y: n.y), end: n),
            Bezier(start: n, control1: Point(x: c.x + k * rx, y: n.y), control2: Point(x: e.x, y: c.y - k * ry), end: e),
        ]
    }
}
