import Diagram
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed by Foundation's XML parser: every element with its attributes, its text, and the
/// transform from its coordinates to the page (the product of its ancestors' and its own `transform`).
struct SVGElement {
    var name: String
    var attributes: [String: String]
    var text: String
    var toPage: Transform
    var depth: Int
}

final class SVGTree: NSObject, XMLParserDelegate {
    private(set) var elements: [SVGElement] = []
    private var stack: [(index: Int, transform: Transform)] = []
    private(set) var error: Error?

    /// Parses `data`; nil (with `error` set) when it is not well-formed XML.
    static func parse(_ data: Data) -> SVGTree? {
        let tree = SVGTree()
        let parser = XMLParser(data: data)
        parser.delegate = tree
        guard parser.parse() else {
            tree.error = parser.parserError
            return nil
        }
        return tree
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let parent = stack.last?.transform ?? .identity
        let own = attributes["transform"].flatMap(Self.matrix) ?? .identity
        let transform = own.concatenated(with: parent)
        elements.append(SVGElement(name: name, attributes: attributes, text: "", toPage: transform, depth: stack.count))
        stack.append((elements.count - 1, transform))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for entry in stack { elements[entry.index].text += string }
    }

    /// `matrix(a b c d e f)`, the only transform the writer emits.
    static func matrix(_ text: String) -> Transform? {
        guard text.hasPrefix("matrix("), text.hasSuffix(")") else { return nil }
        let numbers = text.dropFirst(7).dropLast().split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard numbers.count == 6 else { return nil }
        return Transform(a: numbers[0], b: numbers[1], c: numbers[2], d: numbers[3], tx: numbers[4], ty: numbers[5])
    }

    func element(id: String) -> SVGElement? { elements.first { $0.attributes["id"] == id } }

    /// The end points of every segment of path data `d` (absolute `M L C A Z` only, as the writer writes).
    static func endPoints(_ d: String) -> [Point] {
        var tokens: [String] = []
        var current = ""
        for ch in d {
            if "MLCAZH V".contains(ch) && ch != " " {
                if !current.isEmpty { tokens.append(current) }
                tokens.append(String(ch))
                current = ""
            } else if ch == " " {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        var points: [Point] = []
        var i = 0
        var command = ""
        var args: [Double] = []
        func flush() {
            switch command {
            case "M", "L": if args.count >= 2 { points.append(Point(x: args[args.count - 2], y: args[args.count - 1])) }
            case "C": if args.count >= 6 { points.append(Point(x: args[4], y: args[5])) }
            case "A": if args.count >= 7 { points.append(Point(x: args[5], y: args[6])) }
            default: break
            }
        }
        while i < tokens.count {
            if let value = Double(tokens[i]) {
                args.append(value)
            } else {
                flush()
                command = tokens[i]
                args = []
            }
            i += 1
        }
        flush()
        return points
    }
}
