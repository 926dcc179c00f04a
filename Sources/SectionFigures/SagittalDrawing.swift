import Anatomy
import Compression
import Diagram
import FigureStyle
import Pathology

/// The whole sagittal drawing in figure millimetres, before it is fitted to the page: the bent
/// skeleton, the canal map, the sac and the root courses, and the layers drawn from them.
struct SagittalDrawing {
    let result: SimulationResult
    let style: SagittalStyle
    let skeleton: SagittalSkeleton
    let map: CanalMap
    let arches: SagittalArches
    let profile: SacProfile
    let courses: [RootCourse]
    let roots: SagittalRoots
    let lesions: SagittalLesions
    /// Where the sheet's axial and foraminal sections are cut; nil draws no locator (a quiz figure, whose
    /// locators would tell the level).
    let locators: SagittalLocators?

    init(result: SimulationResult, style: SagittalStyle, locators: SagittalLocators? = nil) {
        self.locators = locators
        let spine = result.spine
        self.result = result
        self.style = style
        skeleton = SagittalSkeleton(spine: spine)
        map = CanalMap(skeleton: skeleton)
        arches = SagittalArches(skeleton: skeleton, spine: spine, style: style)
        profile = SacProfile(skeleton: skeleton, spine: spine, map: map, canalBack: arches.canalBack())
        var courses: [RootCourse] = []
        for root in Root.allCases {
            for side in Side.allCases {
                if let course = RootCourse(root: root, side: side, spine: spine, profile: profile, map: map) { courses.append(course) }
            }
        }
        self.courses = courses
        roots = SagittalRoots(map: map, profile: profile, courses: courses, result: result, style: style)
        lesions = SagittalLesions(map: map, spine: spine, style: style, canal: profile.canalAt, skeleton: skeleton)
    }

    /// Every layer, back to front.
    func layers() -> [SketchNode] {
        let section: [SketchNode] = [canalFat()] + arches.nodes() + SagittalBodies(skeleton: skeleton, style: style).nodes()
            + SagittalSacrum(skeleton: skeleton, spine: result.spine, style: style).nodes()
        let neural: [SketchNode] = [sac()] + roots.caudaNodes() + roots.cordNodes()
        return [
            .group(id: "sagittal.section", children: section, opacity: 1),
            .group(id: "sagittal.neural", children: neural, opacity: 1),
            .group(id: "sagittal.lateral", children: SagittalOverlay(skeleton: skeleton, spine: result.spine, style: style).nodes(), opacity: 1),
            .group(id: "sagittal.lesions", children: lesions.nodes(), opacity: 1),
            .group(id: "sagittal.roots", children: roots.rootNodes(), opacity: 1),
            .group(id: "sagittal.measures", children: SagittalMeasures(skeleton: skeleton, style: style).nodes(), opacity: 1),
            .group(id: "sagittal.locators", children: locators?.nodes(self) ?? [], opacity: 1),
        ]
    }

    /// The epidural space: everything between the back of the bodies and discs and the laminae and
    /// ligamenta flava, filled with fat (the sac is drawn over it).
    func canalFat() -> SketchNode {
        let back = arches.canalBack()
        let top = profile.top + 3, bottom = (skeleton.pose(.S1)?.zBottom ?? -28) - SagittalBodies.s2Height - 3
        var front: [PlanePoint] = []
        var z = top
        while z >= bottom {
            // From inside the bodies (drawn over it), so no gap shows at their rounded rims.
            front.append(map.point(-2.5, z))
            z -= 1
        }
        return .shape(SketchShape(id: "sagittal.canal", points: front + back.reversed(), fill: Fill(style.palette.tissue(.fat))))
    }

    /// The dural sac, translucent, from the top cut to its end at upper S2.
    func sac() -> SketchNode {
        let front = zip(profile.front, profile.heights).map { map.point($0.0, $0.1) }
        let back = zip(profile.back, profile.heights).map { map.point($0.0, $0.1) }
        return .shape(SketchShape(id: "sagittal.sac", points: front + back.reversed(), fill: .color(style.palette.dura), stroke: style.duraStroke))
    }
}
