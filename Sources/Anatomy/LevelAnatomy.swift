/// The neutral-posture anatomy of one disc level, with the scenario's scale and overrides applied.
/// Millimetres. Local frame: origin on the midline at the posterior margin of the lower vertebra's upper
/// endplate; x lateral (+ left), y posterior, z cranial.
public struct LevelAnatomy: Sendable, Hashable {
    public var level: DiscLevel
    /// Segment dimensions after scale and overrides.
    public var segment: Morphometry.Segmental
    public var upper: Morphometry.Vertebral
    public var lower: Morphometry.Vertebral
    /// The body-size factor of the scenario (0.8 … 1.25).
    public var scale: Double
    /// Each side's lateral recess depth, foraminal height and foraminal width (mm). Equal on both sides unless
    /// the options give a side its own; `segment` then holds their means (exactly the value when they are equal).
    public var recessDepths: SideValues
    public var foramenHeights: SideValues
    public var foramenWidths: SideValues
    /// Each side's exiting-root ganglion radius (mm): half the given `ganglion_width_mm`, else the default
    /// (`Morphometry.rootRadius`) times the scale.
    public var ganglionRadii: SideValues

    public init(level: DiscLevel, options: AnatomyOptions) {
        let s = options.scale
        var seg = Morphometry.segment(level)
        seg.canalAP *= s; seg.interpedicular *= s; seg.discHeight *= s; seg.anteriorDiscHeight *= s
        seg.recessDepth *= s; seg.foramenHeight *= s; seg.foramenWidth *= s
        seg.sacHalfWidth *= s; seg.neuralArea *= s * s
        // The level's overrides, looked up once (a population builds a spine per person).
        let given = options.levels[level]
        if let o = given {
            if let v = o.canalAP { seg.canalAP = v }
            if let v = o.interpedicular { seg.interpedicular = v }
            if let v = o.discHeight {
                // Keep the anterior/posterior ratio when the posterior height is given.
                seg.anteriorDiscHeight *= v / seg.discHeight
                seg.discHeight = v
            }
            if let v = o.recessDepth { seg.recessDepth = v }
            if let v = o.foramenHeight { seg.foramenHeight = v }
            if let v = o.foramenWidth { seg.foramenWidth = v }
        }
        // Each side: its own value where the options give one, else the level's.
        var recess = SideValues(both: seg.recessDepth), height = SideValues(both: seg.foramenHeight), width = SideValues(both: seg.foramenWidth)
        var ganglion = SideValues(both: given?.ganglionWidth.map { $0 / 2 } ?? Morphometry.rootRadius(level.exitingRoot).ganglion * s)
        for side in Side.allCases {
            guard let o = given?[side] else { continue }
            if let v = o.recessDepth { recess[side] = v }
            if let v = o.foramenHeight { height[side] = v }
            if let v = o.foramenWidth { width[side] = v }
            if let v = o.ganglionWidth { ganglion[side] = v / 2 }
        }
        // The sac cannot be wider than the canal between the facets, nor the foramen lower than its disc.
        height.left = max(height.left, seg.discHeight + 2)
        height.right = max(height.right, seg.discHeight + 2)
        seg.recessDepth = recess.mean
        seg.foramenHeight = height.mean
        seg.foramenWidth = width.mean
        recessDepths = recess
        foramenHeights = height
        foramenWidths = width
        ganglionRadii = ganglion
        self.level = level
        self.segment = seg
        self.scale = s
        self.upper = Self.scaled(Morphometry.vertebra(level.upper), s)
        self.lower = Self.scaled(Morphometry.vertebra(level.lower), s)
        self.segment.sacHalfWidth = min(seg.sacHalfWidth, fittedSacHalfWidth)
    }

    private static func scaled(_ v: Morphometry.Vertebral, _ s: Double) -> Morphometry.Vertebral {
        Morphometry.Vertebral(posteriorHeight: v.posteriorHeight * s, anteriorHeight: v.anteriorHeight * s,
                              endplateDepth: v.endplateDepth * s, endplateWidth: v.endplateWidth * s,
                              pedicleHeight: v.pedicleHeight * s, pedicleWidth: v.pedicleWidth * s)
    }

    /// The widest sac that stays in front of the facets: the sac sits in the central zone of the trefoil
    /// and may reach under the facets only as far as it stays 0.5 mm in front of them (§A4 canal shape).
    var fittedSacHalfWidth: Double {
        let fx = facetEdgeX, ry = sacAP / 2, cy = sacCenterY
        let room = recessDepths.min - 0.5 * scale - cy
        guard room > 0 else { return fx - 0.3 * scale }
        let t = min(0.99, room / ry)
        return fx / (1 - t * t).squareRoot()
    }

    /// Half the interpedicular width: x of the medial pedicle wall.
    public var pedicleWallX: Double { segment.interpedicular / 2 }
    /// x of the medial facet edge, where the subarticular zone begins (§B8 zones).
    public var facetEdgeX: Double { max(segment.interpedicular / 2 - Morphometry.subarticularWidth * scale, segment.interpedicular / 4) }
    /// Height of the foramen above the disc top, under the upper pedicle (the inferior vertebral notch); the
    /// mean of the sides (``upperNotch(_:)`` for one side).
    public var upperNotch: Double { Morphometry.upperNotchShare(level) * (segment.foramenHeight - segment.discHeight) }
    /// Depth of the foramen below the disc, above the lower pedicle (the superior vertebral notch); the mean of the sides.
    public var lowerNotch: Double { (1 - Morphometry.upperNotchShare(level)) * (segment.foramenHeight - segment.discHeight) }
    /// z of the roof of the foramen (the upper pedicle's inferior margin), neutral; the mean of the sides.
    public var roofZ: Double { segment.discHeight + upperNotch }

    /// `side`'s inferior vertebral notch: the height of its foramen above the disc top.
    public func upperNotch(_ side: Side) -> Double { Morphometry.upperNotchShare(level) * (foramenHeights[side] - segment.discHeight) }
    /// `side`'s superior vertebral notch: the depth of its foramen below the disc.
    public func lowerNotch(_ side: Side) -> Double { (1 - Morphometry.upperNotchShare(level)) * (foramenHeights[side] - segment.discHeight) }
    /// AP diameter of the dural sac at the disc.
    public var sacAP: Double { max(2, segment.canalAP - (Morphometry.anteriorEpiduralFat + Morphometry.posteriorEpiduralFat) * scale) }
    /// y of the centre of the sac.
    public var sacCenterY: Double { Morphometry.anteriorEpiduralFat * scale + sacAP / 2 }
    /// Area of the undeformed sac (an ellipse), mm².
    public var sacArea: Double { Double.pi / 4 * sacAP * 2 * segment.sacHalfWidth }
}

import Foundation
