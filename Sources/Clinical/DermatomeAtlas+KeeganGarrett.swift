import Anatomy

extension DermatomeAtlas {
    // §D1 dermatomes, "Keegan & Garrett 1948" column [C S49 Netter plate, C S47; rest GK]; weights [D].
    // Long bands that start at the back and run into the limb; where a band only starts or passes
    // (back, buttock, lateral thigh, lateral knee) it is a fringe. L4 crosses the patella (anterior
    // knee, core) to the medial side of the great toe; the L5 band passes the lateral knee (§D1:
    // "band passes lateral knee in K&G only"), so only in this map does L5 touch the knee.
    static let keeganGarrett: [Root: Entry] = [
        .L1: Entry(areas: [.core(.groin), .fringe(.lowBack), .fringe(.anteriorThigh)],
                   summary: "a band over the iliac crest to the groin and the top of the front of the thigh"),
        .L2: Entry(areas: [.core(.anteriorThigh), .fringe(.lowBack), .fringe(.medialThigh)],
                   summary: "an oblique band from the back to the upper and middle front of the thigh"),
        .L3: Entry(areas: [.core(.anteriorThigh), .core(.medialKnee), .fringe(.buttock), .fringe(.medialThigh)],
                   summary: "a band from the buttock obliquely across the front of the lower thigh to the medial knee"),
        .L4: Entry(areas: [.core(.anteriorKnee), .core(.anteriorLeg), .core(.medialLeg), .core(.medialAnkle), .core(.greatToe),
                           .fringe(.lateralThigh)],
                   summary: "a band from the outer thigh across the front of the knee (the patella), down the inner shin to the medial ankle and the inner side of the great toe"),
        .L5: Entry(areas: [.core(.lateralLeg), .core(.dorsumFoot), .fringe(.posteriorThigh), .fringe(.lateralThigh),
                           .fringe(.lateralKnee), .fringe(.greatToe)],
                   summary: "a band from the back of the outer thigh past the outer side of the knee, down the outer leg to the dorsum of the foot and the first four toes"),
        .S1: Entry(areas: [.core(.posteriorThigh), .core(.posteriorLeg), .core(.heel), .core(.lateralFoot), .core(.sole),
                           .fringe(.buttock), .fringe(.lateralAnkle)],
                   summary: "a band from the sacrum down the back of the thigh and calf to the heel, the outer border and sole of the foot and the little toe"),
        .S2: Entry(areas: [.core(.posteriorThigh), .fringe(.posteriorKnee)],
                   summary: "a strip down the back of the thigh to the popliteal fossa behind the knee"),
    ]
}
