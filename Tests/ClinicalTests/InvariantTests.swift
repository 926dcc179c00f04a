import Anatomy
@testable import Clinical
import XCTest

/// Properties looped over every small case: mirror, monotone, order-free, bounded.
final class InvariantTests: XCTestCase {
    /// Every single involvement: root × side × grade × inflamed × deformation sample.
    private var singles: [RootInvolvement] {
        var all: [RootInvolvement] = []
        for root in Root.allCases {
            for side in Side.allCases {
                for grade in RootGrade.allCases {
                    for inflamed in [false, true] {
                        for d in deformationSamples {
                            all.append(RootInvolvement(root: root, side: side, grade: grade, inflamed: inflamed, deformationPercent: d))
                        }
                    }
                }
            }
        }
        return all
    }

    /// A few multi-root, two-sided inputs with somatic sources.
    private var combinations: [([RootInvolvement], [SomaticSource])] {
        [
            ([RootInvolvement(root: .L5, side: .left, grade: .compression, deformationPercent: 60),
              RootInvolvement(root: .S1, side: .right, grade: .deviation, inflamed: true),
              RootInvolvement(root: .L4, side: .left, grade: .contact, inflamed: true)],
             [SomaticSource(level: .L4L5, laterality: .left, intensity: 0.8)]),
            ([RootInvolvement(root: .L3, side: .right, grade: .compression, deformationPercent: 20),
              RootInvolvement(root: .L4, side: .right, grade: .compression, deformationPercent: 55),
              RootInvolvement(root: .L3, side: .left, grade: .deviation)],
             [SomaticSource(level: .L3L4, laterality: .bilateral, intensity: 0.4),
              SomaticSource(level: .L2L3, laterality: .right, intensity: 0.7)]),
            (Root.allCases.map { RootInvolvement(root: $0, side: $0.rawValue.isMultiple(of: 2) ? .left : .right, grade: .compression) },
             []),
        ]
    }

    func testMirroredInputGivesMirroredOutput() {
        for atlas in Atlas.allCases {
            for mechanism: Mechanism in [.discogenic, .stenotic, .none] {
                for single in singles {
                    let p = picture([single], atlas: atlas, mechanism: mechanism)
                    let q = picture([single.mirrored], atlas: atlas, mechanism: mechanism)
                    XCTAssertEqual(q, p.mirrored, "\(single) \(atlas)")
                }
                for (involvements, sources) in combinations {
                    let p = picture(involvements, atlas: atlas, sources: sources, mechanism: mechanism)
                    let q = picture(involvements.map(\.mirrored), atlas: atlas, sources: sources.map(\.mirrored), mechanism: mechanism)
                    XCTAssertEqual(q, p.mirrored, "\(atlas) \(mechanism)")
                    XCTAssertEqual(p.mirrored.mirrored, p)
                    XCTAssertNotEqual(p.mirrored, p, "every combination is one-sided somewhere")
                }
            }
        }
    }

    func testMirroringReallySwapsSides() {
        let p = picture([RootInvolvement(root: .L3, side: .left, grade: .compression)])
        XCTAssertFalse(p.knee(.left).isEmpty)
        XCTAssertEqual(p.mirrored.knee(.right), p.knee(.left))
        XCTAssertEqual(p.mirrored.knee(.left), [])
        XCTAssertTrue(p.mirrored.painMap.allSatisfy { $0.side == .right })
        XCTAssertNotEqual(p.mirrored, p)
    }

    func testHigherGradesNeverGiveLess() {
        for atlas in Atlas.allCases {
            for root in Root.allCases {
                for side in Side.allCases {
                    for inflamed in [false, true] {
                        for d in deformationSamples {
                            var previous: ClinicalPicture?
                            for grade in RootGrade.allCases {
                                let p = picture([RootInvolvement(root: root, side: side, grade: grade, inflamed: inflamed, deformationPercent: d)],
                                                atlas: atlas, mechanism: .discogenic)
                                if let previous, let problem = firstShortfall(of: p, below: previous) {
                                    XCTFail("\(root.name) \(side) \(atlas) inflamed \(inflamed) \(d)% grade \(grade): \(problem)")
                                }
                                previous = p
                            }
                        }
                    }
                }
            }
        }
    }

    func testMoreDeformationNeverGivesLess() {
        for atlas in Atlas.allCases {
            for root in Root.allCases {
                for grade in RootGrade.allCases {
                    var previous: ClinicalPicture?
                    for d in deformationSamples {
                        let p = picture([RootInvolvement(root: root, side: .left, grade: grade, deformationPercent: d)], atlas: atlas)
                        if let previous, let problem = firstShortfall(of: p, below: previous) {
                            XCTFail("\(root.name) \(atlas) \(grade) \(d)%: \(problem)")
                        }
                        previous = p
                    }
                }
            }
        }
    }

    func testTheMonotonicityCheckCanFail() {
        // Guard against a vacuous property test: a real drop is caught.
        let strong = picture([RootInvolvement(root: .L5, side: .left, grade: .compression)])
        let weak = picture([RootInvolvement(root: .L5, side: .left, grade: .deviation)])
        XCTAssertNotNil(firstShortfall(of: weak, below: strong))
        XCTAssertNil(firstShortfall(of: strong, below: weak))
    }

    func testAddingAnInvolvementOrASourceNeverGivesLess() {
        for atlas in Atlas.allCases {
            for (involvements, sources) in combinations {
                let base = picture(involvements, atlas: atlas, sources: sources)
                for extra in singles where extra.deformationPercent == 30 {
                    let more = picture(involvements + [extra], atlas: atlas, sources: sources)
                    if let problem = firstShortfall(of: more, below: base) { XCTFail("\(extra): \(problem)") }
                }
                let louder = picture(involvements, atlas: atlas, sources: sources + [SomaticSource(level: .L1L2, laterality: .bilateral, intensity: 1)])
                XCTAssertNil(firstShortfall(of: louder, below: base))
            }
        }
    }

    func testInputOrderDoesNotMatter() {
        for atlas in Atlas.allCases {
            for (involvements, sources) in combinations {
                let p = picture(involvements, atlas: atlas, sources: sources, mechanism: .stenotic)
                XCTAssertEqual(picture(involvements.reversed(), atlas: atlas, sources: sources.reversed(), mechanism: .stenotic), p)
            }
        }
    }

    func testOutputIsBoundedSortedAndConsistent() {
        for atlas in Atlas.allCases {
            for (involvements, sources) in combinations {
                let p = picture(involvements, atlas: atlas, sources: sources, mechanism: .discogenic)
                XCTAssertTrue(p.painMap.allSatisfy { $0.intensity > 0 && $0.intensity <= 1 })
                XCTAssertEqual(p.painMap, p.painMap.sorted(by: PainEntry.canonicalOrder))
                XCTAssertEqual(p.painMap, PainEntry.merged(p.painMap), "already merged")
                XCTAssertTrue(p.painMap.allSatisfy { $0.roots == $0.roots.sorted() })
                XCTAssertEqual(Set(p.knee.keys), Set(Side.allCases))
                for side in Side.allCases {
                    let fromMap = Set(p.painMap.filter { $0.side == side && $0.region.isKnee && $0.kind != .somaticReferred }.map(\.region))
                    XCTAssertEqual(Set(p.knee(side)), fromMap)
                    XCTAssertEqual(p.knee(side), p.knee(side).sorted())
                }
                XCTAssertEqual(p.sensory, p.sensory.sorted(by: ClinicalPicture.rootSideOrder))
                XCTAssertEqual(p.reflexes, p.reflexes.sorted(by: ClinicalPicture.reflexOrder))
                XCTAssertEqual(p.tests, p.tests.sorted(by: ClinicalPicture.testOrder))
                XCTAssertEqual(p.motor, p.motor.sorted(by: ClinicalPicture.rootSideOrder))
            }
        }
    }
}
