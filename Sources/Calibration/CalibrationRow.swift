/// One published threshold or finding, the sweep Radix runs to measure it, and whether Radix's value is
/// within the stated tolerance. `docs/calibration.md` is the table of every row (`make calibrate`); the
/// calibration tests fail when a row leaves its tolerance.
public struct CalibrationRow: Sendable {
    /// A short stable name, e.g. `hasegawa-height-L4-L5`.
    public var id: String
    /// What is calibrated, e.g. "Foraminal height at compression, L4–L5".
    public var topic: String
    /// Where the number comes from: clinical reference section and source tag.
    public var source: String
    /// What the literature says, in a phrase.
    public var literature: String
    /// How Radix measures it.
    public var sweep: String
    /// The value Radix must give, tolerance included.
    public var target: ClosedRange<Double>
    /// Unit of the value ("mm", "mm²", "%", "grade", "mm per mm" …).
    public var unit: String
    /// Runs the sweep; nil when the event never happens within it.
    public var measure: @Sendable () -> Double?

    public init(id: String, topic: String, source: String, literature: String, sweep: String,
                target: ClosedRange<Double>, unit: String, measure: @escaping @Sendable () -> Double?) {
        self.id = id
        self.topic = topic
        self.source = source
        self.literature = literature
        self.sweep = sweep
        self.target = target
        self.unit = unit
        self.measure = measure
    }

    /// Runs the row.
    public func evaluate() -> CalibrationResult {
        let value = measure()
        return CalibrationResult(row: self, value: value, passes: value.map { target.contains($0) } ?? false)
    }
}

/// A row with Radix's value.
public struct CalibrationResult: Sendable {
    public var row: CalibrationRow
    /// nil when the sweep never reached the event.
    public var value: Double?
    public var passes: Bool
}
