extension String {
    /// The string with its first letter in upper case (sentence case for labels).
    package var sentenceCased: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
