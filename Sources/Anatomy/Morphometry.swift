/// Default adult morphometry, millimetres and degrees, unscaled (clinical reference §A).
///
/// Values are means of mixed-sex adults; real spines vary by ±10–20 %. Where the reference gives a
/// range, the value chosen keeps the relationships of §A10: anterior disc height > posterior; foraminal
/// height largest at L2–L4; foraminal width falling caudally; lateral recesses meaningful at L3–S1 only;
/// canal AP smallest mid-lumbar.
public enum Morphometry {
    /// Dimensions of one vertebra.
    public struct Vertebral: Sendable, Hashable {
        /// Posterior body height (§A1).
        public var posteriorHeight: Double
        /// Anterior body height (§A1).
        public var anteriorHeight: Double
        /// Upper endplate depth, AP (§A1); the Meyerding denominator of the level above.
        public var endplateDepth: Double
        /// Upper endplate width, medio-lateral (§A1).
        public var endplateWidth: Double
        /// Pedicle height, sagittal (§A3).
        public var pedicleHeight: Double
        /// Pedicle width, transverse (§A3).
        public var pedicleWidth: Double
    }

    /// §A1 bodies [GK Panjabi 1992 pattern; L5 C S32], §A3 pedicles [GK Zindrick 1987; L5 C S31/S32].
    /// S1 stands for the top of the sacrum: its "body height" is the height drawn, not a measurement.
    public static func vertebra(_ v: Vertebra) -> Vertebral {
        switch v {
        case .L1: Vertebral(posteriorHeight: 27, anteriorHeight: 25, endplateDepth: 33, endplateWidth: 40, pedicleHeight: 15.4, pedicleWidth: 8.7)
        case .L2: Vertebral(posteriorHeight: 27.5, anteriorHeight: 26, endplateDepth: 34, endplateWidth: 42, pedicleHeight: 15.0, pedicleWidth: 8.9)
        case .L3: Vertebral(posteriorHeight: 27, anteriorHeight: 27, endplateDepth: 35, endplateWidth: 45, pedicleHeight: 14.9, pedicleWidth: 10.3)
        case .L4: Vertebral(posteriorHeight: 26, anteriorHeight: 27.5, endplateDepth: 35, endplateWidth: 47, pedicleHeight: 14.8, pedicleWidth: 12.9)
        case .L5: Vertebral(posteriorHeight: 26.3, anteriorHeight: 30.3, endplateDepth: 35.7, endplateWidth: 49.5, pedicleHeight: 14.0, pedicleWidth: 16.0)
        case .S1: Vertebral(posteriorHeight: 28, anteriorHeight: 30, endplateDepth: 34, endplateWidth: 50, pedicleHeight: 14.0, pedicleWidth: 16.0)
        }
    }

    /// Dimensions at one disc level.
    public struct Segmental: Sendable, Hashable {
        /// Mid-sagittal canal diameter at the disc, posterior disc margin to ligamentum flavum (§A4).
        public var canalAP: Double
        /// Distance between the medial pedicle walls (§A4).
        public var interpedicular: Double
        /// Posterior disc height (§A2).
        public var discHeight: Double
        /// Anterior disc height (§A2).
        public var anteriorDiscHeight: Double
        /// Lateral recess depth, posterior body/disc margin to the superior articular process (§A5).
        public var recessDepth: Double
        /// Foraminal height, pedicle to pedicle (§A6).
        public var foramenHeight: Double
        /// Foraminal width, AP, at the level of the exiting root (§A6).
        public var foramenWidth: Double
        /// Segmental lordosis, Cobb, standing (§A9).
        public var lordosis: Double
        /// Half-width of the dural sac at the disc [D: sac AP §A4 S22, area ≈ 150–170 mm² at L4–L5 §A4 S17].
        public var sacHalfWidth: Double
        /// Cross-sectional area the roots inside the sac need, mm² [D from §B1 S18: neural elements 60–80 mm²;
        /// at L1–L2 the conus medullaris adds to the roots, §A7].
        public var neuralArea: Double
    }

    /// §A2 disc heights (posterior [GK], anterior [C S30]); §A4 canal AP [GK, smallest at L3 C S21] and
    /// interpedicular width [C S31/S32, GK]; §A5 recess depth (mean 6.7, narrowest at L5 [C S20]);
    /// §A6 foraminal height (largest L2–L4, L5–S1 16–19 [C S27–29, GK]) and width (8.1 → 6.0 caudally [C S26]);
    /// §A9 segmental lordosis [C S33].
    public static func segment(_ level: DiscLevel) -> Segmental {
        switch level {
        case .L1L2: Segmental(canalAP: 16.5, interpedicular: 21, discHeight: 4.5, anteriorDiscHeight: 8, recessDepth: 10,
                              foramenHeight: 19, foramenWidth: 8.0, lordosis: 1.2, sacHalfWidth: 8.0, neuralArea: 95)
        case .L2L3: Segmental(canalAP: 15.5, interpedicular: 22, discHeight: 5.0, anteriorDiscHeight: 9, recessDepth: 7.5,
                              foramenHeight: 21, foramenWidth: 7.6, lordosis: 5.9, sacHalfWidth: 8.5, neuralArea: 76)
        case .L3L4: Segmental(canalAP: 15.0, interpedicular: 23, discHeight: 5.5, anteriorDiscHeight: 9.3, recessDepth: 6.8,
                              foramenHeight: 21, foramenWidth: 7.2, lordosis: 9.1, sacHalfWidth: 8.5, neuralArea: 73)
        case .L4L5: Segmental(canalAP: 15.0, interpedicular: 24, discHeight: 6.0, anteriorDiscHeight: 10.9, recessDepth: 6.0,
                              foramenHeight: 20, foramenWidth: 6.8, lordosis: 12.7, sacHalfWidth: 8.5, neuralArea: 70)
        case .L5S1: Segmental(canalAP: 14.0, interpedicular: 26, discHeight: 5.0, anteriorDiscHeight: 12.4, recessDepth: 6.0,
                              foramenHeight: 19, foramenWidth: 6.2, lordosis: 21.6, sacHalfWidth: 7.5, neuralArea: 60)
        }
    }

    /// Root radii, mm: inside the sac or its sleeve, and at the dorsal root ganglion
    /// (§A7: intrathecal root 1.5–3 mm across [GK!]; DRG width 3.2–6.5 mm rising L1→L5 [C S38]).
    public static func rootRadius(_ root: Root) -> (intrathecal: Double, ganglion: Double) {
        switch root {
        case .L1: (1.1, 1.9)
        case .L2: (1.2, 2.1)
        case .L3: (1.3, 2.4)
        case .L4: (1.4, 2.7)
        case .L5: (1.5, 3.1)
        case .S1: (1.6, 3.0)
        case .S2: (1.2, 2.2)
        }
    }

    /// Radius of the bundle of S3–S5 roots (the cauda equina proper) in the sac, mm [D].
    public static let caudaEquinaRadius = 2.0
    /// Width of the subarticular zone: medial facet edge to medial pedicle wall, mm [D from §B8 zones].
    public static let subarticularWidth = 4.0
    /// Epidural fat in front of and behind the sac at the disc, mm [D: canal AP − sac AP, §A4].
    public static let anteriorEpiduralFat = 0.8
    public static let posteriorEpiduralFat = 1.5
    /// Share of (foraminal height − posterior disc height) that lies above the disc, under the upper pedicle,
    /// where the exiting root and its ganglion run; the rest is the notch below the disc, closed under the
    /// root by the posterolateral annulus and the facet capsule (§A6 keyhole foramen).
    ///
    /// Tuned on purpose to Hasegawa 1995 (§B4 [C S1]): the room under the pedicle is this share of the
    /// pedicle-to-pedicle height above `hasegawaDiscHeight`, sized so that the ganglion must flatten by 10 %
    /// (compression, §B6) once the foramen is down to about `hasegawaForamenHeight` − 0.5 mm at every level,
    /// while a normal foramen stays free in extension (§E3, Revel 1988 [C S68]). Unscaled ganglion radius.
    public static func upperNotchShare(_ level: DiscLevel) -> Double {
        2 * 0.9 * rootRadius(level.exitingRoot).ganglion / (hasegawaForamenHeight - 0.5 - hasegawaDiscHeight)
    }
    /// Hasegawa 1995 critical foraminal height (pedicle to pedicle) and posterior disc height, mm (§B4 [C S1]).
    public static let hasegawaForamenHeight = 15.0
    public static let hasegawaDiscHeight = 4.0
}
