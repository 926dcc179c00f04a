import Anatomy
import Diagram
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import Foundation
import Geometry
import Pathology
import XCTest

/// Facet hypertrophy and pars defects in the axial and foramen views as what they are (issue 11): a hypertrophied
/// facet is the superior articular process grown — bone, with osteophytes — not a hatched shape laid in the recess;
/// a pars defect's fibrocartilage is a thin cleft at the pars, not a box over lamina and facet; no root lies in the
/// enlarged bone.
final class ArticularProcessTests: XCTestCase {
    typealias S = SectionTestSupport

    /// Scenarios with a hypertrophied facet in the axial plane.
    static let hypertrophy = [("15", DiscLevel.L4L5), ("22", .L4L5)]

    private func paths(_ scene: Scene, structure: Structure) -> [PathNode] {
        scene.flattened().compactMap { entry in
            guard case .path(let p) = entry.node, p.metadata["structure"] == structure.rawValue else { return nil }
            return p
        }
    }

    private func area(_ polygon: [Vec2]) -> Double {
        abs(polygon.indices.reduce(0) { sum, i in
            let p = polygon[i], q = polygon[(i + 1) % polygon.count]
            return sum + p.x * q.y - q.x * p.y
        }) / 2
    }

    /// (a) The hypertrophy is drawn as the articular process's bone: filled like bone, outlined with the bone's cortex,
    /// its back inside the arch it grew from; its front reaches the model's front, ahead of the normal process by the
    /// encroachment, and grows with it; no hatched shape is left in the view.
    func testHypertrophyIsTheArticularProcessGrownNotAHatchedShape() throws {
        for (prefix, level) in Self.hypertrophy {
            let (scenario, result) = try S.load(prefix)
            let context = S.context(scenario, result)
            let scene = S.scene(AxialPanel(), context)
            let drawn = paths(scene, structure: .facetHypertrophy)
            let fills = drawn.filter { $0.fill != nil }, cortices = drawn.filter { $0.stroke != nil }
            XCTAssertFalse(fills.isEmpty, "\(prefix): no enlarged process drawn")
            for node in fills { XCTAssertEqual(node.fill, .color(context.palette.bone), "\(prefix): \(node.id) is not bone") }
            for node in cortices { XCTAssertEqual(node.stroke?.color, context.palette.boneOutline, "\(prefix): \(node.id) has no cortex") }
            let hatched = scene.flattened().filter { entry in
                guard case .path(let p) = entry.node, let fill = p.fill, case .hatch = fill.paint else { return false }
                return true
            }
            XCTAssertEqual(hatched.map(\.node.id), [], "\(prefix): a hatched shape is left")

            let section = AxialSection(result: result, level: level)
            let arch = section.archOutline().map { Point(x: $0.x, y: $0.y) }
            let pieces = section.lesions.filter { $0.offPlane == nil && $0.solid.structure == .facetHypertrophy }
            XCTAssertFalse(pieces.isEmpty, prefix)
            for piece in pieces {
                let r = piece.rect, g = r.center.x >= 0 ? 1.0 : -1.0
                let outline = section.hypertrophiedFacetOutline(r)
                let front = Array(outline.prefix(outline.count / 2)), back = Array(outline.suffix(outline.count / 2))
                XCTAssertEqual(front.map(\.y).min() ?? .nan, r.minY, accuracy: 0.05, "\(prefix): the front is not the model's")
                XCTAssertGreaterThan(section.recessFront(sign: g) - r.minY, 1, "\(prefix): the process has not grown forward")
                // Its back lies in the arch beside the recess (lateral to the medial facet edge): one bone with it.
                let lateralBack = back.filter { abs($0.x) > section.laminaHalfWidth + 0.3 }
                XCTAssertFalse(lateralBack.isEmpty)
                XCTAssertTrue(lateralBack.allSatisfy { Polygons.contains(arch, Point(x: $0.x, y: $0.y)) }, "\(prefix): its back is not in the arch")
                // A deeper encroachment draws a bigger process.
                let deeper = RoundedRect(minX: r.minX, maxX: r.maxX, minY: r.minY - 1, maxY: r.maxY, rounding: r.rounding)
                XCTAssertGreaterThan(area(section.hypertrophiedFacetOutline(deeper)), area(outline) + 0.5 * (r.maxX - r.minX), prefix)
            }
        }
    }

    /// (b) Its front carries pointed osteophytes: at least two tips reaching the model's front, with hollows at least
    /// 0.5 mm deep between them; in the foramen view too.
    func testTheEnlargedProcessCarriesOsteophytes() throws {
        func tips(_ profile: [Double], front: Double) -> Int {
            var count = 0, deepSince = true
            for (i, y) in profile.enumerated() {
                if y > front + 0.5 { deepSince = true }
                let left = i > 0 ? profile[i - 1] : .infinity, right = i + 1 < profile.count ? profile[i + 1] : .infinity
                if deepSince, y <= front + 0.1, y <= left, y <= right {
                    count += 1
                    deepSince = false
                }
            }
            return count
        }
        for (prefix, level) in Self.hypertrophy {
            let (_, result) = try S.load(prefix)
            let section = AxialSection(result: result, level: level)
            for piece in section.lesions where piece.offPlane == nil && piece.solid.structure == .facetHypertrophy {
                let outline = section.hypertrophiedFacetOutline(piece.rect)
                XCTAssertGreaterThanOrEqual(tips(outline.prefix(outline.count / 2).map(\.y), front: piece.rect.minY), 2, "\(prefix) axial")
            }
        }
        let (_, result) = try S.load("22")
        let foramen = ForamenSection(result: result, level: .L4L5, side: .left)
        let pieces = foramen.lesions.filter { $0.solid.structure == .facetHypertrophy }
        XCTAssertFalse(pieces.isEmpty)
        for piece in pieces {
            let lump = foramen.facetLump(piece.rect)
            XCTAssertGreaterThanOrEqual(tips(lump.prefix(lump.count / 2).map(\.x), front: piece.rect.minX), 2, "22 foramen")
        }
    }

    /// (c) The fibrocartilage of 21's pars defects (above the axial plane) is drawn as a thin cleft within the pars's
    /// region, lateral to the lamina's central part: never a box over the lamina or the midline.
    func testTheParsDefectIsAThinCleftAtThePars() throws {
        let (scenario, result) = try S.load("21")
        let section = AxialSection(result: result, level: .L5S1)
        let pieces = section.lesions.filter { $0.solid.structure == .parsNodule }
        XCTAssertEqual(pieces.count, 2, "one defect on each side")
        for piece in pieces {
            let r = piece.rect, cleft = section.parsCleftOutline(r)
            XCTAssertTrue(cleft.allSatisfy { $0.x >= r.minX - 1e-9 && $0.x <= r.maxX + 1e-9 && $0.y >= r.minY - 1e-9 && $0.y <= r.maxY + 1e-9 },
                          "the cleft leaves the pars")
            XCTAssertTrue(cleft.allSatisfy { abs($0.x) > section.laminaHalfWidth }, "the cleft lies over the lamina")
            XCTAssertLessThan(area(cleft), 0.25 * (r.maxX - r.minX) * (r.maxY - r.minY), "a box, not a cleft")
            let ys = cleft.map(\.y)
            XCTAssertLessThan((ys.max() ?? 0) - (ys.min() ?? 0), 0.5 * (r.maxY - r.minY), "not thin")
        }
        // In the scene: the drawn tissue (named as what it is) lies clear of the midline, each piece on its own side.
        let scene = S.scene(AxialPanel(), S.context(scenario, result))
        let sac = try XCTUnwrap(S.path(scene, "axial.sac")?.path.bounds)
        let drawn = paths(scene, structure: .parsNodule).filter { $0.fill != nil }
        XCTAssertEqual(drawn.count, 2)
        for node in drawn {
            let b = try XCTUnwrap(node.path.bounds)
            XCTAssertTrue(b.maxX < sac.minX || b.minX > sac.maxX, "\(node.id) lies over the canal's midline")
            XCTAssertLessThan(b.height, 0.5 * b.width, "\(node.id) is not a thin band")
        }
    }

    /// In 21's foramen view the pars is still bone, cut by a thin cleft whose fibrocartilage swells forward to the
    /// model's front (what crowds the root from behind): not a hatched box in place of the pars.
    func testInTheForamenViewTheParsIsBoneCutByACleft() throws {
        let (scenario, result) = try S.load("21")
        let foramen = ForamenSection(result: result, level: .L5S1, side: .left)
        let piece = try XCTUnwrap(foramen.parsDefect, "21's pars defect lies in the plane")
        let r = piece.rect, cleft = foramen.parsCleftOutline(r), bone = foramen.parsBone(r)
        XCTAssertEqual(cleft.map(\.x).min() ?? .nan, r.minX, accuracy: 0.05, "the nodule reaches the model's front")
        XCTAssertGreaterThan(bone.minX, r.minX + 0.5, "the bone's front is behind the nodule")
        XCTAssertTrue(cleft.allSatisfy { $0.y >= r.minY - 1e-9 && $0.y <= r.maxY + 1e-9 && $0.x <= r.maxX + 1e-9 }, "the cleft leaves the pars")
        XCTAssertLessThan(area(cleft), 0.4 * (r.maxX - r.minX) * (r.maxY - r.minY), "a box, not a cleft")
        let scene = S.scene(ForamenPanel(), S.context(scenario, result))
        XCTAssertNotNil(scene.node(withID: "foramen.upper.pars"), "the pars is drawn as bone")
        XCTAssertEqual(paths(scene, structure: .parsNodule).count, 1)
    }

    /// Foraminal osteophytes (17) are bone in both views (bone fill and cortex, no hatch), the cortex only where the
    /// growth is free of the bone it grew from, and along that free edge the lesion's outline under the cortex (in bone's
    /// line alone the spur read as normal bone); in the foramen view a shelf inside the model's box whose two spurs
    /// reach its top — the height the simulation measures — with a hollow between.
    func testForaminalOsteophytesAreBoneSpursMeetingUnderTheRoot() throws {
        let (scenario, result) = try S.load("17")
        let context = S.context(scenario, result)
        for scene in [S.scene(AxialPanel(), context), S.scene(ForamenPanel(), context)] {
            let drawn = paths(scene, structure: .osteophyte)
            let fills = drawn.filter { $0.fill != nil }, cortices = drawn.filter { $0.stroke != nil }
            XCTAssertFalse(fills.isEmpty)
            XCTAssertEqual(fills.count, cortices.count)
            for node in fills { XCTAssertEqual(node.fill, .color(context.palette.bone), node.id) }
            for cortex in cortices {
                XCTAssertNil(cortex.fill, cortex.id)
                XCTAssertEqual(cortex.stroke?.color, context.palette.boneOutline, cortex.id)
                let id = cortex.id.replacingOccurrences(of: ".cortex", with: ".outline")
                let outline = try XCTUnwrap(scene.flattened().lazy.compactMap { item -> PathNode? in
                    if case .path(let p) = item.node, p.id == id { return p }
                    return nil
                }.first, id)
                XCTAssertEqual(outline.stroke?.color, context.palette.lesionOutline, id)
                XCTAssertEqual(outline.path.bounds, cortex.path.bounds, "the lesion's edge runs with the free cortex: \(id)")
                let fill = try XCTUnwrap(fills.first { $0.id == cortex.id.replacingOccurrences(of: ".cortex", with: "") })
                let edge = try XCTUnwrap(cortex.path.bounds), body = try XCTUnwrap(fill.path.bounds)
                XCTAssertLessThan(edge.height, body.height + 1e-6)
                if cortex.id.hasPrefix("foramen.") {
                    // The shelf stands on S1's bone: no cortex (and no lesion edge) along its foot.
                    XCTAssertLessThan(edge.maxY, body.maxY - 5, "\(cortex.id): no edge along the foot")
                }
            }
        }
        let foramen = ForamenSection(result: result, level: .L5S1, side: .left)
        let piece = try XCTUnwrap(foramen.lesions.first { $0.solid.structure == .osteophyte && $0.offPlane == nil })
        let r = piece.rect, shelf = foramen.osteophyteShelf(r)
        XCTAssertTrue(shelf.allSatisfy { $0.x >= r.minX - 1e-9 && $0.x <= r.maxX + 1e-9 && $0.y >= r.minY - 1e-9 && $0.y <= r.maxY + 1e-9 })
        let top = shelf.filter { $0.y > r.maxY - 0.01 }.map(\.x)
        XCTAssertGreaterThanOrEqual(top.count, 2, "the spurs reach the model's top")
        let spread = (top.max() ?? 0) - (top.min() ?? 0)
        XCTAssertGreaterThan(spread, 0.3 * (r.maxX - r.minX), "two spurs, front and back, not one")
        let between = shelf.filter { $0.x > (top.min() ?? 0) + 0.1 && $0.x < (top.max() ?? 0) - 0.1 && $0.y > r.maxY - 2 }.map(\.y)
        XCTAssertLessThan(between.min() ?? r.maxY, r.maxY - 0.5, "a hollow between the spurs")
    }

    /// (d) No root is drawn inside the enlarged bone: no point of a root circle, 0.85 of the way out from its centre,
    /// lies inside a hypertrophied process as drawn, in the axial or the foramen view.
    func testNoRootLiesInsideTheEnlargedBone() throws {
        var checked = 0
        for (prefix, _) in Self.hypertrophy {
            for scene in [try S.scene(AxialPanel(), prefix: prefix), try S.scene(ForamenPanel(), prefix: prefix)] {
                let bone = paths(scene, structure: .facetHypertrophy).filter { $0.fill != nil }.flatMap { $0.path.polygons() }
                let roots = scene.flattened().compactMap { entry -> PathNode? in
                    guard case .path(let p) = entry.node, p.metadata["root"] != nil || p.metadata["site"] != nil else { return nil }
                    return p
                }
                XCTAssertFalse(roots.isEmpty, prefix)
                for root in roots {
                    guard let b = root.path.bounds else { continue }
                    for k in 0..<32 {
                        let t = Double(k) / 32 * 2 * Double.pi
                        let p = Point(x: b.midX + 0.85 * b.width / 2 * cos(t), y: b.midY + 0.85 * b.height / 2 * sin(t))
                        XCTAssertFalse(bone.contains { Polygons.contains($0, p) }, "\(prefix): \(root.id) lies in the enlarged process")
                    }
                    checked += bone.isEmpty ? 0 : 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 4)
    }

    /// (e) In the foramen view a hypertrophied process beside the plane (22) reads as bone, not fat, in every theme: its
    /// fill is opaque and the bodies' cancellous bone, and its lightness differs from the foraminal fat's by at least
    /// 0.04 (the cortex's colour at 0.75 over the fat, as it was drawn, differed by 0.015 in print and 0.03 in colour).
    func testTheProcessBesideTheForamenIsBoneNotFat() throws {
        let (scenario, result) = try S.load("22")
        for theme in Theme.allCases {
            let context = S.context(scenario, result, theme: theme)
            let scene = S.scene(ForamenPanel(), context)
            let process = try XCTUnwrap(paths(scene, structure: .facetHypertrophy).first { $0.fill != nil }, "\(theme)")
            let fill = try XCTUnwrap(S.fillColor(process), "\(theme)")
            XCTAssertEqual(fill, context.palette.cancellous, "\(theme)")
            // The fat's ground (print stipples it: its dots are not what the process lies next to).
            let fat = try XCTUnwrap(S.path(scene, "foramen.fat")?.fill.flatMap { RootPaletteTests.identityColour($0.paint) }, "\(theme)")
            func lightness(_ c: Color) -> Double {
                // Composited over the fat it lies on.
                let r = c.red * c.alpha + fat.red * (1 - c.alpha), g = c.green * c.alpha + fat.green * (1 - c.alpha)
                let b = c.blue * c.alpha + fat.blue * (1 - c.alpha)
                return 0.2126 * r + 0.7152 * g + 0.0722 * b
            }
            XCTAssertGreaterThanOrEqual(abs(lightness(fill) - lightness(fat)), 0.04, "\(theme)")
        }
    }

    /// (f) The flavum's capsular part lines the grown process (15, 22, axial): on every side with a hypertrophied
    /// process a ligament band ("ligamentum flavum", part "capsular") drawn over it, within its bounds (so the recess
    /// the model measures stays the process's front), reaching its front and running down its medial face over at
    /// least half the process's depth.
    func testTheFlavumsCapsularPartLinesTheGrownProcess() throws {
        for (prefix, _) in Self.hypertrophy {
            let scene = try S.scene(AxialPanel(), prefix: prefix)
            let processes = paths(scene, structure: .facetHypertrophy).filter { $0.fill != nil }
            XCTAssertFalse(processes.isEmpty, prefix)
            for process in processes {
                let capsule = try XCTUnwrap(S.path(scene, "\(process.id).capsule"), "\(prefix) \(process.id)")
                XCTAssertEqual(capsule.metadata["structure"], "ligamentum flavum")
                XCTAssertEqual(capsule.metadata["part"], "capsular")
                let p = try XCTUnwrap(process.path.bounds), c = try XCTUnwrap(capsule.path.bounds)
                XCTAssertLessThanOrEqual(c.minY, p.minY + 2, "\(prefix): reaches the grown front")
                XCTAssertGreaterThanOrEqual(c.minX, p.minX - 2, prefix)
                XCTAssertLessThanOrEqual(c.maxX, p.maxX + 2, prefix)
                XCTAssertLessThanOrEqual(c.maxY, p.maxY + 6, prefix)
                XCTAssertGreaterThanOrEqual(c.height, 0.5 * p.height, "\(prefix): runs down the medial face")
            }
        }
        let (scenario, result) = try S.load("22")
        let flavum = try XCTUnwrap(S.path(S.scene(AxialPanel(), S.context(scenario, result)), "axial.flavum"))
        XCTAssertEqual(flavum.metadata["structure"], "ligamentum flavum")
    }

    /// The free runs of an outline: a 10 mm square half inside a region keeps its edges outside, in one piece, and the long
    /// side that leaves the region is cut where it leaves (to within the 0.25 mm pieces).
    func testFreeRunsOfAnOutlineAreWhatLiesOutsideTheBone() {
        let square = [Vec2(0, 0), Vec2(10, 0), Vec2(10, 10), Vec2(0, 10)]
        let region = [Point(x: -1, y: 5), Point(x: 11, y: 5), Point(x: 11, y: 11), Point(x: -1, y: 11)]
        let runs = SectionDrawing.runs(of: square, outside: [region])
        XCTAssertEqual(runs.count, 1)
        let run = runs[0]
        XCTAssertTrue(run.allSatisfy { $0.y <= 5.25 + 1e-9 }, "nothing inside the region")
        XCTAssertEqual(run.map(\.y).max() ?? 0, 5, accuracy: 0.26, "the sides are cut where they enter it")
        XCTAssertEqual(run.map(\.x).min() ?? 1, 0, accuracy: 1e-9)
        XCTAssertEqual(run.map(\.x).max() ?? 0, 10, accuracy: 1e-9)
        XCTAssertEqual(SectionDrawing.runs(of: square, outside: []).first?.count, square.count * 40 + 1, "all free: closed")
        XCTAssertTrue(SectionDrawing.runs(of: square, outside: [[Point(x: -1, y: -1), Point(x: 11, y: -1), Point(x: 11, y: 11), Point(x: -1, y: 11)]]).isEmpty)
    }
}
