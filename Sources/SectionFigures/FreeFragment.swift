import Pathology

/// A sequestered fragment is free (§B9: "joined to the disc unless sequestrated"). The model makes a
/// migrated one a solid of its own beside the contained bulge its parent disc keeps, and an unmigrated one a
/// single box from inside the disc outwards; drawn as boxes, either reads as one mass with the disc. The
/// views draw the fragment apart.
/// An extruded fragment that migrated stays joined to its disc by a tail in the model and is drawn so.
enum FreeFragment {
    /// The gap drawn between a free fragment and the bulge of its parent disc, mm. A drawing choice, not a
    /// model value (no source gives one): it only pulls the fragment's front back, never its back (the side
    /// that meets the sac and roots) nor its height.
    static let gap = 1.5
    /// The least depth (AP) a fragment keeps when its front is pulled back, mm (drawing choice).
    static let leastDepth = 1.5

    /// The AP span (model y, level frame) a sequestered fragment is drawn over, nil for any other solid: its
    /// back the model's, its front pulled back `gap` behind what it left — the bulge its parent disc keeps
    /// when it migrated (a solid of its own, where the two overlap in height), or the disc's posterior margin
    /// when it did not (the model then gives the material one box from the disc outwards).
    static func drawnY(_ solid: Solid, in spine: DeformedSpine) -> ClosedRange<Double>? {
        guard solid.structure == .herniation, let index = solid.lesions.first, spine.lesions.indices.contains(index),
              case .herniation(let h) = spine.lesions[index].kind, h.morphology == .sequestration else { return nil }
        let b = solid.box
        let siblings = spine.solids.filter { $0.structure == .herniation && $0.lesions.first == index && $0 != solid }
        var behind = spine[solid.level].discBulge
        if let parent = siblings.max(by: { $0.box.max.y < $1.box.max.y }) {
            // The parent's own bulge is drawn as it is.
            guard parent.box.max.y < b.max.y else { return nil }
            guard b.min.z < parent.box.max.z, b.max.z > parent.box.min.z else { return b.min.y...b.max.y }
            behind = parent.box.max.y
        }
        let front = max(b.min.y, min(behind + gap, b.max.y - leastDepth))
        return front...b.max.y
    }
}
