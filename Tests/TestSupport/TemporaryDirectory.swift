import Foundation
import XCTest

extension XCTestCase {
    /// A new empty directory under the system's temporary directory, named `radix-<label>-<UUID>`, removed
    /// with everything in it when the test ends (pass or fail).
    /// - Throws: when it cannot be created.
    public func temporaryDirectory(_ label: String = "test") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("radix-\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }
}
