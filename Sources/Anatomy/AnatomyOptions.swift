/// How a scenario adjusts the default adult morphometry.
public struct AnatomyOptions: Sendable, Hashable, Codable {
    /// Multiplies every default dimension, roots included. Allowed 0.8 … 1.25.
    public var scale: Double
    /// Per-level overrides of the default (unscaled) morphometry; a given value is used as is, not scaled.
    public var levels: [DiscLevel: LevelOverrides]

    public static let allowedScale: ClosedRange<Double> = 0.8...1.25

    /// The same anatomy with its sides swapped (each level's left values become its right ones).
    public var mirrored: AnatomyOptions {
        var copy = self
        for (level, o) in levels where o.left != nil || o.right != nil {
            copy.levels[level]?.left = o.right
            copy.levels[level]?.right = o.left
        }
        return copy
    }

    public init(scale: Double = 1, levels: [DiscLevel: LevelOverrides] = [:]) {
        self.scale = scale
        self.levels = levels
    }
}

/// Measured dimensions at one level that replace the defaults. All in millimetres; nil keeps the default.
public struct LevelOverrides: Sendable, Hashable, Codable {
    /// Mid-sagittal canal diameter at the disc, disc margin to ligamentum flavum.
    public var canalAP: Double?
    /// Distance between the medial walls of the pedicles.
    public var interpedicular: Double?
    /// Posterior disc height.
    public var discHeight: Double?
    /// Lateral recess depth: posterior disc/body margin to the tip of the superior articular process.
    public var recessDepth: Double?
    /// Foraminal height, pedicle to pedicle.
    public var foramenHeight: Double?
    /// Foraminal width (AP) at the level of the exiting root.
    public var foramenWidth: Double?
    /// Short-axis width of the exiting root's dorsal root ganglion in this level's foramen (the L4 ganglion at
    /// L4–L5). nil keeps the default (`Morphometry.rootRadius`, twice the ganglion radius, times the scale).
    public var ganglionWidth: Double?

    /// One side's own values of the paired structures, where they differ from the level's (`recessDepth`,
    /// `foramenHeight`, `foramenWidth` above, which then stand for the other side or, when both sides are given,
    /// for neither). nil keeps the level's value. The population sampler gives each side its own.
    public var left: SideOverrides?
    public var right: SideOverrides?

    public init(canalAP: Double? = nil, interpedicular: Double? = nil, discHeight: Double? = nil,
                recessDepth: Double? = nil, foramenHeight: Double? = nil, foramenWidth: Double? = nil,
                ganglionWidth: Double? = nil, left: SideOverrides? = nil, right: SideOverrides? = nil) {
        self.canalAP = canalAP
        self.interpedicular = interpedicular
        self.discHeight = discHeight
        self.recessDepth = recessDepth
        self.foramenHeight = foramenHeight
        self.foramenWidth = foramenWidth
        self.ganglionWidth = ganglionWidth
        self.left = left
        self.right = right
    }

    /// `side`'s own values, if any.
    public subscript(side: Side) -> SideOverrides? { side == .left ? left : right }

    /// The range each override may take (mm); wide enough for real variation and pathology, narrow enough
    /// that the geometry stays a spine.
    public static let allowedRanges: [(key: String, range: ClosedRange<Double>)] = [
        ("canal_ap_mm", 4...30),
        ("interpedicular_mm", 14...40),
        ("disc_height_mm", 0.5...16),
        ("recess_depth_mm", 0.5...16),
        ("foramen_height_mm", 6...30),
        ("foramen_width_mm", 3...14),
        // Cadaver DRG widths span 3.2–6.5 mm (population.md §A11.2i [C S38]); the range leaves room either side
        // for small people and enlarged ganglia [D].
        ("ganglion_width_mm", 2...10),
    ]

    /// The measurements a side may give for itself (`left:`/`right:` in a scenario): the paired structures.
    public static let sideKeys: Set<String> = ["recess_depth_mm", "foramen_height_mm", "foramen_width_mm", "ganglion_width_mm"]
}

/// The measurements of one side's lateral recess, foramen and ganglion that replace the level's (mm; nil keeps it).
public struct SideOverrides: Sendable, Hashable, Codable {
    public var recessDepth: Double?
    public var foramenHeight: Double?
    public var foramenWidth: Double?
    public var ganglionWidth: Double?

    public init(recessDepth: Double? = nil, foramenHeight: Double? = nil, foramenWidth: Double? = nil, ganglionWidth: Double? = nil) {
        self.recessDepth = recessDepth
        self.foramenHeight = foramenHeight
        self.foramenWidth = foramenWidth
        self.ganglionWidth = ganglionWidth
    }
}
