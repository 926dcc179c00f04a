import Anatomy
import Clinical
import Pathology

/// A validated scenario: everything a simulation and its figures need. Built only by `ScenarioLoader`
/// (or directly in code and tests); every value in it is within the ranges of scenario format 1.
public struct Scenario: Sendable, Hashable {
    public var title: String
    public var description: String?
    public var atlas: Atlas
    public var posture: Posture
    public var anatomy: AnatomyOptions
    public var lesions: [Lesion]
    /// What the patient says hurts (`complaint:`), independent of the model; empty when not given.
    public var complaint: [Complaint]
    public var render: RenderDefaults
    /// The file it was read from, as given on the command line; nil when built in code.
    public var file: String?

    public init(title: String, description: String? = nil, atlas: Atlas = .lee2008, posture: Posture = .neutral,
                anatomy: AnatomyOptions = AnatomyOptions(), lesions: [Lesion] = [], complaint: [Complaint] = [],
                render: RenderDefaults = RenderDefaults(), file: String? = nil) {
        self.title = title
        self.description = description
        self.atlas = atlas
        self.posture = posture
        self.anatomy = anatomy
        self.lesions = lesions
        self.complaint = complaint
        self.render = render
        self.file = file
    }

    /// The same scenario with every lesion on the other side.
    public var mirrored: Scenario {
        var copy = self
        copy.lesions = lesions.map(\.mirrored)
        copy.complaint = complaint.map { Complaint(region: $0.region, side: $0.side.mirrored) }
        return copy
    }
}

/// The `render:` block: defaults for `radix render`, overridden by flags.
public struct RenderDefaults: Sendable, Hashable {
    public var views: [ViewSpec]
    public var formats: [OutputFormat]
    public init(views: [ViewSpec] = [.sheet], formats: [OutputFormat] = [.png]) {
        self.views = views
        self.formats = formats
    }
}

/// A figure view as named in files and on the command line: `sheet`, `sagittal`, `axial[:LEVEL]`,
/// `foramen[:LEVEL[:SIDE]]`, `posterior`, `body`, `knee`.
public enum ViewSpec: Sendable, Hashable, CustomStringConvertible {
    case sheet
    case sagittal
    /// nil level: the most affected level.
    case axial(DiscLevel?)
    /// nil level or side: the most affected foramen.
    case foramen(DiscLevel?, Side?)
    /// The canal opened from behind (laminae removed): the sac and every root leaving it.
    case posterior
    case body
    case knee

    public static let names = ["sheet", "sagittal", "axial", "foramen", "posterior", "body", "knee"]

    /// Parses a view spelling; nil when it is not one.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch parts[0].lowercased() {
        case "sheet" where parts.count == 1: self = .sheet
        case "sagittal" where parts.count == 1: self = .sagittal
        case "posterior" where parts.count == 1: self = .posterior
        case "body" where parts.count == 1: self = .body
        case "knee" where parts.count == 1: self = .knee
        case "axial" where parts.count <= 2:
            if parts.count == 1 { self = .axial(nil); return }
            guard let level = DiscLevel(parsing: parts[1]) else { return nil }
            self = .axial(level)
        case "foramen" where parts.count <= 3:
            var level: DiscLevel?
            var side: Side?
            if parts.count >= 2 { guard let l = DiscLevel(parsing: parts[1]) else { return nil }; level = l }
            if parts.count == 3 { guard let s = Side(rawValue: parts[2].lowercased()) else { return nil }; side = s }
            self = .foramen(level, side)
        default: return nil
        }
    }

    /// The name used in output file names: `axial-L4-L5`, `foramen-L5-S1-left`.
    public var description: String {
        switch self {
        case .sheet: "sheet"
        case .sagittal: "sagittal"
        case .posterior: "posterior"
        case .body: "body"
        case .knee: "knee"
        case .axial(let l): l.map { "axial-\($0.name)" } ?? "axial"
        case .foramen(let l, let s):
            ["foramen", l?.name, s?.rawValue].compactMap { $0 }.joined(separator: "-")
        }
    }
}

public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    case png, svg, pdf
}

/// The scenario format's figure formats, named so that modules importing Cairo's `OutputFormat` too can say which.
public typealias FigureFormat = OutputFormat
