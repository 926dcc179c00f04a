import Diagram
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed by Foundation's XML parser: every element with its attributes, its text, and the
/// transform from its coordinates to the page (the product of its ancestors' and its own `transform`).
public struct SVGElement {
    public var name: String
    public var attributes: [String: String]
    public var text: String
    public var toPage: Transform
    public var depth: Int
}

public final class SVGTree: NSObject, XMLParserDelegate {
    public private(set) var elements: [SVGElement] = []
    private var stack: [(index: Int, transform: Transform)] = []
    public private(set) var error: Error?

    /// Parses `data`; nil (with `error` set) when it is not well-formed XML.
    public static func parse(_ data: Data) -> SVGTree? {
        let tree = SVGTree()
        let parser = XMLParser(data: data)
        parser.delegate = tree
        guard parser.parse() else {
            tree.error = parser.parserError
            return nil
        }
        return tree
    }

    public func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let parent = stack.last?.transform ?? .identity
        let own = attributes["transform"].flatMap(Self.matrix) ?? .identity
        let transform = own.concatenated(with: parent)
        elements.append(SVGElement(name: name, attributes: attributes, text: "", toPage: transform, depth: stack.count))
        stack.append((elements.count - 1, transform))
    }

    public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        for entry in stack { elements[entry.index].text += string }
    }

    /// `matrix(a b c d e f)`, the only transform the writer emits.
    public static func matrix(_ text: String) -> Transform? {
        guard text.hasPrefix("matrix("), text.hasSuffix(")") else { return nil }
        let numbers = text.dropFirst(7).dropLast().split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard numbers.count == 6 else { return nil }
        return Transform(a: numbers[0], b: numbers[1], c: numbers[2], d: numbers[3], tx: numbers[4], ty: numbers[5])
    }

    public func element(id: String) -> SVGElement? { elements.first { $0.attributes["id"] == id } }

    /// The centre of the box through the end points of an element's path data, on the page: for a circle or an
    /// ellipse drawn as arcs or four quarter Béziers, its centre.
    public func centre(of element: SVGElement) -> Point? {
        let points = Self.endPoints(element.attributes["d"] ?? "").map(element.toPage.apply)
        guard let minX = points.map(\.x).min(), let maxX = points.map(\.x).max(),
              let minY = points.map(\.y).min(), let maxY = points.map(\.y).max() else { return nil }
        return Point(x: (minX + maxX) / 2, y: (minY + maxY) / 2)
    }

    /// The text of a `<text>` element: its lines (tspans) joined by single spaces.
    public func words(of id: String) -> String? {
        guard let index = elements.firstIndex(where: { $0.attributes["id"] == id }), elements[index].name == "text" else { return nil }
        let spans = elements[(index + 1)...].prefix { $0.name == "tspan" && $0.depth > elements[index].depth }
        return spans.isEmpty ? elements[index].text : spans.map(\.text).joined(separator: " ")
    }

    /// The end points of every segment of path data `d` (absolute `M L C A Z` only, as the writer writes).
    public static func endPoints(_ d: String) -> [Point] {
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
