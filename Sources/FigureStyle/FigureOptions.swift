import Diagram

/// Which words a figure keeps (figures guide, "Labels").
public enum LabelMode: String, CaseIterable, Sendable, Hashable {
    /// Every structure named.
    case full
    /// Only what the scenario is about: the lesion, the hurt roots, the affected regions.
    case minimal
    /// A quiz figure: no words on the anatomy, and nothing anywhere that names a root, level or lesion
    /// (as `radix quiz` draws): a neutral title and caption, no findings table, no grade legend, every
    /// root filled as unhurt.
    case none
}

/// Which way an axial section faces the reader (`--orientation`).
public enum AxialOrientation: String, CaseIterable, Sendable, Hashable {
    /// Viewed from above, anterior at the top: the patient's left on the viewer's left (the atlases' view).
    case anatomical
    /// Viewed from below, as MRI and CT are read: anterior at the top, the patient's left on the viewer's right.
    case radiological
}

/// How a figure is drawn.
/// Not `Sendable`: the Cairo measurer is a class bound to one thread; each worker makes its own options.
public struct FigureOptions {
    /// Page width in pixels (= points at scale 1). Default 2400 (16:9 slides).
    public var width: Double
    public var theme: Theme
    public var labels: LabelMode
    /// Measures text for layout; the Cairo measurer for real output, an approximate one in tests.
    public var measurer: any TextMeasurer
    /// When set, the axial and foraminal sections draw at most this many page points per millimetre, so
    /// that panels drawn side by side share one scale (see ``Panel/drawingScale(in:context:)``); a section
    /// whose frame would allow more is drawn at this scale, centred. `nil`: each section fills its frame.
    public var sectionScale: Double?
    /// Which way axial sections face the reader; anatomical (from above) unless asked.
    public var axialOrientation: AxialOrientation = .anatomical

    public init(width: Double = 2400, theme: Theme = .color, labels: LabelMode = .full,
                measurer: any TextMeasurer = ApproximateTextMeasurer()) {
        self.width = max(600, min(12000, width))
        self.theme = theme
        self.labels = labels
        self.measurer = measurer
    }

    public var palette: Palette { Palette(theme, neutralGrades: labels == .none) }
    /// True for a quiz figure (`LabelMode.none`), which must not name the answer.
    public var isQuiz: Bool { labels == .none }
    public var type: Typography { Typography(pageWidth: width) }
}

/// Type sizes for a page `pageWidth` points wide printed 20 cm across (figures guide, "Sizes"): text never
/// below 9 pt at print size (≈ 38 px at 2400 px), panel titles 13.5 pt, the title 19 pt.
public struct Typography: Sendable, Hashable {
    /// Page points per printed point.
    public var unit: Double

    public init(pageWidth: Double) { unit = pageWidth / 567 }  // 20 cm = 567 pt

    public var small: Font { Font(size: 9 * unit) }
    public var body: Font { Font(size: 9.5 * unit) }
    public var label: Font { Font(size: 9 * unit) }
    public var panelTitle: Font { Font(size: 13.5 * unit, weight: .bold) }
    public var title: Font { Font(size: 19 * unit, weight: .bold) }
    /// Standard gap between blocks.
    public var gap: Double { 6 * unit }
    /// Standard line width for outlines.
    public var line: Double { 0.5 * unit }
}
