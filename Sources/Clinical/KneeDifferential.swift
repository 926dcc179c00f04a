/// A local (or hip) cause of knee pain that a clinician rules out before blaming a lumbar root (§F).
///
/// The teaching point: root pain at the knee comes with a normal knee examination (the knee itself is
/// not tender, moves fully and without pain) and with neurological signs; each of these conditions has
/// the opposite pattern.
public struct KneeDifferential: Sendable, Hashable {
    /// The condition, lower case: "patellofemoral pain".
    public var condition: String
    /// Body-chart regions where it hurts (knee regions, plus the thigh or groin where it starts there).
    public var regions: [BodyRegion]
    /// The history that suggests it.
    public var keyHistory: String
    /// One sign that separates it from an L3/L4 root lesion.
    public var distinguishingSign: String
    /// Where this row comes from: "§F [C S77]" (rows outside §F say so).
    public var citation: String

    public init(condition: String, regions: [BodyRegion], keyHistory: String, distinguishingSign: String, citation: String) {
        self.condition = condition
        self.regions = regions
        self.keyHistory = keyHistory
        self.distinguishingSign = distinguishingSign
        self.citation = citation
    }

    /// The differential, most common first (pes anserine bursitis, common at the medial knee and the
    /// L3/L4 mimic, before the rarer saphenous neuropathy).
    // §F differential diagnosis: referred/local knee pain
    public static let all: [KneeDifferential] = [
        KneeDifferential(
            condition: "patellofemoral pain",
            regions: [.anteriorKnee],
            keyHistory: "insidious pain around or behind the patella with squatting, stairs, running or prolonged sitting (the theatre sign); young, more often female",
            distinguishingSign: "pain reproduced by squatting (loaded knee flexion) with a normal neurological examination",
            citation: "§F [C S77]"),
        KneeDifferential(
            condition: "meniscal tear",
            regions: [.medialKnee, .lateralKnee],
            keyHistory: "twisting injury, or degenerative over 45 years; catching, locking, effusion",
            distinguishingSign: "joint-line tenderness with a positive McMurray or Thessaly test",
            citation: "§F [C S76]"),
        KneeDifferential(
            condition: "knee osteoarthritis",
            regions: [.anteriorKnee, .medialKnee, .lateralKnee],
            keyHistory: "over 50 years, pain on activity, morning stiffness under 30 minutes",
            // ACR clinical criteria (Altman 1986): knee pain and at least 3 of six; reduced motion is not one.
            distinguishingSign: "knee pain and 3 of: age over 50, stiffness under 30 minutes, crepitus, bony tenderness, bony enlargement, no palpable warmth (ACR, Altman 1986)",
            citation: "§F [C S78]"),
        KneeDifferential(
            condition: "hip pathology referring to the knee",
            regions: [.groin, .anteriorThigh, .medialThigh, .anteriorKnee, .medialKnee, .medialLeg],
            keyHistory: "groin or thigh pain, sometimes knee pain only, sometimes below the knee in the saphenous territory (hip osteoarthritis; slipped capital femoral epiphysis in adolescents)",
            distinguishingSign: "groin pain; painful, limited hip internal rotation; normal knee examination",
            citation: "§F [C S73, C S74, C S75]"),
        KneeDifferential(
            condition: "pes anserine bursitis or tendinopathy",
            regions: [.medialKnee],
            keyHistory: "medial knee pain just below the joint line, where L3 and L4 pain also reaches; worse on stairs and rising from a chair",
            // The conjoined sartorius, gracilis and semitendinosus tendons insert on the anteromedial proximal
            // tibia a few centimetres below the joint line; point tenderness there is the hallmark finding
            // (StatPearls, Pes anserine bursitis; Medscape 308694, physical examination).
            distinguishingSign: "point tenderness over the proximal medial tibia below the joint line (the pes anserinus insertion), with normal sensation, strength and knee jerk",
            citation: "§F [GK]; StatPearls \"Pes anserine bursitis\"; Medscape 308694"),
        KneeDifferential(
            condition: "saphenous neuropathy (trunk or infrapatellar branch)",
            regions: [.medialKnee],
            keyHistory: "burning or tingling over the medial knee and leg",
            // The trunk is entrapped in the adductor canal; the infrapatellar branch at the medial knee.
            distinguishingSign: "purely sensory, normal strength and knee jerk; tender over the adductor canal (trunk) or the medial knee (infrapatellar branch)",
            citation: "§F [GK]"),
        KneeDifferential(
            condition: "meralgia paraesthetica (lateral femoral cutaneous nerve)",
            regions: [.lateralThigh],
            keyHistory: "burning of the outer thigh",
            distinguishingSign: "sensory change that stops above the knee, with no motor or reflex change",
            citation: "§F [C S58; GK]"),
        KneeDifferential(
            condition: "common fibular neuropathy at the fibular head",
            regions: [.lateralKnee, .lateralLeg, .dorsumFoot],
            keyHistory: "foot drop and numbness of the outer leg and dorsum of the foot after pressure on or injury to the fibular head (an L5 mimic)",
            distinguishingSign: "weak ankle dorsiflexion and eversion with foot inversion (tibialis posterior, tibial nerve) and hip abduction (gluteus medius, superior gluteal nerve) spared",
            // The common fibular nerve winds round the fibular neck and supplies the ankle dorsiflexors and
            // evertors (Baima & Krivickas 2008, Curr Rev Musculoskelet Med 1:147, PMC2684217); tibialis posterior
            // (tibial nerve) and gluteus medius (superior gluteal nerve) share the L5 root but not that nerve,
            // so a focused examination separates the two (Bowley & Doughty 2019, "Entrapment neuropathies of
            // the lower extremity", Med Clin North Am).
            citation: "§D5 [C S58, C S59]; Baima & Krivickas 2008; Bowley & Doughty 2019"),
        KneeDifferential(
            condition: "Baker's cyst or deep vein thrombosis",
            regions: [.posteriorKnee, .posteriorLeg],
            keyHistory: "swelling or fullness behind the knee; a swollen, warm or tender calf",
            // A ruptured popliteal (Baker's) cyst is "pseudothrombophlebitis": it cannot be told from a deep vein
            // thrombosis by examination, and the two may coexist; ultrasonography tells them apart (Jpn J Phlebol
            // 23(3):261, ruptured Baker's cysts among 424 swollen legs; UpToDate, DVT differential: a mass behind
            // the knee felt in extension, bruising around the ankle).
            distinguishingSign: "a swelling behind the knee (felt with the knee straight) or a swollen, tender calf, with a normal neurological examination; a ruptured cyst and a thrombosis look alike, so a same-day duplex ultrasound tells them apart",
            citation: "[GK] (not in §F); Jpn J Phlebol 23(3):261; UpToDate, DVT differential diagnosis"),
    ]
}
