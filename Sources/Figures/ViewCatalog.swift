import Anatomy
import Compression
import Diagram
import Scenario

/// Which panel draws which view, and the page each view gets.
public enum ViewCatalog {
    /// The page for `view`: a standalone panel, or the composite teaching sheet.
    public static func scene(for view: ViewSpec, context: FigureContext) -> Scene {
        switch view {
        case .sheet:
            return FigurePage.sheet(panels: sheetPanels(context), context: context)
        case .body:
            return FigurePage.single(panel(for: view, context: context), context: context, legend: .pain)
        case .knee:
            return FigurePage.single(panel(for: view, context: context), context: context, legend: .none)
        default:
            return FigurePage.single(panel(for: view, context: context), context: context, legend: .grades)
        }
    }

    /// The panel that draws a single view.
    public static func panel(for view: ViewSpec, context: FigureContext) -> Panel {
        switch view {
        case .sagittal: SagittalPanel()
        case .axial(let level): AxialPanel(level: level)
        case .foramen(let level, let side): ForamenPanel(level: level, side: side)
        case .sheet, .body, .knee: FindingsTablePanel()
        }
    }

    /// The sheet's panels: the three sections, the body chart, the knee when the pain map reaches it,
    /// and the findings table.
    static func sheetPanels(_ context: FigureContext) -> [Panel] {
        var panels: [Panel] = [SagittalPanel(), AxialPanel(level: nil), ForamenPanel(level: nil, side: nil)]
        panels.append(FindingsTablePanel())
        return panels
    }

    /// Alt text for `view`, in sentences.
    public static func altText(for view: ViewSpec, context: FigureContext) -> String {
        let r = context.result
        let kind: String = switch view {
        case .sheet: "A teaching sheet with sagittal, axial and foraminal sections, body charts and a findings table."
        default: panel(for: view, context: context).altText(context)
        }
        return [kind, AltText.lesionsSentence(r), AltText.rootsSentence(r), AltText.painSentence(r),
                "Teaching model — not for diagnosis."].joined(separator: " ")
    }
}
