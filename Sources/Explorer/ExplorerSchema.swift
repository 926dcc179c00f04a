import RadixModel

/// `GET /api/schema`: what the page's controls offer, taken from the model rather than written into the page —
/// the scenario format's editable keys with the values and ranges the loader accepts (``ScenarioSchema``), the
/// views, and each dermatome atlas's territory of every root (for the pain map's hover).
enum ExplorerSchema {
    static let json: String = document.serialized(indent: 0) + "\n"

    static var document: JSONValue {
        .object([
            ("format", .int(1)),
            ("scenario", .array([field(ScenarioSchema.posture), field(ScenarioSchema.atlas)])),
            ("level", field(ScenarioSchema.level)),
            ("lesion_types", .array(ScenarioSchema.lesionTypes.map(lesionType))),
            ("views", .array(ViewSpec.names.map(JSONValue.string))),
            ("atlases", .array(Atlas.allCases.map(atlas))),
        ])
    }

    static func field(_ f: ScenarioSchema.Field) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("key", .string(f.key)), ("label", .string(f.label)), ("required", .bool(f.required))]
        switch f.kind {
        case .choice(let values):
            pairs.append(("values", .array(values.map(JSONValue.string))))
        case .number(let min, let max, let minExclusive, let step):
            pairs += [("min", .number(min, decimals: 3)), ("max", .number(max, decimals: 3)),
                      ("min_exclusive", .bool(minExclusive)), ("step", .number(step, decimals: 3))]
        }
        pairs.append(("default", f.defaultValue.map(JSONValue.string) ?? .null))
        pairs.append(("note", f.note.map(JSONValue.string) ?? .null))
        return .object(pairs)
    }

    static func lesionType(_ t: ScenarioSchema.LesionType) -> JSONValue {
        .object([
            ("type", .string(t.name)),
            ("fields", .array(t.fields.map(field))),
            ("severity", .array(t.severity.map { group in
                .object([("kind", group.kind.isEmpty ? .null : .string(group.kind)), ("fields", .array(group.fields.map(field)))])
            })),
            ("example", .object(t.example.map { ($0.key, .string($0.value)) })),
        ])
    }

    static func atlas(_ a: Atlas) -> JSONValue {
        .object([
            ("atlas", .string(a.rawValue)),
            ("name", .string(a.displayName)),
            ("dermatomes", .object(Root.allCases.map { root in
                (root.name, .array(DermatomeAtlas.areas(of: root, in: a).regions.map { .string($0.rawValue) }))
            })),
        ])
    }
}
