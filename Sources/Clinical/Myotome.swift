import Anatomy

/// A muscle and the movement that tests it.
public struct MuscleTest: Sendable, Hashable, Codable {
    /// The movement asked of the patient: "great toe extension".
    public var action: String
    /// The muscle (or group) doing it: "extensor hallucis longus".
    public var muscle: String

    public init(action: String, muscle: String) {
        self.action = action
        self.muscle = muscle
    }
}

/// What a root moves (§D3): the key muscle tested for it and the others that weaken with it.
public struct Myotome: Sendable, Hashable {
    public var root: Root
    /// The key muscle and its action. ISNCSCI names key muscles for L2–S1 only; L1 and S2 get the
    /// closest commonly tested movement, and ``isISNCSCIKeyMuscle`` is false for them.
    public var keyMuscle: MuscleTest
    public var isISNCSCIKeyMuscle: Bool
    /// Other muscles commonly weak when this root is compressed, most useful first.
    public var otherWeakMuscles: [String]

    /// The muscles Radix lists weak when this root is compressed: the key muscle first, then the ones
    /// §D3 names for telling this root from its neighbours — quadriceps for L4 (with tibialis anterior,
    /// the ISNCSCI key muscle), gluteus medius and tibialis posterior for L5 (with extensor hallucis
    /// longus): hip abduction and foot inversion are weak in an L5 root lesion and spared in a common
    /// fibular (peroneal) palsy (§D5: superior gluteal and tibial nerves).
    public var testedMuscles: [MuscleTest] {
        // §D3 "Other muscles commonly weak" [GK (ISNCSCI standard); C S52]; §D5 nerves [C S58, C S59; GK]
        switch root {
        case .L4: [keyMuscle, MuscleTest(action: "knee extension", muscle: "quadriceps")]
        case .L5: [keyMuscle, MuscleTest(action: "hip abduction", muscle: "gluteus medius"),
                   MuscleTest(action: "foot inversion", muscle: "tibialis posterior")]
        default: [keyMuscle]
        }
    }

    /// The myotome of `root`.
    public static func of(_ root: Root) -> Myotome {
        guard let myotome = table[root] else { preconditionFailure("myotome table lacks \(root.name)") }
        return myotome
    }

    // §D3 myotomes and key muscles [GK (ISNCSCI standard); Harrison's motor column C S52].
    // L1: "— (hip flexion contribution), iliopsoas (minor)". S2: "—; toe flexors, intrinsic foot muscles".
    static let table: [Root: Myotome] = [
        .L1: Myotome(root: .L1, keyMuscle: MuscleTest(action: "hip flexion", muscle: "iliopsoas (minor contribution)"),
                     isISNCSCIKeyMuscle: false, otherWeakMuscles: []),
        .L2: Myotome(root: .L2, keyMuscle: MuscleTest(action: "hip flexion", muscle: "iliopsoas"),
                     isISNCSCIKeyMuscle: true, otherWeakMuscles: ["hip adductors", "sartorius"]),
        .L3: Myotome(root: .L3, keyMuscle: MuscleTest(action: "knee extension", muscle: "quadriceps"),
                     isISNCSCIKeyMuscle: true, otherWeakMuscles: ["hip adductors", "hip flexors (iliopsoas)"]),
        .L4: Myotome(root: .L4, keyMuscle: MuscleTest(action: "ankle dorsiflexion", muscle: "tibialis anterior"),
                     isISNCSCIKeyMuscle: true, otherWeakMuscles: ["quadriceps", "foot inversion (tibialis posterior)", "hip adductors"]),
        .L5: Myotome(root: .L5, keyMuscle: MuscleTest(action: "great toe extension", muscle: "extensor hallucis longus"),
                     isISNCSCIKeyMuscle: true,
                     otherWeakMuscles: ["hip abduction (gluteus medius: Trendelenburg gait)", "ankle dorsiflexion",
                                        "foot inversion (tibialis posterior)", "foot eversion (peronei)", "toe extensors"]),
        .S1: Myotome(root: .S1, keyMuscle: MuscleTest(action: "ankle plantar flexion", muscle: "gastrocnemius and soleus"),
                     isISNCSCIKeyMuscle: true,
                     otherWeakMuscles: ["foot eversion (peronei)", "gluteus maximus", "hamstrings", "toe flexors"]),
        .S2: Myotome(root: .S2, keyMuscle: MuscleTest(action: "toe flexion", muscle: "long toe flexors"),
                     isISNCSCIKeyMuscle: false, otherWeakMuscles: ["intrinsic foot muscles", "hamstrings"]),
    ]
}
