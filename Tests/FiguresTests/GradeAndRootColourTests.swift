import Anatomy
import Clinical
import Diagram
@testable import FigureStyle
import XCTest

/// Grade colours (Pfirrmann grade at the place drawn) and root colours (dermatomes) never share a hue in a
/// theme: the sheet shows both, and a student must not read "S1" where the figure means "contact".
final class GradeAndRootColourTests: XCTestCase {
    typealias Lab = (l: Double, a: Double, b: Double)

    /// CIEDE2000 colour difference (Sharma, Wu & Dalal 2005, Color Res Appl 30:21, doi 10.1002/col.20070,
    /// whose test data the sanity check below uses) of two CIELAB colours.
    static func ciede2000(_ p: Lab, _ q: Lab) -> Double {
        let rad = Double.pi / 180
        let c1 = (p.a * p.a + p.b * p.b).squareRoot(), c2 = (q.a * q.a + q.b * q.b).squareRoot()
        let cMean7 = pow((c1 + c2) / 2, 7)
        let g = 0.5 * (1 - (cMean7 / (cMean7 + pow(25, 7))).squareRoot())
        let a1 = (1 + g) * p.a, a2 = (1 + g) * q.a
        let cp1 = (a1 * a1 + p.b * p.b).squareRoot(), cp2 = (a2 * a2 + q.b * q.b).squareRoot()
        func hue(_ b: Double, _ a: Double) -> Double { a == 0 && b == 0 ? 0 : (atan2(b, a) / rad + 360).truncatingRemainder(dividingBy: 360) }
        let h1 = hue(p.b, a1), h2 = hue(q.b, a2)
        var dh = h2 - h1
        if cp1 * cp2 == 0 { dh = 0 } else if dh > 180 { dh -= 360 } else if dh < -180 { dh += 360 }
        let dL = q.l - p.l, dC = cp2 - cp1, dH = 2 * (cp1 * cp2).squareRoot() * sin(dh / 2 * rad)
        let lMean = (p.l + q.l) / 2, cpMean = (cp1 + cp2) / 2
        var hMean = h1 + h2
        if cp1 * cp2 != 0 { hMean = abs(h1 - h2) <= 180 ? hMean / 2 : (hMean < 360 ? (hMean + 360) / 2 : (hMean - 360) / 2) }
        let t = 1 - 0.17 * cos((hMean - 30) * rad) + 0.24 * cos(2 * hMean * rad) + 0.32 * cos((3 * hMean + 6) * rad) - 0.2 * cos((4 * hMean - 63) * rad)
        let dTheta = 30 * exp(-pow((hMean - 275) / 25, 2))
        let cpMean7 = pow(cpMean, 7)
        let rC = 2 * (cpMean7 / (cpMean7 + pow(25, 7))).squareRoot()
        let sL = 1 + 0.015 * pow(lMean - 50, 2) / (20 + pow(lMean - 50, 2)).squareRoot()
        let sC = 1 + 0.045 * cpMean, sH = 1 + 0.015 * cpMean * t
        let rT = -sin(2 * dTheta * rad) * rC
        return (pow(dL / sL, 2) + pow(dC / sC, 2) + pow(dH / sH, 2) + rT * (dC / sC) * (dH / sH)).squareRoot()
    }

    /// CIEDE2000 of two colours seen through a colour-vision matrix (RootPaletteTests' Machado 2009 simulation).
    static func difference(_ x: Color, _ y: Color, _ matrix: [[Double]]) -> Double {
        let p = RootPaletteTests.lab(x, matrix), q = RootPaletteTests.lab(y, matrix)
        return ciede2000((p.0, p.1, p.2), (q.0, q.1, q.2))
    }

    /// Minimum CIEDE2000 between a grade colour and any root, lesion or pain colour. ΔE00 ≈ 1 is a just-noticeable
    /// difference between touching patches; 12 is an unmistakably different colour even for patches that are
    /// not side by side (a root on the sagittal, a dermatome on the body chart), which is the case here.
    static let gradeVersusRoot = 12.0
    /// The same for a deuteranope (Machado 2009 severity 1.0) in both colour themes: apart, if less so — there are
    /// more colours than a deuteranope's two dimensions (lightness, blue–yellow) hold far apart. (Before the colour
    /// theme gave up Tol's pear and olive for L4 and the saddle, grade 1 and L4 were ΔE00 1.9 apart for a deuteranope.)
    static let gradeVersusRootDeuteranopia = 10.0

    func testCIEDE2000MatchesSharmasTestData() {
        // Pairs 1, 7, 17 and 25 of Sharma et al.'s table 1.
        XCTAssertEqual(Self.ciede2000((50, 2.6772, -79.7751), (50, 0, -82.7485)), 2.0425, accuracy: 1e-4)
        XCTAssertEqual(Self.ciede2000((50, 0, 0), (50, -1, 2)), 2.3669, accuracy: 1e-4)
        XCTAssertEqual(Self.ciede2000((50, 2.5, 0), (73, 25, -18)), 27.1492, accuracy: 1e-4)
        XCTAssertEqual(Self.ciede2000((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387)), 1.2644, accuracy: 1e-4)
    }

    /// The colours a grade must not be taken for: every root's, the lesion outline, and the pain map's
    /// (radicular and somatic-referred washes at full strength, the numbness dots) where they are colours.
    static func others(_ palette: Palette) -> [(String, Color)] {
        var list = DermatomeSegment.all.map { ("root \($0.name)", palette.rootColor($0)) }
        list.append(("lesion outline", palette.lesionOutline))
        for kind in PainKind.allCases {
            let colour: Color? = switch palette.pain(kind, intensity: 1) {
            case .solid(let c): c
            case .stipple(let s): s.color
            case .hatch(let h): h.color
            default: nil
            }
            if let c = colour { list.append(("pain \(kind.rawValue)", Color(red: c.red, green: c.green, blue: c.blue))) }
        }
        return list
    }

    func testNoGradeColourIsARootLesionOrPainColourInEitherColourThemeForNormalOrDeuteranopicVision() {
        // Print is grey by design: its grades and roots are told apart by texture and place, not hue.
        for theme in [Theme.color, .colorblind] {
            let palette = Palette(theme)
            let visions = [("normal", RootPaletteTests.normal, Self.gradeVersusRoot),
                           ("deuteranopia", RootPaletteTests.deuteranopia, Self.gradeVersusRootDeuteranopia)]
            for grade in RootGrade.allCases {
                for (name, colour) in Self.others(palette) {
                    for (vision, matrix, minimum) in visions {
                        let d = Self.difference(palette.rootFill(grade), colour, matrix)
                        XCTAssertGreaterThanOrEqual(d, minimum, "\(theme) \(vision): grade \(grade.rawValue) vs \(name) ΔE00 \(d)")
                    }
                }
            }
        }
    }

    func testL5AndS1AndAdjacentRootsStayApartForADeuteranopeInEveryColourTheme() {
        let all = DermatomeSegment.all
        for theme in [Theme.color, .colorblind] {
            let palette = Palette(theme)
            let pairs = zip(all, all.dropFirst()).map { ($0, $1) } + [(.root(.L3), .root(.L5))]
            for (a, b) in pairs {
                let d = Self.difference(palette.rootColor(a), palette.rootColor(b), RootPaletteTests.deuteranopia)
                // L5/S1 (the commonest pair, meeting on the foot) more than the others.
                let minimum = (a, b) == (.root(.L5), .root(.S1)) ? 20.0 : 8.0
                XCTAssertGreaterThanOrEqual(d, minimum, "\(theme): \(a.name)/\(b.name) ΔE00 \(d) for a deuteranope")
            }
        }
    }

    /// Every pair of roots a figure can show together (L1 … S2 and the S3–S5 saddle: the atlases, the comparison and the
    /// body chart show them all at once) stays apart for normal vision and for a deuteranope, not only neighbours:
    /// CIEDE2000 ≥ 20 for normal vision in both colour themes; for a deuteranope ≥ 12 in the colour-blind theme (the
    /// theme for them) and ≥ 10 in the colour theme (before: L3 and L5 two greens ΔE00 16 apart in the colour-blind
    /// theme, L2 and S2 6 apart for a deuteranope there; L4 and the saddle 8 apart in the colour theme).
    func testEveryPairOfRootsStaysApartForNormalAndDeuteranopicVision() {
        let all = DermatomeSegment.all
        for (theme, deuteranope) in [(Theme.colorblind, 12.0), (.color, 10.0)] {
            let palette = Palette(theme)
            var worst = (normal: Double.infinity, deuteranopia: Double.infinity)
            for i in all.indices {
                for j in all.indices where j > i {
                    let a = palette.rootColor(all[i]), b = palette.rootColor(all[j])
                    let n = Self.difference(a, b, RootPaletteTests.normal), d = Self.difference(a, b, RootPaletteTests.deuteranopia)
                    worst = (min(worst.normal, n), min(worst.deuteranopia, d))
                    XCTAssertGreaterThanOrEqual(n, 20, "\(theme): \(all[i].name)/\(all[j].name) ΔE00 \(n) for normal vision")
                    XCTAssertGreaterThanOrEqual(d, deuteranope, "\(theme): \(all[i].name)/\(all[j].name) ΔE00 \(d) for a deuteranope")
                }
            }
            print("\(theme): closest roots ΔE00 \(worst.normal) normal, \(worst.deuteranopia) deuteranopia")
        }
    }

    func testL3AndL5AreNotTwoGreensInTheColourBlindTheme() {
        // The colour-blind theme's L3 was Tol's muted green, 19° from L5's bluish green.
        XCTAssertGreaterThan(Self.hueGap(.L3, .L5, in: .colorblind), 60)
    }

    func testL3AndL5AreNotTwoBluesInTheColourTheme() {
        // Not one hue told apart by lightness.
        XCTAssertGreaterThan(Self.hueGap(.L3, .L5, in: .color), 60)
    }

    /// The CIELAB hue angle between two roots' colours in `theme`, for normal vision (degrees, 0 … 180).
    static func hueGap(_ a: Root, _ b: Root, in theme: Theme) -> Double {
        let p = Palette(theme)
        let hues = [a, b].map { root -> Double in
            let l = RootPaletteTests.lab(p.rootColor(root), RootPaletteTests.normal)
            return atan2(l.2, l.1) * 180 / .pi
        }
        let gap = abs(hues[0] - hues[1])
        return gap > 180 ? 360 - gap : gap
    }
}
