/// How an SVG's words are written (`--svg-text`).
public enum SVGText: String, CaseIterable, Sendable, Hashable {
    /// Cairo's SVG, the renderer of record: every letter a glyph outline, exactly as the PNG and PDF draw it, but
    /// text that cannot be edited, searched or restyled.
    case outline
    /// The editable SVG written from the scene (`EditableSVGWriter`): real `<text>` in the measured font stack,
    /// ids and classes by meaning, roots' and pain regions' model values as `data-` attributes.
    case editable
}
