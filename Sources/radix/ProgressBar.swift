import Foundation

/// A one-line progress bar on standard error, redrawn at most once per whole percent.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var shown = -1

    func show(_ label: String, _ done: Int, _ total: Int) {
        let percent = total == 0 ? 100 : done * 100 / total
        lock.lock(); defer { lock.unlock() }
        guard percent != shown else { return }
        shown = percent
        let filled = percent * 30 / 100
        let text = "\rradix population \(label)[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
            + "] \(percent) % (\(done) of \(total))"
        FileHandle.standardError.write(Data(text.utf8))
    }

    func clear() {
        lock.lock(); defer { lock.unlock() }
        if shown >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        shown = -1
    }
}
