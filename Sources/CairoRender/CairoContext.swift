internal import CCairo

/// Owns one `cairo_t` drawing on `surface`; destroyed with the object.
final class CairoContext {
    let pointer: OpaquePointer
    /// Kept alive while the context draws on it.
    let surface: CairoSurface

    init(surface: CairoSurface, path: String?) throws(RenderError) {
        guard let pointer = cairo_create(surface.pointer) else {
            throw RenderError(.createContext, path: path, detail: "no context")
        }
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(pointer)
            throw RenderError(.createContext, path: path, detail: CairoStatus.text(status))
        }
        self.pointer = pointer
        self.surface = surface
    }

    deinit { cairo_destroy(pointer) }

    /// Throws when the context has entered an error state (Cairo's errors are sticky).
    func check(_ operation: RenderError.Operation, path: String?, nodeID: String? = nil) throws(RenderError) {
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(operation, path: path, detail: CairoStatus.text(status), nodeID: nodeID)
        }
    }
}

/// Owns one `cairo_pattern_t`; destroyed with the object.
final class CairoPattern {
    let pointer: OpaquePointer

    init(adopting pointer: OpaquePointer?, path: String?) throws(RenderError) {
        guard let pointer else { throw RenderError(.createPattern, path: path, detail: "no pattern") }
        let status = cairo_pattern_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_pattern_destroy(pointer)
            throw RenderError(.createPattern, path: path, detail: CairoStatus.text(status))
        }
        self.pointer = pointer
    }

    deinit { cairo_pattern_destroy(pointer) }
}
