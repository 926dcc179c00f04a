import Diagram
@testable import FigureStyle
@testable import SectionFigures
import Foundation
import XCTest

/// The print theme's sections read on a black-and-white laser printer (issue 11): tissues that touch in the axial,
/// foraminal, sagittal or posterior view differ by at least 15 CIE L* in mean tone, or — for the few pairs whose greys
/// cannot all be 15 apart in the range that keeps labels readable — by texture, and ink labels stay readable on every
/// fill that carries text.
final class TissueToneTests: XCTestCase {
    typealias S = SectionTestSupport

    /// Least mean-tone difference (CIE L*) of two touching tissues in print: about a sixth of the page's range, a step a
    /// laser printer's halftone keeps and a reader tells at a glance.
    static let minimumStep = 15.0

    /// Relative luminance (sRGB, WCAG 2) of a grey or colour.
    static func luminance(_ c: Color) -> Double {
        0.2126 * RootPaletteTests.linear(c.red) + 0.7152 * RootPaletteTests.linear(c.green) + 0.0722 * RootPaletteTests.linear(c.blue)
    }

    /// The area-weighted mean luminance of a paint over white (lines and dots by their share of the area).
    static func meanLuminance(_ paint: Paint) -> Double {
        switch paint {
        case .solid(let c): return luminance(c) * c.alpha + (1 - c.alpha)
        case .hatch(let h):
            var share = min(1, h.lineWidth / max(1, h.spacing))
            if h.crossed { share = 1 - (1 - share) * (1 - share) }
            return share * luminance(h.color) + (1 - share) * (h.background.map(luminance) ?? 1)
        case .stipple(let s):
            let share = min(1, 2 * Double.pi * s.dotRadius * s.dotRadius / (max(1, s.spacing) * max(1, s.spacing)))
            return share * luminance(s.color) + (1 - share) * (s.background.map(luminance) ?? 1)
        default: return 1
        }
    }

    /// CIE L* of a relative luminance.
    static func lightness(_ y: Double) -> Double {
        116 * (y > 216.0 / 24389 ? cbrt(y) : (24389.0 / 27 * y + 16) / 116) - 16
    }

    /// What a paint looks like apart from its grey: "plain", or the pattern's kind, angle, crossing and density.
    static func texture(_ paint: Paint) -> String {
        switch paint {
        case .hatch(let h): "hatch \(h.angleDegrees)° every \(h.spacing)\(h.crossed ? " crossed" : "")"
        case .stipple(let s): "stipple \(s.dotRadius) every \(s.spacing)"
        default: "plain"
        }
    }

    /// The print palette's tissue and lesion paints, by name.
    static func paints(_ p: Palette) -> [String: Paint] {
        var out: [String: Paint] = [:]
        for t in Tissue.allCases { out[t.rawValue] = p.tissue(t) }
        // The unhurt root as the sections fill it (the grade scale's first step).
        out["root"] = .solid(p.rootFill(.normal))
        out["thick flavum"] = p.hypertrophy(p.ligament)
        out["cyst"] = p.hypertrophy(p.nucleus)
        out["osteophyte"] = p.hypertrophy(p.bone)
        return out
    }

    /// Pairs of tissues that touch in some section (herniated disc material is painted as the annulus, so the annulus's
    /// pairs stand for it too).
    static let touching: [(String, String)] = [
        // A root in the sac, the recess and the foramen; across the discs and bodies and under the pedicles (posterior view).
        ("root", "dura"), ("root", "fat"), ("root", "bone"), ("root", "cancellous"), ("root", "ligament"), ("root", "annulus"),
        // The sac in its canal: fat, flavum, a bulging disc or herniation in front, the bodies and pedicles (posterior view).
        ("dura", "fat"), ("dura", "ligament"), ("dura", "annulus"), ("dura", "bone"), ("dura", "cancellous"),
        // The walls: fat against bone, flavum, disc and facet cartilage; the flavum and capsule on bone, disc and cartilage.
        ("fat", "ligament"), ("fat", "bone"), ("fat", "annulus"), ("fat", "cartilage"), ("fat", "cancellous"),
        ("ligament", "bone"), ("ligament", "annulus"), ("ligament", "cartilage"), ("bone", "annulus"), ("bone", "cartilage"),
        ("annulus", "nucleus"), ("cancellous", "annulus"),
        // Lesions on what they press.
        ("thick flavum", "dura"), ("thick flavum", "root"), ("thick flavum", "fat"), ("cyst", "dura"), ("cyst", "root"),
        ("cyst", "fat"), ("osteophyte", "root"), ("osteophyte", "fat"), ("osteophyte", "dura"),
    ]

    /// The pairs told apart by texture alone (their tones less than ``minimumStep`` apart): the stippled fat beside the
    /// light tissues (root, bone, cartilage; no grey between the unhurt root's and the ligament's has room for a fourth
    /// tone 15 from each), and the hatched lesions beside tissues of their own tone.
    static let byTexture: Set<String> = ["root/fat", "fat/bone", "fat/cartilage", "fat/cancellous", "thick flavum/dura",
                                         "cyst/dura", "osteophyte/dura"]

    func testTouchingTissuesDifferByFifteenLightnessOrByTextureInPrint() {
        let paints = Self.paints(Palette(.print))
        var textured: Set<String> = []
        for (a, b) in Self.touching {
            guard let pa = paints[a], let pb = paints[b] else { XCTFail("no paint for \(a) or \(b)"); continue }
            let la = Self.lightness(Self.meanLuminance(pa)), lb = Self.lightness(Self.meanLuminance(pb))
            let step = abs(la - lb)
            print("print \(a) L* \(Int(la.rounded())) / \(b) L* \(Int(lb.rounded())): ΔL* \(String(format: "%.1f", step))")
            guard step < Self.minimumStep else { continue }
            textured.insert("\(a)/\(b)")
            XCTAssertNotEqual(Self.texture(pa), Self.texture(pb), "print: \(a) and \(b) touch, ΔL* \(step), same texture")
        }
        // Only the pairs named: a tone that drifts closer to a neighbour fails here rather than hiding behind a texture.
        XCTAssertEqual(textured, Self.byTexture)
    }

    /// Ink on the fills that carry text (names in the pedicles, call-out numbers beside the anatomy, level names over bone
    /// and the sac) has WCAG 2 contrast ≥ 4.5 in print; the dark disc and ligament carry none.
    /// The contacted root's lines in print run across neither the roots nor the other textures: vertical lines on a root
    /// running down the sac (sagittal and posterior views) read as the cauda equina's strands beside it; 0° is the
    /// annulus's lamellae and 45° the lesions' hatch.
    func testTheContactGradesLinesAreSlantedAwayFromTheStrandsAndTheOtherHatches() {
        let p = Palette(.print)
        guard case .hatch(let h) = p.gradePaint(.contact) else { return XCTFail("print's contact grade is not lined") }
        let angle = ((h.angleDegrees.truncatingRemainder(dividingBy: 180)) + 180).truncatingRemainder(dividingBy: 180)
        var others: [Double] = [90]
        for paint in Self.paints(p).values { if case .hatch(let o) = paint { others.append(o.angleDegrees) } }
        for other in others {
            let o = ((other.truncatingRemainder(dividingBy: 180)) + 180).truncatingRemainder(dividingBy: 180)
            let apart = min(abs(angle - o), 180 - abs(angle - o))
            XCTAssertGreaterThanOrEqual(apart, 30, "contact lines at \(h.angleDegrees)° lie within 30° of \(other)°")
        }
    }

    func testInkIsReadableOnTheTissuesThatCarryTextInPrint() {
        let p = Palette(.print), paints = Self.paints(p)
        let ink = Self.luminance(p.ink)
        for name in ["bone", "cancellous", "cartilage", "dura", "fat", "nucleus", "root"] {
            let y = Self.meanLuminance(paints[name] ?? .solid(.white))
            let contrast = (y + 0.05) / (ink + 0.05)
            XCTAssertGreaterThanOrEqual(contrast, 4.5, "print: ink on \(name) contrast \(contrast)")
        }
    }

    /// The colour themes keep their solid atlas colours (the textures are print's), and the sections draw their fat and
    /// discs with ``Palette/tissue(_:)``: a scene in print carries the stipple and the lamellae.
    func testTheSectionsPaintFatAndDiscWithTheTissuePaints() throws {
        for theme in [Theme.color, .colorblind] {
            let p = Palette(theme)
            XCTAssertEqual(p.tissue(.fat), .solid(p.fat))
            XCTAssertEqual(p.tissue(.annulus), .solid(p.annulus))
        }
        let print = Palette(.print)
        let axial = try S.scene(AxialPanel(), prefix: "02", theme: .print)
        XCTAssertEqual(S.path(axial, "axial.fat")?.fill?.paint, print.tissue(.fat))
        XCTAssertEqual(S.path(axial, "axial.disc")?.fill?.paint, print.tissue(.annulus))
        XCTAssertEqual(S.path(axial, "axial.sac")?.fill?.paint, print.tissue(.dura))
        let foramen = try S.scene(ForamenPanel(), prefix: "02", theme: .print)
        XCTAssertEqual(S.path(foramen, "foramen.fat")?.fill?.paint, print.tissue(.fat))
        let sagittal = try S.page(.sagittal, prefix: "02", theme: .print)
        XCTAssertEqual(S.path(sagittal, "sagittal.canal")?.fill?.paint, print.tissue(.fat))
        XCTAssertEqual(S.path(sagittal, "sagittal.disc.L4-L5")?.fill?.paint, print.tissue(.annulus))
    }
}
