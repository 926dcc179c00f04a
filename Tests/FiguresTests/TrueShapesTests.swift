import Anatomy
import Diagram
@testable import FigureStyle
@testable import SectionFigures
import Foundation
import Geometry
import Pathology
import XCTest

/// The lesions drawn as the tissue they are (issue 11, "true shapes"): a free fragment apart from its disc, a
/// thickened flavum as a ligament on the canal's back wall that reaches the model's front where the canal is
/// measured, a hypertrophied facet as bone outside the sac, and every root of the cauda equina inside the sac
/// as drawn (indented) in every scenario.
final class TrueShapesTests: XCTestCase {
    typealias S = SectionTestSupport

    /// Even-odd point in polygon.
    func contains(_ polygon: [PlanePoint], _ p: PlanePoint) -> Bool {
        var inside = false
        for i in polygon.indices {
            let a = polygon[i], b = polygon[(i + 1) % polygon.count]
            if (a.v > p.v) != (b.v > p.v), p.u < a.u + (p.v - a.v) / (b.v - a.v) * (b.u - a.u) { inside.toggle() }
        }
        return inside
    }

    func distance(_ p: PlanePoint, toOutline polygon: [PlanePoint]) -> Double {
        var best = Double.infinity
        for i in polygon.indices {
            let a = polygon[i], b = polygon[(i + 1) % polygon.count]
            let d = b - a, l2 = max(1e-12, d.dot(d))
            let t = max(0, min(1, (p - a).dot(d) / l2))
            best = min(best, (p - (a + d * t)).length)
        }
        return best
    }

    func testASequesteredFragmentIsDrawnApartFromItsDiscInTheSagittalAndAxialViews() throws {
        let context = try SagittalFixture.context("07")
        let drawing = SagittalDrawing(result: context.result, style: SagittalStyle(context))
        let disc = try XCTUnwrap(drawing.skeleton.disc(.L4L5))
        let discOutline = SagittalBodies.discOutline(disc)
        let fragments = drawing.lesions.parts(0).filter { FreeFragment.drawnY($0, in: context.result.spine) != nil }
        XCTAssertFalse(fragments.isEmpty, "scenario 07 is a sequestration")
        for solid in fragments {
            let outline = drawing.lesions.outline(solid)
            for p in outline {
                XCTAssertFalse(contains(discOutline, p), "a point of the free fragment lies in its disc")
            }
            // Apart: the nearest points of fragment and disc at least half the drawn gap away (discOutline bows
            // back 0.3 mm past the model's margin).
            let gap = outline.map { distance($0, toOutline: discOutline) }.min() ?? 0
            XCTAssertGreaterThan(gap, 0.5 * FreeFragment.gap, "the free fragment touches its disc")
            // Its back is the model's: the sac and roots meet it where the model has it.
            let y = try XCTUnwrap(FreeFragment.drawnY(solid, in: context.result.spine))
            XCTAssertEqual(y.upperBound, solid.box.max.y)
        }
        // An extrusion, migrated or not, stays joined to its disc.
        let (_, result05) = try S.load("05")
        XCTAssertTrue(result05.spine.solids.allSatisfy { FreeFragment.drawnY($0, in: result05.spine) == nil })
        // The axial view: the fragment lies wholly behind the disc (anterior is up the page).
        let (scenario, result) = try S.load("07")
        let scene = S.scene(AxialPanel(), S.context(scenario, result))
        let discNode = try XCTUnwrap(S.path(scene, "axial.disc"))
        let free = scene.flattened().compactMap { entry -> PathNode? in
            guard case .path(let p) = entry.node, p.metadata["structure"] == "free fragment" else { return nil }
            return p
        }
        XCTAssertFalse(free.isEmpty, "the axial view draws the free fragment")
        for node in free {
            let a = try XCTUnwrap(node.path.bounds), b = try XCTUnwrap(discNode.path.bounds)
            XCTAssertGreaterThan(a.minY, b.maxY, "the free fragment touches the disc in the axial view")
        }
    }

    func testAThickenedFlavumIsASpindleOnTheWallReachingTheModelsFrontAtMidDisc() throws {
        let context = try SagittalFixture.context("14")
        let spine = context.result.spine
        let drawing = SagittalDrawing(result: context.result, style: SagittalStyle(context))
        let midline = drawing.lesions.parts(0).filter { $0.structure == .ligamentumFlavum && SacProfile.crossesMidline($0) }
        XCTAssertEqual(midline.count, 1)
        // Only the midline part is drawn: the capsular parts are the axial view's.
        XCTAssertEqual(drawing.lesions.parts(0).count, 1)
        guard let solid = midline.first else { return }
        let state = spine[solid.level], box = solid.box
        let mid = state.baseZ + state.discHeight / 2
        let wall = drawing.profile.canalAt(mid)
        let front = try XCTUnwrap(SagittalLesions.flavumFront(solid, state: state, wall: wall, z: mid))
        XCTAssertEqual(front, box.min.y - CanalMap.wallOffset(state, mid), accuracy: 1e-9, "the model's front where the canal is measured")
        // Thinning onto the laminae at both ends, and never deeper than the model anywhere.
        for z in stride(from: box.min.z + 0.05, through: box.max.z - 0.05, by: 0.25) {
            let w = drawing.profile.canalAt(z)
            guard let f = SagittalLesions.flavumFront(solid, state: state, wall: w, z: z) else { continue }
            XCTAssertGreaterThanOrEqual(f, box.min.y - CanalMap.wallOffset(state, z) - 1e-9)
        }
        for z in [box.min.z + 0.2, box.max.z - 0.2] {
            let w = drawing.profile.canalAt(z)
            let f = SagittalLesions.flavumFront(solid, state: state, wall: w, z: z) ?? w
            XCTAssertLessThan(w - f, 0.35 * (w - front), "the flavum does not thin onto the lamina at z \(z)")
        }
        // The sac is indented by the ligament as drawn.
        XCTAssertEqual(drawing.profile.backAt(mid), front - 0.3, accuracy: 0.3)
    }

    func testHypertrophiedFacetsAreDrawnAsKnobbedBoneOutsideTheSac() throws {
        var checked = 0
        for file in try S.scenarioFiles() {
            let (scenario, result) = try S.load(String(file.prefix(2)))
            let facets = result.spine.solids.filter { $0.structure == .facetHypertrophy }
            guard !facets.isEmpty else { continue }
            checked += 1
            let context = S.context(scenario, result)
            // Sagittal: projected bone (the light bone of the lateral overlay, not hatched tissue), more than a box's
            // corners, not a rectangle.
            let drawing = SagittalDrawing(result: result, style: SagittalStyle(context))
            for index in result.spine.lesions.indices {
                for solid in drawing.lesions.parts(index) where solid.structure == .facetHypertrophy {
                    XCTAssertEqual(drawing.lesions.paint(solid), .color(context.palette.bone.withAlpha(SagittalOverlay.opacity)), file)
                    XCTAssertGreaterThan(drawing.lesions.outline(solid).count, 40, "\(file): a facet drawn as a box")
                }
            }
            // Axial: every point of a hypertrophied facet in the plane lies outside the sac as drawn.
            let section = AxialSection(result: result, level: AxialPanel().resolvedLevel(result))
            let sac = section.indentedSac() ?? (0..<144).map { i -> Vec2 in
                let t = Double(i) / 144 * 2 * Double.pi, (a, b) = section.sacSemiAxes
                return Vec2(section.sacCentre.x + a * cos(t), section.sacCentre.y + b * sin(t))
            }
            let sacPoly = sac.map { PlanePoint($0.x, $0.y) }
            for piece in section.lesions where piece.offPlane == nil && piece.solid.structure == .facetHypertrophy {
                for p in section.hypertrophiedFacetOutline(piece.rect) {
                    let q = PlanePoint(p.x, p.y)
                    XCTAssertTrue(!contains(sacPoly, q) || distance(q, toOutline: sacPoly) < 0.3, "\(file): the facet lies in the sac at \(p)")
                }
            }
        }
        XCTAssertGreaterThan(checked, 0, "no scenario has facet hypertrophy")
        // Foramen view (22: projected from medial to the plane): a knobbed process inside the model's box.
        let (_, result) = try S.load("22")
        let foramen = ForamenSection(result: result, level: .L4L5, side: .left)
        let pieces = foramen.lesions.filter { $0.solid.structure == .facetHypertrophy }
        XCTAssertFalse(pieces.isEmpty)
        for piece in pieces {
            let r = piece.rect, lump = foramen.facetLump(r)
            XCTAssertTrue(lump.allSatisfy { $0.x >= r.minX - 1e-9 && $0.x <= r.maxX + 1e-9 && $0.y >= r.minY - 1e-9 && $0.y <= r.maxY + 1e-9 })
            XCTAssertEqual(lump.map(\.x).min() ?? .nan, r.minX, accuracy: 1e-6, "it reaches the model's front")
            XCTAssertGreaterThan(Set(lump.prefix(lump.count / 2).map { ($0.x * 10).rounded() }).count, 6, "a knobbed front, not a box")
        }
    }

    func testEveryRootOfTheCaudaLiesInsideTheSacAsDrawnInEveryScenario() throws {
        for file in try S.scenarioFiles() {
            let (_, result) = try S.load(String(file.prefix(2)))
            for level in DiscLevel.allCases {
                let section = AxialSection(result: result, level: level)
                guard let sac = section.indentedSac() else { continue }
                let poly = sac.map { PlanePoint($0.x, $0.y) }
                for mark in section.roots where mark.station.intrathecal {
                    XCTAssertTrue(contains(poly, PlanePoint(mark.centre.x, mark.centre.y)),
                                  "\(file) \(level.name): \(mark.station.root?.name ?? "S3–S5") \(mark.station.side) lies outside the indented sac")
                }
            }
        }
    }

    func testBonesAreDrawnAsBonesWithinTheModelsSolidsAndItsMeasuredMargins() throws {
        // Axial: a pedicle, pars or transverse process cut by the plane lies inside its solid and is not its box.
        let r = RoundedRect(minX: 10, maxX: 18, minY: 2, maxY: 14, rounding: 1)
        for structure in [Structure.pedicle, .pars, .transverseProcess] {
            let outline = AxialSection.boneOutline(r, structure)
            XCTAssertGreaterThan(outline.count, 8, "\(structure)")
            for p in outline {
                XCTAssertTrue(p.x >= r.minX - 1e-9 && p.x <= r.maxX + 1e-9 && p.y >= r.minY - 1e-9 && p.y <= r.maxY + 1e-9,
                              "\(structure) drawn outside its solid at \(p)")
            }
            // Narrower than the box somewhere in its middle (waisted or tapering).
            let middle = outline.filter { abs($0.y - r.center.y) < 0.3 }.map(\.x)
            let across = outline.filter { abs($0.x - r.center.x) < 0.3 }.map(\.y)
            let w = (middle.max() ?? 0) - (middle.min() ?? 0), h = (across.max() ?? 0) - (across.min() ?? 0)
            XCTAssertTrue(w < r.maxX - r.minX - 0.5 || h < r.maxY - r.minY - 0.5, "\(structure) drawn as its box")
        }
        // Foramen: bodies hollowed and waisted, but their posterior wall (the foramen's front) is the model's.
        for prefix in ["01", "14", "21", "22"] {
            let (_, result) = try S.load(prefix)
            for level in DiscLevel.allCases {
                let section = ForamenSection(result: result, level: level, side: .left)
                for body in [section.lowerBodyOutline, section.upperBodyOutline].compactMap({ $0 }) {
                    let shape = section.bodyShape(body)
                    XCTAssertEqual(shape.map(\.x).max() ?? 0, body.maxX, accuracy: 1e-9, "\(prefix) \(level.name)")
                    XCTAssertLessThanOrEqual(shape.map(\.y).max() ?? 0, body.maxY + 1e-9)
                    XCTAssertGreaterThanOrEqual(shape.map(\.y).min() ?? 0, body.minY - 1e-9)
                    let back = shape.filter { abs($0.x - body.maxX) < 1e-9 }
                    XCTAssertFalse(back.isEmpty)
                }
            }
        }
        // Sagittal: concave endplates, but the model's height at the posterior margin.
        let outline = SagittalBodies.outline(depth: 35, anterior: 27, posterior: 25, inset: 0)
        let mid = outline.filter { abs($0.0 + 17.5) < 1 }.map(\.1)
        XCTAssertLessThan(mid.max() ?? 0, 26 - 0.5 * SagittalBodies.endplateHollow, "the upper endplate is not concave")
        XCTAssertGreaterThan(mid.min() ?? 0, 0.5 * SagittalBodies.endplateHollow, "the lower endplate is not concave")
        // The posterior rims (rounded, 2 mm, as before) stay at the model's height: the hollow vanishes there.
        let back = outline.filter { $0.0 > -2.5 }.map(\.1)
        XCTAssertEqual(back.max() ?? 0, 25, accuracy: 0.25)
        XCTAssertEqual(back.min() ?? 0, 0, accuracy: 0.25)
    }

    func testTheSacrumBelowTheCutIsSchematicCurvesForwardAndIsNotPartOfTheCanal() throws {
        let context = try SagittalFixture.context("01")
        let drawing = SagittalDrawing(result: context.result, style: SagittalStyle(context))
        let sacrum = SagittalSacrum(skeleton: drawing.skeleton, spine: context.result.spine, style: drawing.style)
        let st = sacrum.stations()
        XCTAssertEqual(st.count, SagittalSacrum.lengths.count + 1)
        // The sacral kyphosis: each segment's caudal direction turns towards the front (anterior is −u here,
        // the figure viewed from the left), so the pelvic surface is concave.
        let dirs = zip(st, st.dropFirst()).map { ($1.anterior - $0.anterior).normalized }
        for (a, b) in zip(dirs, dirs.dropFirst()) { XCTAssertLessThan(a.cross(b), 0, "the sacrum does not curve forward") }
        // The sac ends above it: the profile's end is above the first station below the cut.
        let end = drawing.map.point(0, drawing.profile.end)
        XCTAssertGreaterThan(end.v, st[1].anterior.v)
    }

    /// The fibrocartilage of a pars defect (21) fills the cleft between the two fragments of the pars, following their
    /// edges, as a lumpy nodule: not the model's box. Every outline point lies within 2.5 mm of the fragments' edges.
    func testAParsDefectsFibrocartilageFillsTheCleftBetweenItsFragments() throws {
        let context = try SagittalFixture.context("21")
        let drawing = SagittalDrawing(result: context.result, style: SagittalStyle(context))
        let nodules = context.result.spine.lesions.indices.flatMap { drawing.lesions.parts($0) }
        let solid = try XCTUnwrap(nodules.first { $0.structure == .parsNodule }, "21 has a pars defect")
        let pose = try XCTUnwrap(drawing.skeleton.pose(solid.level.upper))
        let cleft = SagittalOverlay.parsCleft(pose, ArchDimensions(pose, spine: context.result.spine))
        let outline = drawing.lesions.outline(solid)
        XCTAssertGreaterThan(outline.count, 12, "a lumpy nodule, not a box")
        let edges = [cleft.upper, cleft.lower, [cleft.upper[0], cleft.lower[0]], [cleft.upper[1], cleft.lower[1]]]
        for p in outline {
            XCTAssertLessThan(edges.map { distance(p, toOutline: $0) }.min() ?? .infinity, 2.5, "\(p) strays from the cleft")
        }
        // Both fragments' edges are reached: the tissue joins them.
        for corner in cleft.upper + cleft.lower {
            XCTAssertLessThan(outline.map { ($0 - corner).length }.min() ?? .infinity, 0.8, "the nodule reaches the fragment's corner \(corner)")
        }
    }
}
