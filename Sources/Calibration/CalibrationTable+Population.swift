import Anatomy
import Clinical
import Compression
import Foundation
import Pathology
import Population

/// Rows against populations (population.md §A11.4): the share of sampled adult anatomies in which a lesion
/// compresses a root, against prevalence in people with and without pain. Each row runs a few hundred
/// samples with a fixed seed, so `swift test` (debug) stays quick; the value is exact for that seed, and its
/// 95 % Wilson interval at that size is about ± 2–5 points.
extension CalibrationTable {
    /// The seed of every population row.
    static let populationSeed: UInt64 = 1

    /// The share (%) of `samples` people, seed 1, in whom `event` holds.
    static func populationShare(_ lesions: [Lesion], samples: Int, _ event: (PopulationTally) -> Int) -> Double {
        let request = PopulationRequest(input: SimulationInput(lesions: lesions), samples: samples, seed: populationSeed)
        let tally = PopulationRunner.run(request, jobs: max(1, ProcessInfo.processInfo.activeProcessorCount))
        return 100 * Double(event(tally)) / Double(tally.samples)
    }

    static var population: [CalibrationRow] {
        var rows = [
            CalibrationRow(
                id: "population-dural-sac", topic: "Population, no lesion: people whose smallest dural-sac area is below 80 mm²",
                source: "population.md §A11.3b check; §A11.2d Nakashima 2021 [C S98]",
                literature: "DSCA < 80 mm² in 10 of 629 healthy volunteers (1.6 %, 0.9–2.9 %)",
                sweep: "1000 sampled anatomies, seed 1, no lesion; share with the smallest dural-sac area < 80 mm²",
                target: 0.9...2.9, unit: "%", measure: { populationShare([], samples: 1000) { $0.duralAreaBelow80 } }),
            CalibrationRow(
                id: "population-normal", topic: "Population, no lesion: people with any root compressed",
                source: "population.md §A11.4a, §A11.4f Weishaupt 1998 [C S110], Jensen 1994 [C S108]",
                literature: "root compression in 1 of 60 volunteers (1.7 %, 0.3–8.9 %); a normal spine compresses no root in all but a few %",
                sweep: "2000 sampled anatomies, seed 1, no lesion; share with any root at grade 3",
                target: 0...8.9, unit: "%", measure: { populationShare([], samples: 2000) { $0.anyRoot[2] } }),
        ]
        for level in [DiscLevel.L4L5, .L5S1] {
            let root = level.traversingRoot
            rows.append(CalibrationRow(
                id: "population-small-protrusion-\(level.name)", topic: "Population: a 3 mm subarticular protrusion at \(level.displayName) compresses \(root.name)",
                source: "population.md §A11.4a, §A11.4f Weishaupt 1998 [C S110]; size §A11.5 [D]",
                literature: "protrusions in ~30 % of people without pain, root compression in 1 of 60; for a typical 3–4 mm protrusion compression in ≤ 5–15 %",
                sweep: "400 sampled anatomies, seed 1, left 3 mm protrusion (the asymptomatic median of §A11.5); share with left \(root.name) at grade 3",
                target: 0...15, unit: "%", measure: {
                    populationShare([.herniation(level, .subarticular, .left, .protrusion, size: 3)], samples: 400) { $0.count(root, .left, .compression) }
                }))
            rows.append(CalibrationRow(
                id: "population-extrusion-\(level.name)", topic: "Population: a 6 mm subarticular extrusion at \(level.displayName) compresses \(root.name)",
                source: "population.md §A11.4e el Barzouhi 2014 [C S124], §A11.4f; size §A11.5 [D]",
                literature: "root compression on MRI in 68–88 % of sciatica patients; a model giving < ~60 % for an extrusion of surgical size under-calls",
                sweep: "400 sampled anatomies, seed 1, left 6 mm extrusion (the symptomatic median of §A11.5); share with left \(root.name) at grade 3",
                target: 68...100, unit: "%", measure: {
                    populationShare([.herniation(level, .subarticular, .left, .extrusion, size: 6)], samples: 400) { $0.count(root, .left, .compression) }
                }))
        }
        return rows
    }
}
