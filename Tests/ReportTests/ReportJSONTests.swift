import XCTest
import Anatomy
import Compression
import Pathology
@testable import Report
import Scenario

final class ReportJSONTests: XCTestCase {
    func testNumbersAreFixedAndLocaleFree() {
        XCTAssertEqual(JSONValue.format(-1.44, decimals: 1), "-1.4")
        XCTAssertEqual(JSONValue.format(-0.04, decimals: 1), "0")
        XCTAssertEqual(JSONValue.format(142.6, decimals: 0), "143")
        XCTAssertEqual(JSONValue.format(0.95, decimals: 2), "0.95")
        XCTAssertEqual(JSONValue.format(.nan, decimals: 1), "null")
        XCTAssertEqual(JSONValue.quote("a\"b\n\u{1}"), "\"a\\\"b\\n\\u0001\"")
        XCTAssertEqual(JSONValue.quote("L4–L5 ü"), "\"L4–L5 ü\"", "nothing to escape: appended whole")
        XCTAssertEqual(JSONValue.quote("\\\t\r"), "\"\\\\\\t\\r\"")
    }

    /// Every string survives a round trip through a JSON reader, nested at any depth, escapes or not.
    func testStringsRoundTripThroughAReader() throws {
        let strings = ["plain", "a \"quoted\" word", "back\\slash", "tab\there", "line\nbreak", "bell\u{7}", "L5–S1 ü 🦴", ""]
        let value = JSONValue.object([("top", .array(strings.map { .string($0) })), ("nested", .object([("k", .string(strings[1]))]))])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(value.serialized().utf8)) as? [String: Any])
        XCTAssertEqual(object["top"] as? [String], strings)
        XCTAssertEqual((object["nested"] as? [String: String])?["k"], strings[1])
    }

    func testReportIsDeterministicAndValidJSON() throws {
        let scenario = Scenario(title: "t", lesions: [Lesion(level: .L4L5, kind: .herniation(Herniation(zone: .subarticular, side: .left, morphology: .extrusion, sizeMillimetres: 7)))])
        let input = SimulationInput(anatomy: scenario.anatomy, posture: scenario.posture, atlas: scenario.atlas, lesions: scenario.lesions)
        let a = ReportJSON.render([(Simulator.run(input), scenario)]), b = ReportJSON.render([(Simulator.run(input), scenario)])
        XCTAssertEqual(a, b)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(a.utf8)) as? [String: Any])
        XCTAssertEqual(object["radix_version"] as? String, RadixVersion.current)
        XCTAssertTrue(a.hasPrefix("{\n  \"format\": 1,\n  \"radix_version\""), "keys in the spec's order")
    }

    func testTextReportSaysItIsATeachingModel() {
        let scenario = Scenario(title: "normal")
        let r = Simulator.run(SimulationInput())
        let text = ReportText.render(r, scenario: scenario)
        XCTAssertTrue(text.contains("every root has room"))
        XCTAssertTrue(text.hasSuffix("Teaching model — not for diagnosis.\n"))
    }
}
