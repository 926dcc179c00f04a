extension Array where Element == String {
    /// The items as an English list, in their order, without the serial comma: "" for none, "a",
    /// "a and b", "a, b and c". The one list-joiner of Radix's prose (reports, alt text, figures, quizzes).
    public var joinedList: String {
        guard let last else { return "" }
        return count == 1 ? last : dropLast().joined(separator: ", ") + " and " + last
    }
}
