import XCTest
import Diagram
@testable import CairoRender

final class FileOutputTests: XCTestCase {
    var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "radix-render-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory)
        try? FileManager.default.removeItem(atPath: directory)
    }

    func testWritesEachFormatAndLeavesNoTemporaryFile() throws {
        let renderer = CairoRenderer()
        for format in OutputFormat.allCases {
            let path = "\(directory)/figure.\(format.fileExtension)"
            try renderer.render(TestScenes.basic(), as: format, to: path)
            XCTAssertEqual(FileManager.default.contents(atPath: path), try renderer.data(for: TestScenes.basic(), as: format))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(), ["figure.pdf", "figure.png", "figure.svg"])
    }

    func testReplacingAFileKeepsOnlyTheNewOne() throws {
        let path = "\(directory)/figure.png"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try CairoRenderer().render(TestScenes.basic(), as: .png, to: path)
        XCTAssertEqual(FileManager.default.contents(atPath: path)?.prefix(4), Data([0x89, 0x50, 0x4E, 0x47]))
    }

    func testMissingDirectoryIsAnErrorNamingThePath() {
        let path = "\(directory)/no/such/dir/figure.svg"
        XCTAssertThrowsError(try CairoRenderer().render(TestScenes.basic(), as: .svg, to: path)) { error in
            guard let error = error as? RenderError else { return XCTFail("not a RenderError: \(error)") }
            XCTAssertEqual(error.operation, .createTemporaryFile)
            XCTAssertEqual(error.path, path)
            XCTAssertTrue(error.description.contains(path))
        }
    }

    func testUnwritableDirectoryIsAnErrorAndLeavesNothing() throws {
        try XCTSkipIf(getuid() == 0 && !rootIsRestricted(), "root ignores directory permissions here")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory)
        for format in OutputFormat.allCases {
            XCTAssertThrowsError(try CairoRenderer().render(TestScenes.basic(), as: format, to: "\(directory)/figure.\(format.fileExtension)"))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [])
    }

    func testADirectoryNobodyMayWriteIsAnError() {
        // /proc refuses new files even to root, unlike a mode-0555 directory.
        let path = "/proc/radix-figure-\(UUID().uuidString).png"
        XCTAssertThrowsError(try CairoRenderer().render(TestScenes.basic(), as: .png, to: path)) { error in
            XCTAssertEqual((error as? RenderError)?.operation, .createTemporaryFile)
            XCTAssertEqual((error as? RenderError)?.path, path)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testAFileInPlaceOfTheDirectoryIsAnError() throws {
        let blocker = "\(directory)/blocker"
        try Data().write(to: URL(fileURLWithPath: blocker))
        XCTAssertThrowsError(try CairoRenderer().render(TestScenes.basic(), as: .pdf, to: "\(blocker)/figure.pdf")) { error in
            XCTAssertEqual((error as? RenderError)?.operation, .createTemporaryFile)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["blocker"])
    }

    func testFailedRenameRemovesTheTemporaryFile() throws {
        // Renaming onto an existing non-empty directory fails after the bytes were written.
        let target = "\(directory)/occupied"
        try FileManager.default.createDirectory(atPath: target + "/inside", withIntermediateDirectories: true)
        XCTAssertThrowsError(try AtomicFile.write(Data("x".utf8), to: target)) { error in
            XCTAssertEqual((error as? RenderError)?.operation, .renameFile)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["occupied"])
    }

    func testBadScenesAreErrorsNotCrashes() {
        XCTAssertThrowsError(try CairoRenderer().renderPNGData(Scene(width: 0, height: 10)))
        var scene = TestScenes.basic()
        scene.nodes.append(.group(GroupNode(id: "singular", children: TestScenes.basic().nodes, transform: .scale(0))))
        XCTAssertThrowsError(try CairoRenderer().data(for: scene, as: .pdf)) { error in
            XCTAssertEqual((error as? RenderError)?.nodeID, "singular")
        }
    }

    /// True when this root cannot write into a mode-0555 directory (some containers drop the capability).
    private func rootIsRestricted() -> Bool {
        let probe = "\(directory)/probe-dir"
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: false)
        try? FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: probe)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: probe)
            try? FileManager.default.removeItem(atPath: probe)
        }
        return !FileManager.default.createFile(atPath: probe + "/x", contents: Data())
    }
}
