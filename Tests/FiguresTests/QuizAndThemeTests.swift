import Anatomy
import Clinical
import Compression
import Diagram
@testable import FigureStyle
@testable import Figures
import Foundation
import Scenario
import XCTest

/// A quiz figure gives nothing away in any view of any scenario — not in its words, its alt text, nor the model values
/// the editable SVG writes — and the grade colours read in every theme (issue 11: "nothing false in any view of any
/// scenario in any theme"; error 8).
final class QuizAndThemeTests: XCTestCase {
    typealias S = SectionTestSupport

    static let views: [ViewSpec] = [.sheet, .sagittal, .axial(nil), .foramen(nil, nil), .posterior, .body, .knee]

    /// A root or level name as a word ("L5", "S1", "L4–L5", "T12").
    static let rootOrLevel = try! NSRegularExpression(pattern: "\\b(T12|L[1-5]|S[1-5])\\b")

    /// Words naming a lesion, its grade, or the answer's table (the knee's own mimics, e.g. Baker's cyst, are no lesion of
    /// the spine and stay).
    static let lesionWords = ["extrusion", "protrusion", "herniat", "sequest", "fragment", "stenosis", "listhesis", "osteophyte",
                              "synovial cyst", "bulg", "subarticular", "paracentral", "far lateral", "far-lateral", "pars defect",
                              "compression", "Pfirrmann", "grade", "Findings", "Skin by root"]

    static func namesTheAnswer(_ text: String) -> String? {
        if let m = rootOrLevel.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
            return String(text[Range(m.range, in: text)!])
        }
        return lesionWords.first { text.localizedCaseInsensitiveContains($0) }
    }

    static func matchesName(_ text: String) -> Bool {
        rootOrLevel.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    func testAQuizFigureNamesNoRootLevelOrLesionInAnyViewOfAnyScenario() throws {
        var scenes = 0, roots = 0
        for file in try S.scenarioFiles() {
            let n = String(file.prefix(2))
            let (scenario, result) = try S.load(n)
            let context = S.context(scenario, result, labels: .none)
            for view in Self.views {
                let scene = try S.page(view, prefix: n, labels: .none)
                scenes += 1
                var texts: [String] = [scene.title, scene.description].compactMap { $0 }
                for entry in scene.flattened() {
                    if case .text(let t) = entry.node { texts.append(t.string) }
                    let meta = entry.node.metadata
                    // Roots keep their identity (all are drawn) but nothing about their hurt, the level or the lesion.
                    for key in ["grade", "state", "pressed", "level", "lesion", "callout", "label"] {
                        XCTAssertNil(meta[key], "\(file) \(view): \(entry.node.id) carries data-\(key)=\(meta[key] ?? "")")
                    }
                    if let s = meta["structure"] { XCTAssertNil(Self.namesTheAnswer(s), "\(file) \(view): \(entry.node.id) is a '\(s)'") }
                    // Nor do ids or values name a root or vertebra (the roots an axial section cuts tell its level).
                    for text in [entry.node.id] + meta.values where Self.matchesName(text) {
                        XCTFail("\(file) \(view): \(entry.node.id) \(meta) names a root or level")
                    }
                    if meta["root"] != nil { roots += 1 }
                    // The knee's skin is not coloured by its root in a quiz (with the pain map on it, that reads off the answer).
                    if entry.node.id.hasPrefix("knee.") { XCTAssertNil(meta["root"], "\(file) \(view): \(entry.node.id)") }
                }
                for text in texts {
                    if let word = Self.namesTheAnswer(text) { XCTFail("\(file) \(view): '\(text)' gives away \(word)") }
                }
                let alt = ViewCatalog.altText(for: view, context: context)
                if let word = Self.namesTheAnswer(alt) { XCTFail("\(file) \(view): alt text gives away \(word): \(alt)") }
                XCTAssertTrue(alt.contains("nothing on it is named"), alt)
            }
        }
        XCTAssertEqual(scenes, try S.scenarioFiles().count * Self.views.count)
        XCTAssertGreaterThan(roots, 1000, "the quiz figures still mark their roots as roots")
    }

    /// The same checks find the answer in a labelled figure (they are not blind).
    func testTheChecksSeeTheAnswerInALabelledFigure() throws {
        let scene = try S.page(.axial(nil), prefix: "02", labels: .full)
        let texts = scene.flattened().compactMap { entry -> String? in
            if case .text(let t) = entry.node { return t.string }
            return nil
        }
        XCTAssertTrue(texts.contains { Self.namesTheAnswer($0) != nil })
        XCTAssertTrue(scene.flattened().contains { $0.node.metadata["pressed"] == "true" })
        XCTAssertTrue(scene.flattened().contains { Self.matchesName($0.node.id) })
        let knee = try S.page(.knee, prefix: "11", labels: .minimal)
        XCTAssertTrue(knee.flattened().contains { $0.node.id.hasPrefix("knee.") && $0.node.metadata["root"] != nil })
    }

    /// Relative luminance (WCAG) of a colour composed over white.
    static func luminance(_ c: Color) -> Double {
        func lin(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        let r = c.red * c.alpha + (1 - c.alpha), g = c.green * c.alpha + (1 - c.alpha), b = c.blue * c.alpha + (1 - c.alpha)
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    func testGradeFillsDarkenStepByStepInEveryThemeAndTheLegendShowsThem() throws {
        for theme in Theme.allCases {
            let palette = Palette(theme)
            let l = RootGrade.allCases.map { Self.luminance(palette.rootFill($0)) }
            for i in l.indices.dropFirst() {
                // Print: grey levels a photocopier keeps apart; the colour themes: ordered by lightness too.
                XCTAssertGreaterThan(l[i - 1] - l[i], theme == .print ? 0.1 : 0.03, "\(theme) grade \(i - 1) → \(i): \(l)")
            }
            // The legend's swatches are the drawn fills (in print the contact grade's lines too, ``Palette/gradePaint(_:)``).
            let legend = try S.page(.sagittal, prefix: "02", theme: theme)
            for grade in RootGrade.allCases {
                guard case .path(let p)? = legend.node(withID: "legend.grade.\(grade.rawValue)"), let paint = p.fill?.paint else {
                    XCTFail("\(theme): no swatch for grade \(grade.rawValue)"); continue
                }
                XCTAssertEqual(paint, palette.gradePaint(grade), "\(theme) grade \(grade.rawValue)")
            }
        }
        // A quiz fills every grade as unhurt.
        XCTAssertEqual(Set(RootGrade.allCases.map { Palette(.print, neutralGrades: true).rootFill($0) }).count, 1)
    }
}
