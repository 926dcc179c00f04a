import Compression
import Diagram
import Scenario

/// What every panel needs: the simulation, the scenario, and how to draw.
public struct FigureContext {
    public var result: SimulationResult
    public var scenario: Scenario
    public var options: FigureOptions
    /// Replaces the title every panel draws at its top (a sweep's small multiples are titled by their
    /// step's value); nil keeps each panel's own title.
    public var panelTitleOverride: String?

    public init(result: SimulationResult, scenario: Scenario, options: FigureOptions) {
        self.result = result
        self.scenario = scenario
        self.options = options
    }

    public var palette: Palette { options.palette }
    public var type: Typography { options.type }
}

/// One panel of a figure: draws itself into a frame of the page. Standalone views and the sheet both
/// compose panels, so a panel never assumes it owns the page.
public protocol Panel {
    /// The panel title, e.g. "Sagittal section, viewed from the left".
    func title(_ context: FigureContext) -> String
    /// Width ÷ height the panel looks best at.
    var preferredAspect: Double { get }
    /// The height the panel needs at `width` points, when its content decides it (a table); `nil` to
    /// follow `preferredAspect`.
    func preferredHeight(width: Double, context: FigureContext) -> Double?
    /// The panel's nodes, all inside `frame` (page points). Ids are prefixed with the panel's name.
    func nodes(in frame: Rect, context: FigureContext) -> [Node]
    /// One or two sentences for the alt text.
    func altText(_ context: FigureContext) -> String
    /// The scale, page points per model millimetre, the panel would draw its section at in `frame`
    /// (ignoring ``FigureOptions/sectionScale``); `nil` for panels that are not sections drawn to scale.
    /// Several panels meant to be compared share the smallest of theirs (a sweep's small multiples).
    func drawingScale(in frame: Rect, context: FigureContext) -> Double?
    /// The least height, points, of a frame `width` points wide in which the panel's drawing spans the width it is
    /// given (a taller frame adds only white space round it); `nil` when the panel does not know it.
    func fillingHeight(width: Double, context: FigureContext) -> Double?
    /// The panel with whatever it builds from `context`'s result alone made once, for a layout that asks for
    /// ``drawingScale(in:context:)`` in many frames (the sheet's search for its sections' shared scale). Drawn with
    /// that same result only.
    func prepared(for context: FigureContext) -> Panel
}

extension Panel {
    public func preferredHeight(width: Double, context: FigureContext) -> Double? { nil }
    public func drawingScale(in frame: Rect, context: FigureContext) -> Double? { nil }
    public func fillingHeight(width: Double, context: FigureContext) -> Double? { nil }
    public func prepared(for context: FigureContext) -> Panel { self }
}
