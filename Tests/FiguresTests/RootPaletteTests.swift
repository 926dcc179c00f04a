import Anatomy
import Clinical
import Diagram
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import XCTest

/// One colour per root: every figure that colours a root by identity (atlas bands and legend,
/// comparison chips, knee parts and key, body-chart underlay and its legend) uses
/// ``Palette/rootColor(_:)``, and neighbouring roots stay apart for colour-blind readers.
final class RootPaletteTests: XCTestCase {
    // MARK: Colour-vision simulation

    /// Machado, Oliveira & Fernandes 2009 (IEEE TVCG 15:1291, doi 10.1109/TVCG.2009.113), severity 1.0
    /// matrices, applied to linear RGB (as in colorspacious and colour-science).
    static let deuteranopia: [[Double]] = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    static let protanopia: [[Double]] = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    static let normal: [[Double]] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    static let visions: [(String, [[Double]])] = [("normal", normal), ("deuteranopia", deuteranopia), ("protanopia", protanopia)]

    static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }

    /// CIELAB (D65) of `color` as seen through `matrix`.
    static func lab(_ color: Color, _ matrix: [[Double]]) -> (Double, Double, Double) {
        let rgb = [color.red, color.green, color.blue].map(linear)
        let v = matrix.map { row in min(1, max(0, zip(row, rgb).map(*).reduce(0, +))) }
        let x = (0.4124 * v[0] + 0.3576 * v[1] + 0.1805 * v[2]) / 0.95047
        let y = 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]
        let z = (0.0193 * v[0] + 0.1192 * v[1] + 0.9505 * v[2]) / 1.08883
        let f = { (t: Double) in t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    /// CIE 1976 colour difference ΔE*ab of two colours for one kind of vision.
    static func deltaE(_ a: Color, _ b: Color, _ matrix: [[Double]]) -> Double {
        let p = lab(a, matrix), q = lab(b, matrix)
        return ((p.0 - q.0) * (p.0 - q.0) + (p.1 - q.1) * (p.1 - q.1) + (p.2 - q.2) * (p.2 - q.2)).squareRoot()
    }

    /// A difference of 20 ΔE*ab is far beyond a just-noticeable one (about 2.3): two such patches read as
    /// different colours at a glance.
    static let minimumDifference = 20.0

    func testTheSimulationKeepsWhiteAndGreysAndMergesRedWithGreen() {
        // Sanity checks of the simulation: neutral greys do not move; a deuteranope confuses the
        // red–green pair that a normal eye tells apart easily.
        for white in [0.0, 0.5, 1.0] {
            let grey = Color(white: white)
            XCTAssertLessThan(Self.deltaE(grey, grey, Self.deuteranopia), 1e-9)
            let l = Self.lab(grey, Self.deuteranopia)
            XCTAssertEqual(l.1, 0, accuracy: 1.5)
            XCTAssertEqual(l.2, 0, accuracy: 1.5)
        }
        let red = Color(hex: 0xC84A4A), green = Color(hex: 0x7A8A20)
        XCTAssertGreaterThan(Self.deltaE(red, green, Self.normal), 40)
        XCTAssertLessThan(Self.deltaE(red, green, Self.deuteranopia), Self.deltaE(red, green, Self.normal) / 2)
    }

    func testNeighbouringRootsStayApartForDeuteranopesAndProtanopesInEveryTheme() {
        let required: [(DermatomeSegment, DermatomeSegment)] = [(.root(.L3), .root(.L4)), (.root(.L4), .root(.L5)),
                                                                 (.root(.L5), .root(.S1)), (.root(.S1), .root(.S2))]
        for theme in Theme.allCases {
            let palette = Palette(theme)
            // The colour themes keep every neighbour apart (L1/L2 … S2/saddle); print the leg's four pairs by
            // lightness (its other neighbours differ in texture too).
            let all = DermatomeSegment.all
            let pairs = theme == .print ? required : zip(all, all.dropFirst()).map { ($0, $1) }
            // Pairs that meet on some map's chart without being neighbours in the list: two apart (L3/L5, L4/S1,
            // L5/S2 on the leg and foot), L3/S1 (Keegan & Garrett's buttock), L3/S2 and L4/S2 (knee, calf), the
            // saddle with the thigh's roots. Clearly different, if less so (ΔE 15).
            let meeting: [(DermatomeSegment, DermatomeSegment)] = theme == .print ? [] : zip(all, all.dropFirst(2)).map { ($0, $1) }
                + [(.root(.L3), .root(.S1)), (.root(.L3), .root(.S2)), (.root(.L4), .root(.S2)),
                   (.root(.S2), .saddle), (.root(.L2), .saddle), (.root(.L1), .saddle)]
            for (group, minimum) in [(pairs, Self.minimumDifference), (meeting, 15.0)] {
                for (a, b) in group {
                    for (name, matrix) in Self.visions {
                        let d = Self.deltaE(palette.rootColor(a), palette.rootColor(b), matrix)
                        XCTAssertGreaterThanOrEqual(d, minimum, "\(theme) \(name): \(a.name)/\(b.name) ΔE \(Int(d))")
                    }
                }
            }
        }
    }

    func testEverySegmentHasItsOwnColourInEveryTheme() {
        for theme in Theme.allCases {
            let colours = DermatomeSegment.all.map { Palette(theme).rootColor($0) }
            XCTAssertEqual(Set(colours).count, colours.count, "\(theme)")
        }
    }

    // MARK: The same colour in every figure

    /// The identity colour a node's fill carries: a solid's colour, a pattern's background (its lines when
    /// it has none), alpha dropped.
    static func identityColour(_ paint: Paint) -> Color? {
        let c: Color? = switch paint {
        case .solid(let c): c
        case .hatch(let h): h.background ?? h.color
        case .stipple(let s): s.background ?? s.color
        default: nil
        }
        return c.map { Color(red: $0.red, green: $0.green, blue: $0.blue) }
    }

    /// (figure, root name, colour) for every path node that says which root it colours.
    static func rootFills(_ scene: Scene, figure: String, theme: Theme) -> [(String, String, Color)] {
        scene.flattened().compactMap { entry in
            guard case .path(let node) = entry.node, let root = node.metadata["root"], let fill = node.fill else { return nil }
            // In print a fringe is a pattern of dark lines of its own, not the root's grey.
            if theme == .print && node.metadata["share"] == "fringe" { return nil }
            return identityColour(fill.paint).map { (figure, root, $0) }
        }
    }

    func testEveryFigureColoursEachRootWithTheSameColourInEveryTheme() throws {
        for theme in Theme.allCases {
            let palette = Palette(theme)
            let options = FigureOptions(theme: theme, labels: .full, measurer: ApproximateTextMeasurer())
            var fills: [(String, String, Color)] = []
            for atlas in Atlas.allCases {
                fills += Self.rootFills(DermatomeAtlasFigure.scene(atlas, options: options), figure: "atlas \(atlas)", theme: theme)
            }
            fills += Self.rootFills(DermatomeComparisonFigure.scene(options: options), figure: "comparison", theme: theme)
            for prefix in ["02", "08", "10", "11", "27"] {
                let context = try FigureFixture.context(prefix, theme: theme)
                fills += Self.rootFills(FigureFixture.scene(KneePanel(), context), figure: "knee \(prefix)", theme: theme)
                fills += Self.rootFills(FigureFixture.scene(BodyChartPanel(), context), figure: "body \(prefix)", theme: theme)
            }
            let figures = Set(fills.map(\.0))
            for kind in ["atlas", "comparison", "knee", "body"] {
                XCTAssertTrue(figures.contains { $0.hasPrefix(kind) }, "\(theme): no root-coloured node in the \(kind) figure")
            }
            for segment in DermatomeSegment.all {
                let want = palette.rootColor(segment)
                let mine = fills.filter { $0.1 == segment.name }
                XCTAssertFalse(mine.isEmpty, "\(theme): \(segment.name) is coloured nowhere")
                for (figure, _, colour) in mine where colour != want {
                    XCTFail("\(theme) \(figure): \(segment.name) is \(colour), not \(want)")
                }
            }
        }
    }
}
