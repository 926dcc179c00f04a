import Foundation
import Population

/// The options of `radix population` as typed, checked into values with messages that say what is allowed
/// (the command exits 2 with the message and writes nothing).
public struct PopulationOptions: Sendable {
    public var samples: Int
    public var seed: UInt64
    public var jobs: Int
    public var shard: PopulationShard
    public var sex: Sex

    public init(samples: String, seed: String, jobs: String, shard: String?, sex: String) throws(PopulationOptionError) {
        let range = PopulationRequest.allowedSamples
        guard let n = Int(samples.trimmingCharacters(in: .whitespaces)), range.contains(n) else {
            throw PopulationOptionError("--samples must be a whole number from \(range.lowerBound) to \(range.upperBound) (got '\(samples)'); "
                                        + "e.g. --samples 10000 (for more, run shards: --shard K/N)")
        }
        guard let s = UInt64(seed.trimmingCharacters(in: .whitespaces)) else {
            throw PopulationOptionError("--seed must be a whole number from 0 to \(UInt64.max) (got '\(seed)'); e.g. --seed 2024")
        }
        guard let j = Int(jobs.trimmingCharacters(in: .whitespaces)), (1...1024).contains(j) else {
            throw PopulationOptionError("--jobs must be a whole number from 1 to 1024 (got '\(jobs)'); e.g. --jobs \(ProcessInfo.processInfo.activeProcessorCount)")
        }
        var k = PopulationShard.whole
        if let shard {
            guard let parsed = PopulationShard(parsing: shard.trimmingCharacters(in: .whitespaces)) else {
                throw PopulationOptionError("--shard must be K/N with 1 ≤ K ≤ N (got '\(shard)'); e.g. --shard 2/4")
            }
            k = parsed
        }
        guard let x = Sex(rawValue: sex.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw PopulationOptionError("--sex must be female, male or mixed (got '\(sex)')")
        }
        self.samples = n
        self.seed = s
        self.jobs = j
        self.shard = k
        self.sex = x
    }
}

/// An option of `radix population` out of range; `description` says what is allowed.
public struct PopulationOptionError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
