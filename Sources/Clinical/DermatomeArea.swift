/// One body-chart region of a root's territory, with how firmly it belongs there.
///
/// Weights are on a 0 … 1 scale. Tables use two values only: ``core`` (the part every
/// version of the map agrees on, or where pain concentrates) and ``fringe`` (edges,
/// overlap with the neighbouring root, or a part only some patients report).
public struct DermatomeArea: Sendable, Hashable, Codable {
    public var region: BodyRegion
    /// 0 … 1: ``core`` or ``fringe``.
    public var weight: Double

    public init(region: BodyRegion, weight: Double) {
        self.region = region
        self.weight = weight
    }

    /// Weight of the core of a territory. [D]
    public static let core = 1.0
    /// Weight of its edge or overlap zone. [D]
    public static let fringe = 0.5

    /// A core area.
    public static func core(_ region: BodyRegion) -> DermatomeArea { DermatomeArea(region: region, weight: core) }
    /// A fringe area.
    public static func fringe(_ region: BodyRegion) -> DermatomeArea { DermatomeArea(region: region, weight: fringe) }
}

extension Array where Element == DermatomeArea {
    /// The regions, in table order.
    public var regions: [BodyRegion] { map(\.region) }

    /// The weight of `region`, 0 when absent.
    public func weight(of region: BodyRegion) -> Double {
        first(where: { $0.region == region })?.weight ?? 0
    }
}
