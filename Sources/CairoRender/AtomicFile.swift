import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that readers see the old file or the whole new one, never a part: the bytes go to
/// `<name>.tmp-XXXXXX` in the same directory, are flushed to disk (`fsync`), then renamed over the
/// target; the directory is synced afterwards (best effort). On any failure the temporary file is
/// removed and the target is untouched. New files get mode 0644.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(RenderError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw RenderError(.createTemporaryFile, path: path, detail: "the path names a directory") }
        var template = Array((directory + "/" + name + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw RenderError(.createTemporaryFile, path: path, detail: systemError()) }
        // mkstemp replaced the X's in place; the array still ends with its NUL.
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var open = true
        func fail(_ operation: RenderError.Operation, _ detail: String) -> RenderError {
            if open { close(descriptor) }
            unlink(temporary)
            return RenderError(operation, path: path, detail: detail)
        }
        guard fchmod(descriptor, 0o644) == 0 else { throw fail(.writeFile, systemError()) }
        let written = data.withUnsafeBytes { bytes -> String? in
            guard let base = bytes.baseAddress else { return nil }  // nothing to write
            var offset = 0
            while offset < bytes.count {
                let result = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return systemError()
                }
                offset += result
            }
            return nil
        }
        if let problem = written { throw fail(.writeFile, problem) }
        guard fsync(descriptor) == 0 else { throw fail(.syncFile, systemError()) }
        open = false
        guard close(descriptor) == 0 else { throw fail(.writeFile, systemError()) }
        guard rename(temporary, path) == 0 else { throw fail(.renameFile, systemError()) }
        let directoryDescriptor = Glibc.open(directory, O_RDONLY | O_DIRECTORY)
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
