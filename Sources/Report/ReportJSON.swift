import Anatomy
import Clinical
import Compression
import Pathology
import Scenario

/// The version printed in reports and by `radix --version`.
public enum RadixVersion {
    public static let current = "0.1.0"
}

/// The format-1 JSON report (scenario format §2): one object per scenario, keys in the spec's order,
/// every root of both sides listed.
public enum ReportJSON {
    public static func object(_ r: SimulationResult, scenario: Scenario) -> JSONValue {
        var scenarioInfo: [(String, JSONValue)] = [("title", .string(scenario.title)), ("file", scenario.file.map(JSONValue.string) ?? .null)]
        if let d = scenario.description { scenarioInfo.append(("description", .string(d))) }
        let c = r.clinical
        return .object([
            ("format", .int(1)),
            ("radix_version", .string(RadixVersion.current)),
            ("scenario", .object(scenarioInfo)),
            ("atlas", .string(r.input.atlas.rawValue)),
            ("posture", .string(r.input.posture.rawValue)),
            ("roots", .array(r.roots.map(root))),
            ("cauda_equina", .object([
                ("compressed", .bool(r.caudaEquina.compressed)),
                ("min_dural_area_mm2", .number(r.caudaEquina.minDuralArea, decimals: 0)),
                ("level", .string(r.caudaEquina.level.name)),
                ("roots", .array(SacralSign.roots.map(JSONValue.string))),
                ("signs", .array(c.sacralSigns.map { .object([("sign", .string($0.sign)), ("expected", .string($0.expected))]) })),
            ])),
            ("segments", .array(r.segments.map { segment($0, r) })),
            ("pain_map", .array(c.painMap.map { e in
                .object([("region", .string(e.region.rawValue)), ("side", .string(e.side.rawValue)),
                         ("roots", .array(e.roots.map { .string($0.name) })), ("kind", .string(e.kind.rawValue)),
                         ("intensity", .number(e.intensity, decimals: 2))])
            })),
            ("knee", .object(Side.allCases.map { side in (side.rawValue, .array((c.knee[side] ?? []).map { .string($0.rawValue) })) })),
            ("knee_mimics", .array(KneeMimic.check(painMap: c.painMap, complaint: scenario.complaint).map(mimic))),
            ("complaint", .array(scenario.complaint.map { complaint in
                .object([("region", .string(complaint.region.rawValue)), ("side", .string(complaint.side.rawValue)),
                         ("explained_by", .array(complaint.explainingRoots(in: c.painMap).map { .string($0.name) }))])
            })),
            ("deficits", .object([
                ("sensory", .array(c.sensory.map { .object([("root", .string($0.root.name)), ("side", .string($0.side.rawValue)), ("key_point", .string($0.keyPoint))]) })),
                ("motor", .array(c.motor.map { .object([("root", .string($0.root.name)), ("side", .string($0.side.rawValue)), ("action", .string($0.action)), ("muscle", .string($0.muscle)), ("key_muscle", .bool($0.isKeyMuscle))]) })),
                ("reflexes", .array(c.reflexes.map { .object([("reflex", .string($0.reflex)), ("side", .string($0.side.rawValue)), ("change", .string($0.change))]) })),
            ])),
            // `expected` keeps its format-1 values (`positive`, `possibly positive`); a test expected usually
            // negative (slow compression, §C3) goes to its own key so no consumer reads it as a positive test.
            ("tests", .array(c.tests.filter { $0.expected != TestExpectation.usuallyNegative.rawValue }.map {
                .object([("test", .string($0.test)), ("side", .string($0.side.rawValue)), ("expected", .string($0.expected))])
            })),
            ("tests_usually_negative", .array(c.tests.filter { $0.expected == TestExpectation.usuallyNegative.rawValue }.map {
                .object([("test", .string($0.test)), ("side", .string($0.side.rawValue))])
            })),
            ("red_flags", .array(r.redFlags.map { .object([("flag", .string($0.kind.identifier)), ("level", $0.level.map { .string($0.name) } ?? .null), ("why", .string($0.why))]) })),
            ("aggravated_by", .array(c.aggravatedBy.map(JSONValue.string))),
            ("eased_by", .array(c.easedBy.map(JSONValue.string))),
            ("advice", c.advice.map(JSONValue.string) ?? .null),
            ("intermittent", .bool(c.intermittent)),
            ("clinical_notes", .array(c.notes.map(JSONValue.string))),
            ("lesions", .array(r.lesions.map(lesion))),
            ("explanation", .array(r.explanation.map(JSONValue.string))),
        ])
    }

    static func root(_ f: RootFinding) -> JSONValue {
        .object([
            ("root", .string(f.root.name)), ("side", .string(f.side.rawValue)),
            ("grade", .int(f.grade.rawValue)), ("state", .string(f.grade.state)),
            ("site", .string(f.site.rawValue)), ("level", .string(f.level.name)),
            ("clearance_mm", .mm(f.clearance)), ("deformation_percent", .number(f.deformationPercent, decimals: 0)),
            ("inflamed", .bool(f.inflamed)), ("lesions", .array(f.lesions.map(JSONValue.int))),
            ("station", .string(f.station.rawValue)),
            ("stations", .array(f.stations.map { p in
                .object([
                    ("site", .string(p.site.rawValue)), ("level", .string(p.level.name)),
                    ("grade", .int(p.grade.rawValue)), ("state", .string(p.grade.state)),
                    ("clearance_mm", .mm(p.clearance)), ("deformation_percent", .number(p.deformationPercent, decimals: 0)),
                    ("crowded", .bool(p.crowded)),
                ])
            })),
        ])
    }

    static func segment(_ s: SegmentFinding, _ r: SimulationResult) -> JSONValue {
        let m = s.measurements
        func sides(_ d: [Side: Double]) -> JSONValue { .object(Side.allCases.map { ($0.rawValue, .mm(d[$0] ?? 0)) }) }
        let msu = r.lesions.filter { $0.lesion.level == s.level }.compactMap(\.msu)
        return .object([
            ("level", .string(s.level.name)),
            ("canal_ap_mm", .mm(m.canalAP)),
            ("dural_area_mm2", .number(m.duralArea, decimals: 0)),
            ("schizas", .string(s.schizas.rawValue)),
            ("recess_depth_mm", sides(m.recessDepth)),
            ("foramen_height_mm", sides(m.foramenHeight)),
            ("lee_foraminal", .object(Side.allCases.map { ($0.rawValue, .int(s.leeForaminal[$0] ?? 0)) })),
            ("meyerding", s.meyerding.map { .string($0.name) } ?? .null),
            ("slip_percent", s.slipPercent.map { .number($0, decimals: 0) } ?? .null),
            ("msu", .array(msu.map(JSONValue.string))),
        ])
    }

    static func lesion(_ l: LesionFinding) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("index", .int(l.index)), ("id", .string(l.id)), ("type", .string(l.lesion.kind.typeName)),
                                            ("level", .string(l.lesion.level.name)), ("summary", .string(l.summary))]
        if let msu = l.msu { pairs.append(("msu", .string(msu))) }
        if let e = l.encroachment { pairs.append(("encroachment_mm", .mm(e))) }
        let shares = l.levelShare
        if !shares.isEmpty {
            pairs.append(("level_share", .array(shares.map {
                .object([("group", .string($0.group)), ("min_percent", .number($0.minPercent, decimals: 0)),
                         ("max_percent", .number($0.maxPercent, decimals: 0)), ("text", .string($0.sentence))])
            })))
        }
        return .object(pairs)
    }

    /// One knee mimic (§F): the cause, the sign that tells it apart, and where this pain map (with the
    /// complaint) hurts in that cause's territory.
    static func mimic(_ m: KneeMimic) -> JSONValue {
        .object([
            ("cause", .string(m.cause.condition)),
            ("regions", .array(m.cause.regions.map { .string($0.rawValue) })),
            ("history", .string(m.cause.keyHistory)),
            ("tells_apart", .string(m.cause.distinguishingSign)),
            ("matches", .bool(m.matches)),
            ("matched", .array(m.matched.map { .object([("region", .string($0.region.rawValue)), ("side", .string($0.side.rawValue))]) })),
            ("source", .string(m.cause.citation)),
        ])
    }

    /// The report text: one object, or an array when several scenarios are given.
    public static func render(_ items: [(SimulationResult, Scenario)]) -> String {
        let values = items.map { object($0.0, scenario: $0.1) }
        return (values.count == 1 ? values[0] : .array(values)).serialized() + "\n"
    }
}
