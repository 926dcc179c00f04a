import Anatomy
import BodyFigures
import Compression
import Diagram
import FigureStyle
import Pathology
import Scenario
import SectionFigures

/// Which panel draws which view, and the page each view gets.
public enum ViewCatalog {
    /// The page for `view`: a standalone panel, or the composite teaching sheet.
    /// A quiz figure's model values are scrubbed of the answer too (``QuizMetadata``).
    public static func scene(for view: ViewSpec, context: FigureContext) -> Scene {
        let scene = drawn(view, context: context)
        return context.options.isQuiz ? QuizMetadata.scrubbed(scene) : scene
    }

    static func drawn(_ view: ViewSpec, context: FigureContext) -> Scene {
        switch view {
        case .sheet:
            let panels = sheetPanels(context)
            return FigurePage.sheet(lead: SagittalPanel(), stacked: panels.sections, wide: panels.wide, context: context)
        case .body, .knee:
            // Both panels carry their own key (the body chart's pain map and marks; the knee's roots).
            return FigurePage.single(panel(for: view, context: context), context: context, legend: .none)
        default:
            return FigurePage.single(panel(for: view, context: context), context: context, legend: .grades)
        }
    }

    /// The panel that draws a single view.
    public static func panel(for view: ViewSpec, context: FigureContext) -> Panel {
        switch view {
        case .sagittal: SagittalPanel()
        case .posterior: PosteriorPanel()
        case .axial(let level): AxialPanel(level: level)
        case .foramen(let level, let side): ForamenPanel(level: level, side: side)
        case .body: BodyChartPanel()
        case .knee: KneePanel()
        case .sheet: FindingsTablePanel()
        }
    }

    /// The sheet's panels beside the sagittal section (the axial and foraminal sections), and those across
    /// the page: the findings table, the body chart, and the knee when the pain map reaches it.
    static func sheetPanels(_ context: FigureContext) -> (sections: [Panel], wide: [Panel]) {
        let r = context.result
        // A quiz sheet has no findings table: it would name the roots and the lesion.
        var wide: [Panel] = context.options.isQuiz ? [BodyChartPanel()] : [FindingsTablePanel(), BodyChartPanel()]
        // Nor the knee panel, which names the roots that supply the knee's skin.
        if !context.options.isQuiz, Side.allCases.contains(where: { !(r.clinical.knee[$0] ?? []).isEmpty }) { wide.append(KneePanel()) }
        return (SheetSections.panels(), wide)
    }

    /// Alt text for `view`, in sentences.
    public static func altText(for view: ViewSpec, context: FigureContext) -> String {
        let r = context.result
        // A quiz figure's alt text tells what a sighted student sees — the views and the pain map — and, like
        // the figure, names no root, level or lesion.
        if context.options.isQuiz {
            let kind = view == .sheet ? "A quiz sheet with sagittal, axial and foraminal sections and body charts"
                : "A quiz figure: " + panel(for: view, context: context).title(context).lowercased()
            return [kind + "; nothing on it is named.", AltText.painSentence(r), "Teaching model — not for diagnosis."].joined(separator: " ")
        }
        let kind: String = switch view {
        case .sheet: "A teaching sheet with sagittal, axial and foraminal sections, body charts and a findings table."
            + (context.options.axialOrientation == .radiological
               ? " The axial section is viewed from below, as MRI and CT are read: the patient's left is on the viewer's right." : "")
        default: panel(for: view, context: context).altText(context)
        }
        return [kind, AltText.lesionsSentence(r), AltText.rootsSentence(r), AltText.painSentence(r),
                "Teaching model — not for diagnosis."].joined(separator: " ")
    }
}
