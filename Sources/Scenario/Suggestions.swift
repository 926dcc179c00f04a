/// "Did you mean …?" — the nearest valid spelling to a misspelt key or value.
enum Suggestions {
    /// Longest input compared at all; longer text is not a typo of a short key.
    static let maximumInputLength = 64

    /// The Damerau–Levenshtein distance between two strings, case-insensitively, in the optimal string
    /// alignment form: insertions, deletions, substitutions and transpositions of adjacent characters each
    /// cost 1 (a substring is edited at most once). Counted in Unicode scalars.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars)
        let y = Array(b.lowercased().unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        // Three rolling rows: i-2, i-1, i.
        var before = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    best = min(best, before[j - 2] + 1)
                }
                current[j] = best
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[y.count]
    }

    /// How many edits still count as "reasonably close" for an input of this length.
    static func tolerance(forLength length: Int) -> Int {
        switch length {
        case ...3: 1
        case ...6: 2
        default: 3
        }
    }

    /// The candidate nearest to `input`, or nil when none is reasonably close: within
    /// `tolerance(forLength:)` edits and fewer edits than the input has characters (so `2` is not "near"
    /// `A`). A candidate that starts with the input (`size` → `size_mm`), or shares a start of at least
    /// 4 characters and half the input (`extruded` → `extrusion`, `flexed` → `flexion`), counts as close
    /// too, ranking after true near-misses. Ties go to a candidate with the same first letter, then to the earlier one.
    static func nearest(to input: String, among candidates: [String]) -> String? {
        let length = input.unicodeScalars.count
        guard length > 0, length <= maximumInputLength else { return nil }
        let lowered = input.lowercased()
        let limit = tolerance(forLength: length)
        var best: (candidate: String, distance: Int, sameStart: Bool)?
        for candidate in candidates {
            let candidateLower = candidate.lowercased()
            var d = abs(candidate.unicodeScalars.count - length) > limit ? Int.max : distance(input, candidate)
            if d > limit || d >= length {
                guard sharesStart(lowered, candidateLower) else { continue }
                d = limit + 1
            }
            let sameStart = candidateLower.unicodeScalars.first == lowered.unicodeScalars.first
            if let current = best {
                if current.distance < d { continue }
                if current.distance == d, current.sameStart || !sameStart { continue }
            }
            best = (candidate, d, sameStart)
        }
        return best?.candidate
    }

    /// True when `candidate` starts with `input` (at least 3 characters), or both start with the same
    /// 4 or more characters making up at least half of `input`.
    private static func sharesStart(_ input: String, _ candidate: String) -> Bool {
        let a = Array(input.unicodeScalars)
        let b = Array(candidate.unicodeScalars)
        if a.count >= 3, b.starts(with: a) { return true }
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common >= 4 && common * 2 >= a.count
    }
}

/// "Did you mean …?" for callers outside the scenario loader (the command line's own options).
public enum Spelling {
    /// The valid spelling nearest to `input`, or nil when none is reasonably close (as the loader suggests).
    public static func nearest(to input: String, among candidates: [String]) -> String? {
        Suggestions.nearest(to: input, among: candidates)
    }
}
