import Anatomy

extension DermatomeAtlas {
    // §D1 dermatomes, "Foerster 1933 / standard texts" column [C S50, C S49b]; weights [D].
    // Root-section "remaining sensibility" maps: compact, non-overlapping areas. The medial border of
    // the foot (L4) has no region of its own and is drawn with the medial ankle.
    // L4 reaches only "just below the medial knee" (§D1 knee column), drawn as a medial-knee fringe.
    static let foerster: [Root: Entry] = [
        .L1: Entry(areas: [.core(.groin), .fringe(.anteriorThigh)],
                   summary: "the groin and the top of the front of the thigh, just below the inguinal ligament"),
        .L2: Entry(areas: [.core(.anteriorThigh), .fringe(.lateralThigh)],
                   summary: "the front and outer side of the upper thigh"),
        .L3: Entry(areas: [.core(.anteriorThigh), .core(.medialThigh), .core(.anteriorKnee), .core(.medialKnee),
                           .fringe(.lateralKnee)],
                   summary: "the front and inner side of the lower thigh and the front and sides of the knee"),
        .L4: Entry(areas: [.core(.medialLeg), .core(.medialAnkle), .fringe(.medialKnee), .fringe(.anteriorLeg)],
                   summary: "the inner side of the leg from just below the knee to the medial malleolus and the inner border of the foot"),
        .L5: Entry(areas: [.core(.lateralLeg), .core(.dorsumFoot), .core(.greatToe), .fringe(.anteriorLeg)],
                   summary: "the outer side of the leg, the front of the ankle, the dorsum of the foot and the great toe"),
        .S1: Entry(areas: [.core(.lateralAnkle), .core(.lateralFoot), .core(.sole), .core(.heel), .fringe(.posteriorLeg)],
                   summary: "the outer ankle, the outer border and sole of the foot, the heel and the little toe, with a strip up the back of the calf"),
        .S2: Entry(areas: [.core(.posteriorThigh), .core(.posteriorKnee), .fringe(.posteriorLeg)],
                   summary: "the back of the thigh, the popliteal fossa behind the knee and a strip down the back of the calf"),
    ]
}
