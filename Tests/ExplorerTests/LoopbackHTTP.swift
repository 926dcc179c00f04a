import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 client over a raw socket to 127.0.0.1, for the explorer's tests: it sends the path exactly as
/// given (no normalisation of `..` or `%2e`), one request per connection, and reads the whole answer.
struct LoopbackHTTP {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    let port: Int

    func get(_ path: String, headers: [String: String] = [:]) async throws -> Reply {
        try await send("GET", path, headers: headers, body: nil)
    }

    func post(_ path: String, _ body: Data, headers: [String: String] = [:]) async throws -> Reply {
        try await send("POST", path, headers: headers, body: body)
    }

    /// The exchange, on a thread of its own: blocking socket calls never hold one of Swift's cooperative threads
    /// (two on this machine), which the server in the same process needs.
    func send(_ method: String, _ path: String, headers: [String: String], body: Data?) async throws -> Reply {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try self.exchange(method, path, headers: headers, body: body) }) }
            thread.start()
        }
    }

    func exchange(_ method: String, _ path: String, headers: [String: String], body: Data?) throws -> Reply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect: \(errno)") }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (key, value) in headers { head += "\(key): \(value)\r\n" }
        if let body { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        var request = Data(head.utf8)
        if let body { request.append(body) }
        // The server may answer (413) and stop reading before the whole body is sent: then stop sending and read.
        request.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n <= 0 { break }
                offset += n
            }
        }
        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            answer.append(contentsOf: buffer[0..<n])
        }
        return try Self.parse(answer)
    }

    /// Sends `first` at once, then `rest` one byte every `interval` seconds, watching the socket: the seconds
    /// after which the server closed the connection (or answered), or nil when it let every byte arrive.
    func trickle(_ first: Data, then rest: Data, interval: Double) async throws -> Double? {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try self.trickleExchange(first, then: rest, interval: interval) }) }
            thread.start()
        }
    }

    func trickleExchange(_ first: Data, then rest: Data, interval: Double) throws -> Double? {
        let fd = try connected()
        defer { close(fd) }
        let start = Date()
        func send(_ data: Data) -> Bool {
            data.isEmpty || data.withUnsafeBytes { Glibc.send(fd, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) == $0.count }
        }
        /// True once the server closed the connection or sent something.
        func closed() -> Bool {
            var byte: UInt8 = 0
            let n = recv(fd, &byte, 1, Int32(MSG_DONTWAIT) | Int32(MSG_PEEK))
            return n == 0 || n > 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
        }
        guard send(first) else { return Date().timeIntervalSince(start) }
        for byte in rest {
            let wake = Date().addingTimeInterval(interval)
            while Date() < wake {
                if closed() { return Date().timeIntervalSince(start) }
                Thread.sleep(forTimeInterval: 0.05)
            }
            if !send(Data([byte])) { return Date().timeIntervalSince(start) }
        }
        return nil
    }

    func connected() throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { close(fd); throw Failure(description: "connect: \(errno)") }
        return fd
    }

    static func parse(_ answer: Data) throws -> Reply {
        guard let split = answer.range(of: Data("\r\n\r\n".utf8)) else {
            throw Failure(description: "no complete answer (\(answer.count) bytes)")
        }
        let head = String(decoding: answer[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(answer[split.upperBound...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" {
            var out = Data(), rest = body[...]
            while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
                let size = Int(String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self), radix: 16) ?? 0
                if size == 0 { break }
                let start = lineEnd.upperBound
                out.append(rest[start..<start + size])
                rest = rest[(start + size + 2)...]
            }
            body = out
        } else if let length = headers["content-length"].flatMap(Int.init), length <= body.count {
            body = body.prefix(length)
        }
        return Reply(status: status, headers: headers, body: body)
    }
}
