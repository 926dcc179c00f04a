import Anatomy
import Pathology

/// The slow lesions of older patients: stenosis, slips, degeneration. Onset over months.
extension QuizCaseMix {
    static func stenosis(_ g: inout QuizRandom) -> QuizDraft {
        // Judgment: central and lateral-recess stenosis about equally common, foraminal less so.
        let kind = g.weighted([(StenosisKind.central, 40), (.lateralRecess, 35), (.foraminal, 25)])
        var lesions: [Lesion] = []
        switch kind {
        case .central:
            // §C3: central stenosis is typically L4–5; §B1 (Hamanishi): L2–3, L3–4, L4–5 are the
            // levels of claudication. The shares are judgment.
            let level = g.weighted([(DiscLevel.L4L5, 60), (.L3L4, 25), (.L2L3, 10), (.L5S1, 5)])
            // §B1: dural sac < 100 mm² stenosis, < 75 mm² absolute; AP < 10 mm absolute, 10–12 relative.
            let severity: StenosisSeverity = g.chance(0.7) ? .duralArea(g.grid(50...95, step: 5)) : .canalAP(g.grid(7...10.5, step: 0.5))
            // Judgment: a buckled, thickened flavum behind and a bulging disc in front close the central canal;
            // facet hypertrophy narrows the recesses more than the midline (§B10, §C3), so it is left to them.
            let cause = g.weighted([(StenosisCause.ligamentumFlavum, 75), (.discBulge, 25)])
            lesions.append(Lesion(id: "canal", level: level, kind: .stenosis(Stenosis(kind: .central, cause: cause, severity: severity))))
            // §B1 (Hamanishi 1994): < 100 mm² at two or more levels goes with claudication; judgment:
            // one case in seven has a milder stenosis at the level above.
            if let above = level.above, g.chance(0.15) {
                lesions.append(Lesion(id: "canal above", level: above,
                                      kind: .stenosis(Stenosis(kind: .central, cause: .ligamentumFlavum, severity: .duralArea(g.grid(75...100, step: 5))))))
            }
        case .lateralRecess:
            // §A4: the trefoil canal that makes lateral recesses is mainly at L5, then L4; §B3 (C S25):
            // stenotic recesses in 52 % at L4–5 and 42 % at L5–S1. L3–4 share is judgment.
            let level = g.weighted([(DiscLevel.L4L5, 55), (.L5S1, 30), (.L3L4, 15)])
            // §B3: depth ≤ 3 mm suggestive, ≤ 2 mm diagnostic.
            let depth = g.grid(1...3, step: 0.5)
            let cause = g.weighted([(StenosisCause.facetHypertrophy, 65), (.synovialCyst, 15), (.ligamentumFlavum, 10), (.osteophyte, 10)])
            let laterality: Laterality = g.chance(0.2) ? .bilateral : Laterality(g.side())
            lesions.append(Lesion(id: cause == .synovialCyst ? "cyst" : "recess", level: level,
                                  kind: .stenosis(Stenosis(kind: .lateralRecess, laterality: laterality, cause: cause, severity: .recessDepth(depth)))))
        case .foraminal:
            // §A6: L5–S1 is the classic site ("hidden zone"); the other shares are judgment.
            let level = g.weighted([(DiscLevel.L5S1, 45), (.L4L5, 35), (.L3L4, 15), (.L2L3, 5)])
            lesions = foraminal(&g, level: level)
        }
        // §A4: acquired stenosis rises with age (absolute stenosis 19 % at 60–69 y); bands are judgment.
        let patient = QuizPatient(sex: g.coin() ? .woman : .man, decade: g.weighted([(5, 10), (6, 35), (7, 40), (8, 15)]),
                                  onset: .months(3 + g.below(22)))
        return QuizDraft(family: "stenosis", lesions: lesions, posture: .neutral, patient: patient)
    }

    /// A foraminal stenosis at `level` (§A6: L5–S1 is the smallest foramen with the largest root and
    /// ganglion), one side mostly; a third of them over a degenerated disc (§C3, §E4: disc-height loss
    /// is a main cause).
    static func foraminal(_ g: inout QuizRandom, level: DiscLevel) -> [Lesion] {
        // §B4: foraminal height ≤ 15 mm went with compression in 4 of 5 foramina (Hasegawa); the
        // weak composite grades 8–12 mm moderate.
        let height = g.grid(9...14, step: 0.5)
        let cause = g.weighted([(StenosisCause.osteophyte, 50), (.facetHypertrophy, 25), (.discBulge, 25)])
        let laterality: Laterality = g.chance(0.15) ? .bilateral : Laterality(g.side())
        var lesions = [Lesion(id: "foramen", level: level,
                              kind: .stenosis(Stenosis(kind: .foraminal, laterality: laterality, cause: cause, severity: .foramenHeight(height))))]
        if g.chance(0.3) {
            lesions.insert(Lesion(id: "disc", level: level, kind: .degeneration(Degeneration(severity: .pfirrmann(4 + g.below(2))))), at: 0)
        }
        return lesions
    }

    static func slip(_ g: inout QuizRandom) -> QuizDraft {
        var lesions: [Lesion] = []
        let decade: Int
        var sex: QuizPatient.Sex = g.coin() ? .woman : .man
        // Judgment: the two kinds about equally common in a teaching set.
        if g.chance(0.55) {
            // §B10: degenerative slips are usually L4–5, then L3–4, L5–S1; usually grade I, rarely II;
            // adults over 40–50, women more than men. Retrolisthesis (one in ten) is judgment.
            let level = g.weighted([(DiscLevel.L4L5, 75), (.L3L4, 15), (.L5S1, 10)])
            let backward = g.chance(0.1)
            let percent = backward ? g.grid(8...20, step: 1) : (g.chance(0.1) ? g.grid(26...35, step: 1) : g.grid(10...25, step: 1))
            lesions.append(Lesion(id: "slip", level: level,
                                  kind: .spondylolisthesis(Spondylolisthesis(kind: .degenerative, severity: .percent(percent),
                                                                             direction: backward ? .posterior : .anterior))))
            // §B10: facet hypertrophy with the slip narrows the canal and the recesses (judgment: two in three).
            if !backward && g.chance(0.65) {
                let laterality: Laterality = g.chance(0.6) ? .bilateral : Laterality(g.side())
                lesions.append(Lesion(id: "facets", level: level,
                                      kind: .stenosis(Stenosis(kind: .lateralRecess, laterality: laterality, cause: .facetHypertrophy,
                                                               severity: .recessDepth(g.grid(2...3.5, step: 0.5))))))
            }
            if backward {
                lesions.append(Lesion(id: "disc", level: level, kind: .degeneration(Degeneration(severity: .pfirrmann(4 + g.below(2))))))
            }
            decade = g.weighted([(5, 3), (6, 4), (7, 3)])
            if g.chance(0.4) { sex = .woman }
        } else {
            // §B10: isthmic slips are usually L5–S1 (L4–5 less often), of any grade; judgment: mostly
            // grades I–II, one in twenty grade III; patients from adolescence on, here adults 20s–40s.
            let level = g.weighted([(DiscLevel.L5S1, 85), (.L4L5, 15)])
            let percent = g.chance(0.05) ? g.grid(51...70, step: 1) : g.grid(10...50, step: 1)
            lesions.append(Lesion(id: "slip", level: level,
                                  kind: .spondylolisthesis(Spondylolisthesis(kind: .isthmic, severity: .percent(percent)))))
            decade = g.weighted([(2, 3), (3, 4), (4, 3)])
        }
        let patient = QuizPatient(sex: sex, decade: decade, onset: .months(3 + g.below(22)))
        return QuizDraft(family: "spondylolisthesis", lesions: lesions, posture: .neutral, patient: patient)
    }

    static func degeneration(_ g: inout QuizRandom) -> QuizDraft {
        var lesions: [Lesion]
        var posture = Posture.neutral
        if g.chance(0.3) {
            // §E3 (C S68): a collapsed disc plus extension narrows the foramen enough to threaten the
            // root; §A6: L5–S1 has the smallest foramen. A collapsed L5–S1 disc examined leaning back.
            lesions = [Lesion(id: "disc", level: .L5S1, kind: .degeneration(Degeneration(severity: .pfirrmann(5))))]
            posture = .extension
        } else {
            // §C3, §E4: disc-height loss narrows the foramen, osteophytes add to it. Judgment: the lowest
            // discs degenerate most (as they herniate most, §C6); one in three examined leaning back.
            let level = g.weighted([(DiscLevel.L5S1, 50), (.L4L5, 35), (.L3L4, 15)])
            lesions = [Lesion(id: "disc", level: level, kind: .degeneration(Degeneration(severity: .pfirrmann(4 + g.below(2))))),
                       Lesion(id: "osteophyte", level: level,
                              kind: .stenosis(Stenosis(kind: .foraminal, laterality: Laterality(g.side()), cause: .osteophyte,
                                                       severity: .foramenHeight(g.grid(10...14, step: 0.5)))))]
            if g.chance(1.0 / 3) { posture = .extension }
        }
        let patient = QuizPatient(sex: g.coin() ? .woman : .man, decade: g.weighted([(5, 3), (6, 4), (7, 3)]),
                                  onset: .months(3 + g.below(22)))
        return QuizDraft(family: "degeneration", lesions: lesions, posture: posture, patient: patient)
    }
}
