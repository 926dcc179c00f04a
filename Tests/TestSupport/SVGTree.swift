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
    /// The first element with each id.
    private var ids: [String: Int] = [:]
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
        var attributes = attributes
        // A `<use>` of a shared path (the editable writer's `radix-XXXXXX-shape-N`) reads as that path: its `d`.
        if name == "use", attributes["d"] == nil, let href = attributes["xlink:href"] ?? attributes["href"], href.hasPrefix("#"),
           let index = ids[String(href.dropFirst())], let d = elements[index].attributes["d"] {
            attributes["d"] = d
        }
        if let id = attributes["id"], ids[id] == nil { ids[id] = elements.count }
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

    /// The end points of every segment of path data `d`, in absolute coordinates: `M L H V C A Z` and their
    /// relative forms, numbers in any form the SVG grammar allows (`.5`, `-.25`, `1-2`, `.5.3`, exponents).
    public static func endPoints(_ d: String) -> [Point] {
        var tokens: [String] = []
        var number = ""
        func flushNumber() { if !number.isEmpty { tokens.append(number); number = "" } }
        for ch in d {
            if ch.isLetter && ch != "e" && ch != "E" {
                flushNumber()
                tokens.append(String(ch))
            } else if ch == " " || ch == "," || ch == "\n" {
                flushNumber()
            } else if ch == "-" || ch == "+" {
                // A sign starts a number unless it follows an exponent's e.
                if let last = number.last, last == "e" || last == "E" { number.append(ch) } else { flushNumber(); number.append(ch) }
            } else if ch == "." && number.contains(".") && !number.contains("e") {
                flushNumber()
                number.append(ch)
            } else {
                number.append(ch)
            }
        }
        flushNumber()
        let arity: [Character: Int] = ["M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "A": 7, "Z": 0]
        var points: [Point] = []
        var current = Point(x: 0, y: 0), start = current
        var command: Character = "M"
        var args: [Double] = []
        func apply() {
            let upper = Character(command.uppercased()), relative = command.isLowercase
            let origin = relative ? current : Point(x: 0, y: 0)
            var end = current
            switch upper {
            case "M", "L": end = Point(x: origin.x + args[0], y: origin.y + args[1])
            case "H": end = Point(x: origin.x + args[0], y: current.y)
            case "V": end = Point(x: current.x, y: origin.y + args[0])
            case "C": end = Point(x: origin.x + args[4], y: origin.y + args[5])
            case "A": end = Point(x: origin.x + args[5], y: origin.y + args[6])
            default: break
            }
            points.append(end)
            current = end
            if upper == "M" {
                start = end
                command = relative ? "l" : "L" // further pairs after a move are lines
            }
        }
        for token in tokens {
            if let value = Double(token) {
                args.append(value)
                if let n = arity[Character(command.uppercased())], n > 0, args.count == n {
                    apply()
                    args = []
                }
            } else if let c = token.first {
                command = c
                args = []
                if c == "Z" || c == "z" {
                    current = start
                    points.append(start)
                }
            }
        }
        return points
    }
}
