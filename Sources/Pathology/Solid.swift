import Anatomy
import Geometry

/// What a solid is, for figures, explanations and attribution.
public enum Structure: String, Sendable, Hashable, CaseIterable {
    case vertebralBody = "vertebral body"
    case disc
    case lamina = "lamina and ligamentum flavum"
    case facet = "facet joint"
    case pedicle
    case pars = "pars interarticularis"
    case transverseProcess = "transverse process"
    case intertransverseLigament = "intertransverse ligament"
    case herniation = "herniated disc material"
    case ligamentumFlavum = "thickened ligamentum flavum"
    case facetHypertrophy = "hypertrophied facet"
    case osteophyte
    case synovialCyst = "synovial cyst"
    case discBulge = "bulging disc"
    case parsNodule = "fibrocartilage of the pars defect"

    /// Tissue a stenosis adds (flavum, facet, osteophyte, cyst, bulging disc): what narrows a foramen's height as
    /// a residual measure. A switch, not a set: this is asked on every foraminal measurement, and a set of
    /// string-backed cases hashes strings.
    public var isStenosisTissue: Bool {
        switch self {
        case .ligamentumFlavum, .facetHypertrophy, .osteophyte, .synovialCyst, .discBulge: true
        case .vertebralBody, .disc, .lamina, .facet, .pedicle, .pars, .transverseProcess, .intertransverseLigament,
             .herniation, .parsNodule: false
        }
    }
}

/// One piece of tissue in model space (mm, global frame: z = 0 at the top of S1).
public struct Solid: Sendable, Hashable {
    public var box: Box
    public var structure: Structure
    public var level: DiscLevel
    /// The lesions that made or moved this solid.
    public var lesionSet: LesionSet
    /// True for nucleus pulposus outside the annulus (extrusion, sequestration): inflames roots it touches (§E2).
    public var isNucleus: Bool

    /// Indices (into the scenario's lesions) of the lesions that made or moved this solid, ascending.
    public var lesions: [Int] {
        get { Array(lesionSet) }
        set { lesionSet = LesionSet(newValue) }
    }

    public init(_ box: Box, _ structure: Structure, level: DiscLevel, lesions: [Int] = [], isNucleus: Bool = false) {
        self.init(box, structure, level: level, lesionSet: LesionSet(lesions), isNucleus: isNucleus)
    }

    public init(_ box: Box, _ structure: Structure, level: DiscLevel, lesionSet: LesionSet, isNucleus: Bool = false) {
        self.box = box
        self.structure = structure
        self.level = level
        self.lesionSet = lesionSet
        self.isNucleus = isNucleus
    }
}
