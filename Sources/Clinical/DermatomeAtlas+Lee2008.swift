import Anatomy

extension DermatomeAtlas {
    // §D1 dermatomes, "Lee–McPhee–Stringer 2008" column [GK! — paper C S48, details from secondary
    // summaries]; weights [D]. An evidence-based composite of the most consistent areas: the map
    // leaves blank what varies between people, so in this atlas no root reaches the lateral knee.
    // L4 stays below the knee; its upper edge "just below the medial knee" (§D1 knee column) is a
    // medial-knee fringe.
    static let lee2008: [Root: Entry] = [
        .L1: Entry(areas: [.core(.groin), .fringe(.anteriorThigh)],
                   summary: "the groin and the upper thigh"),
        .L2: Entry(areas: [.core(.anteriorThigh), .fringe(.medialThigh)],
                   summary: "the front of the mid-thigh"),
        .L3: Entry(areas: [.core(.anteriorThigh), .core(.medialThigh), .core(.medialKnee), .fringe(.anteriorKnee)],
                   summary: "the medial knee and the front of the lower thigh"),
        .L4: Entry(areas: [.core(.medialLeg), .core(.medialAnkle), .fringe(.anteriorLeg), .fringe(.medialKnee)],
                   summary: "the inner (anteromedial) leg from just below the knee down to the medial ankle"),
        .L5: Entry(areas: [.core(.lateralLeg), .core(.anteriorLeg), .core(.dorsumFoot), .core(.greatToe)],
                   summary: "the outer front of the leg and the dorsum of the foot, great toe included"),
        .S1: Entry(areas: [.core(.lateralFoot), .core(.heel), .core(.sole), .fringe(.lateralAnkle), .fringe(.posteriorLeg)],
                   summary: "the outer border of the foot, the heel and the sole"),
        .S2: Entry(areas: [.core(.posteriorThigh), .core(.posteriorKnee)],
                   summary: "the back of the thigh and the popliteal fossa behind the knee"),
    ]
}
