import Anatomy

extension ClinicalPicture {
    /// Turns "which roots are hurt, how badly" into what the patient feels and what the examiner finds.
    ///
    /// Rules (constants in ``ClinicalRules``):
    /// - **Radicular pain** from every painful involvement (grade ≥ 2, or contact with inflamed nucleus),
    ///   over the root's pain distribution ∪ its dermatome in `atlas`, core regions full, fringe half.
    /// - **Numbness** from grade ≥ 2 over the dermatome in `atlas` (mild at 2, marked at 3); the key
    ///   sensory point is listed as reduced from grade 2.
    /// - **Motor**: the key muscle from grade 3, with the other muscles §D3 tests for the root
    ///   (``Myotome/testedMuscles``). **Reflex**: diminished from grade 3, absent only when crushed
    ///   (``RootInvolvement/crushed``); L3 and L4 both act on the patellar reflex, which takes the worse change.
    /// - **Tension tests** from painful roots: femoral nerve stretch for L2–L4 (L1 possibly), straight-leg
    ///   raise for L5–S2, L4 possibly positive SLR; a chronic involvement's SLR is usually negative (§C3);
    ///   per test and side the stronger expectation wins.
    /// - **Chronic** involvements (slow compression) list no key sensory point and add ``chronicNote``;
    ///   ``intermittent`` when every painful involvement is chronic.
    /// - **Somatic referred pain** from each source: low back, buttock, posterior thigh only when intense.
    /// - Entries with the same region, side and kind are merged (``PainEntry/merged(_:)``).
    /// - **Knee**: per side, the knee regions of the pain map; somatic pain never reaches them.
    /// - **Aggravating / easing** factors from `mechanism`, only when something hurts.
    ///
    /// Invariants (tested): no involvements and no sources give ``empty``; grade-0 involvements add
    /// nothing; mirroring every input mirrors the output; a higher grade never gives less. The order of
    /// the inputs does not matter.
    ///
    /// - Parameters:
    ///   - involvements: per root and side; several entries for one root (e.g. two levels) are combined.
    ///   - atlas: the dermatome map to draw numbness and radicular pain with.
    ///   - somaticSources: discs or facets hurting by themselves.
    ///   - mechanism: what dominates the mechanics, for what aggravates and eases the pain.
    public static func derive(involvements: [RootInvolvement], atlas: Atlas,
                              somaticSources: [SomaticSource], mechanism: Mechanism) -> ClinicalPicture {
        // Grade-0 involvements add nothing (see above); dropping them first saves most of the work.
        let involvements = involvements.filter { $0.grade > .normal }
        if involvements.isEmpty && somaticSources.isEmpty { return .empty }
        var entries: [PainEntry] = []
        for involvement in involvements {
            entries += involvement.radicularPain(atlas: atlas)
            entries += involvement.numbness(atlas: atlas)
        }
        for source in somaticSources {
            entries += source.referredPain
        }
        let painMap = PainEntry.merged(entries)

        var knee: [Side: [BodyRegion]] = [:]
        for side in Side.allCases {
            let regions = painMap.filter { $0.side == side && $0.region.isKnee && $0.kind != .somaticReferred }.map(\.region)
            knee[side] = Array(Set(regions)).sorted()
        }

        // Slow compression leaves the examination at rest often normal (§C3; Suri 2010, JAMA): a chronic
        // involvement gives symptoms (pain, tingling) but no fixed key-point loss.
        let sensory = involvements
            .filter { $0.grade >= ClinicalRules.sensoryDeficitGrade && !$0.chronic }
            .map { SensoryDeficit(root: $0.root, side: $0.side, keyPoint: $0.root.keySensoryPoint) }
        let motor = involvements
            .filter { $0.grade >= ClinicalRules.motorDeficitGrade }
            .flatMap { inv in
                Myotome.of(inv.root).testedMuscles.enumerated().map { index, muscle in
                    MotorDeficit(root: inv.root, side: inv.side, action: muscle.action, muscle: muscle.muscle, isKeyMuscle: index == 0)
                }
            }

        // The worst change per reflex and side, and the strongest expectation per test and side. A handful of
        // entries: linear lists, not dictionaries (their keys are string-backed enums, hashed as strings).
        var reflexGrades: [(reflex: Reflex, side: Side, grade: ReflexGrade)] = []
        for involvement in involvements {
            guard let reflex = involvement.root.reflex, let change = ClinicalRules.reflexGrade(involvement) else { continue }
            if let i = reflexGrades.firstIndex(where: { $0.reflex == reflex && $0.side == involvement.side }) {
                reflexGrades[i].grade = max(reflexGrades[i].grade, change)
            } else {
                reflexGrades.append((reflex, involvement.side, change))
            }
        }
        let reflexes = reflexGrades.map { ReflexChange(reflex: $0.reflex.name, side: $0.side, change: $0.grade.rawValue) }

        var expectations: [(test: TensionTestKind, side: Side, expected: TestExpectation)] = []
        for involvement in involvements where involvement.isPainful {
            for (test, expected) in involvement.chronic ? involvement.root.chronicTensionTests : involvement.root.tensionTests {
                if let i = expectations.firstIndex(where: { $0.test == test && $0.side == involvement.side }) {
                    expectations[i].expected = max(expectations[i].expected, expected)
                } else {
                    expectations.append((test, involvement.side, expected))
                }
            }
        }
        let tests = expectations.map { TensionTest(test: $0.test.name, side: $0.side, expected: $0.expected.rawValue) }

        let hurts = painMap.contains { $0.kind != .numbness }
        let painful = involvements.filter(\.isPainful)
        let intermittent = !painful.isEmpty && painful.allSatisfy(\.chronic)
        return ClinicalPicture(
            painMap: painMap,
            knee: knee,
            sensory: Array(Set(sensory)).sorted(by: Self.rootSideOrder),
            motor: Array(Set(motor)).sorted(by: Self.rootSideOrder),
            reflexes: reflexes.sorted(by: Self.reflexOrder),
            tests: tests.sorted(by: Self.testOrder),
            aggravatedBy: hurts ? mechanism.aggravatingFactors : [],
            easedBy: hurts ? mechanism.easingFactors : [],
            notes: painful.contains(where: \.chronic) ? [Self.chronicNote] : [],
            intermittent: intermittent)
    }

    /// What slow compression means at the bedside (§C3 "fixed deficits often absent"; Suri 2010, JAMA).
    public static let chronicNote =
        "Slow compression (stenosis, slip or degeneration): symptoms come and go with standing and walking, the examination at rest is often normal and the straight-leg raise usually negative (§C3)."
}

// MARK: Canonical orders (shared with mirroring)

extension ClinicalPicture {
    static func rootSideOrder(_ a: SensoryDeficit, _ b: SensoryDeficit) -> Bool {
        (a.root, a.side, a.keyPoint) < (b.root, b.side, b.keyPoint)
    }

    static func rootSideOrder(_ a: MotorDeficit, _ b: MotorDeficit) -> Bool {
        (a.root, a.side, a.isKeyMuscle ? 0 : 1, a.action, a.muscle) < (b.root, b.side, b.isKeyMuscle ? 0 : 1, b.action, b.muscle)
    }

    /// Known reflexes in ``Reflex`` order, unknown names after them alphabetically; then side.
    static func reflexOrder(_ a: ReflexChange, _ b: ReflexChange) -> Bool {
        (rank(Reflex(rawValue: a.reflex)), a.reflex, a.side, a.change) < (rank(Reflex(rawValue: b.reflex)), b.reflex, b.side, b.change)
    }

    /// Known tests in ``TensionTestKind`` order, unknown names after them alphabetically; then side.
    static func testOrder(_ a: TensionTest, _ b: TensionTest) -> Bool {
        (rank(TensionTestKind(rawValue: a.test)), a.test, a.side, a.expected)
            < (rank(TensionTestKind(rawValue: b.test)), b.test, b.side, b.expected)
    }

    private static func rank<T: CaseIterable & Equatable>(_ value: T?) -> Int {
        guard let value else { return Int.max }
        return T.allCases.firstIndex(of: value).map { T.allCases.distance(from: T.allCases.startIndex, to: $0) } ?? Int.max
    }
}
