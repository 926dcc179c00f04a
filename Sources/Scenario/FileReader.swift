import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file, but never more than a limit: the size is checked before reading, and reading
/// stops after `limit + 1` bytes in case the size lied (a pipe, `/dev/zero`, a file still growing).
enum FileReader {
    enum Outcome {
        case success(Data)
        /// More than the limit; the size in bytes when the file system knew it (nil for a pipe or device).
        case tooLarge(Int?)
        /// Could not be opened or read; the system's reason.
        case failure(String)
    }

    static func read(path: String, limit: Int) -> Outcome {
        // O_NONBLOCK: opening a FIFO that has no writer must not hang.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(Self.reason(errno)) }
        defer { close(fd) }

        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Self.reason(errno)) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return .failure("it is a directory") }
        if type == S_IFREG, info.st_size > off_t(limit) { return .tooLarge(Int(clamping: info.st_size)) }
        // Back to blocking reads, so that a pipe with a writer is read to its end.
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }

        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while data.count <= limit {
            let wanted = min(buffer.count, limit + 1 - data.count)
            let count = buffer.withUnsafeMutableBytes { Glue.read(fd, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Self.reason(errno))
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data.count > limit ? .tooLarge(nil) : .success(data)
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// The C `read`, under a name that does not clash with `FileReader.read`.
private enum Glue {
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #elseif canImport(Musl)
        Musl.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }
}
