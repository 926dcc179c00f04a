import Anatomy

/// The nerve tension (provocative) tests Radix predicts (§D3).
public enum TensionTestKind: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    /// Prone knee bend ± hip extension ("reverse SLR"): stretches the femoral nerve, L2–L4.
    case femoralNerveStretch = "femoral nerve stretch"
    /// Lasègue: stretches the sciatic nerve, L4–S2 (mostly L5–S1).
    case straightLegRaise = "straight-leg raise"

    /// The report's `test` words.
    public var name: String { rawValue }

    public static func < (a: TensionTestKind, b: TensionTestKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// What a tension test is expected to show, weaker first.
public enum TestExpectation: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    /// A root irritated by slow compression (stenosis, slip, degeneration): the straight-leg raise is
    /// usually negative in lumbar spinal stenosis (§C3; Suri 2010, JAMA).
    case usuallyNegative = "usually negative"
    case possiblyPositive = "possibly positive"
    case positive

    public static func < (a: TestExpectation, b: TestExpectation) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

extension Root {
    /// The tension tests expected when this root is painful (irritated), strongest expectation per test.
    ///
    /// Upper lumbar roots give a negative SLR and a positive femoral stretch; L4 gives both, the SLR
    /// only "sometimes". L1's femoral stretch is weak, so only "possibly positive".
    public var tensionTests: [(test: TensionTestKind, expected: TestExpectation)] {
        // §D3 provocative tests table and "Tension / provocative tests" [C S52, C2 S55]; L1 "femoral stretch (weak)"
        switch self {
        case .L1: [(.femoralNerveStretch, .possiblyPositive)]
        case .L2, .L3: [(.femoralNerveStretch, .positive)]
        case .L4: [(.femoralNerveStretch, .positive), (.straightLegRaise, .possiblyPositive)]
        case .L5, .S1, .S2: [(.straightLegRaise, .positive)]
        }
    }

    /// The tension tests expected when this root is irritated by slow compression: the same tests, but a
    /// straight-leg raise is usually negative (§C3: the examination at rest is often normal in stenosis;
    /// Suri 2010, JAMA). The femoral nerve stretch keeps its expectation: the reference gives no
    /// stenosis figure for it.
    public var chronicTensionTests: [(test: TensionTestKind, expected: TestExpectation)] {
        tensionTests.map { $0.test == .straightLegRaise ? ($0.test, .usuallyNegative) : $0 }
    }
}
