import Anatomy
import BodyFigures
import Clinical
import Compression
import Diagram
import FigureStyle
import SectionFigures

/// What a quiz question says besides the figures: its title, the history, the question, where the
/// answer is. None of it may name a root, a level or a lesion.
public struct QuestionText: Sendable, Hashable {
    /// "Case 007".
    public var title: String
    /// The history in two or three sentences.
    public var vignette: String
    public var question: String
    /// Where the answer is: "Answer: quiz-007.answer.png and answer-key.md."
    public var answerNote: String

    public init(title: String, vignette: String, question: String, answerNote: String) {
        self.title = title
        self.vignette = vignette
        self.question = question
        self.answerNote = answerNote
    }
}

/// The question sheet of a quiz case, a portrait page: the title and history, the body charts with the
/// pain map (no labels), the examination, the question in a box, and a caption with the atlas. It is
/// drawn with `LabelMode.none` whatever the options say, and shows nothing that names the answer.
public enum QuestionPage {
    public static func scene(_ text: QuestionText, context: FigureContext) -> Scene {
        var context = context
        context.options.labels = .none
        let w = context.options.width, t = context.type, m = context.options.measurer, p = context.palette
        let margin = w * 0.025, inner = w - 2 * margin
        var nodes: [Node] = []
        var y = margin

        func paragraph(_ id: String, _ string: String, font: Font, color: Color, x: Double = margin, width: Double = inner) {
            nodes.append(.text(TextNode(id: id, string: string, position: Point(x: x, y: y), baseline: .top,
                                        font: font, color: color, maxWidth: width)))
            y += m.block(string, font: font, maxWidth: width).height
        }

        paragraph("page.title", text.title, font: t.title, color: p.ink)
        y += t.gap
        paragraph("question.vignette", text.vignette, font: t.body, color: p.ink)
        y += 2 * t.gap

        let body = BodyChartPanel(showsNormalKeyPoints: false)
        let bodyFrame = Rect(x: margin, y: y, width: inner, height: inner / body.preferredAspect)
        nodes.append(.group(GroupNode(id: "question.body", children: body.nodes(in: bodyFrame, context: context))))
        y = bodyFrame.maxY + 3 * t.gap

        let exam = ExaminationPanel()
        let examFrame = Rect(x: margin, y: y, width: inner, height: exam.height(width: inner, context: context))
        nodes.append(.group(GroupNode(id: "question.exam", children: exam.nodes(in: examFrame, context: context))))
        y = examFrame.maxY + 2 * t.gap

        // The question, boxed so it reads as the task.
        let pad = t.unit * 5
        let label = "Question"
        let labelHeight = m.block(label, font: t.panelTitle, maxWidth: inner - 2 * pad).height
        let questionHeight = m.block(text.question, font: t.body, maxWidth: inner - 2 * pad).height
        let box = Rect(x: margin, y: y, width: inner, height: pad + labelHeight + t.unit * 2 + questionHeight + pad)
        nodes.append(.path(PathNode(id: "question.box", path: .roundedRectangle(box, radius: t.unit * 3),
                                    fill: .color(Color(white: 0.96)), stroke: Stroke(color: p.mutedInk, width: t.line * 1.5))))
        y += pad
        paragraph("question.label", label, font: t.panelTitle, color: p.ink, x: margin + pad, width: inner - 2 * pad)
        y += t.unit * 2
        paragraph("question.text", text.question, font: t.body, color: p.ink, x: margin + pad, width: inner - 2 * pad)
        y = box.maxY + 2 * t.gap

        paragraph("page.caption", caption(text, context: context), font: t.small, color: p.mutedInk)
        let height = (y + margin).rounded()
        return QuizMetadata.scrubbed(Scene(width: w, height: height, background: p.background, nodes: nodes, title: text.title))
    }

    /// The caption: what the page shows, the atlas with its citation, the posture, where the answer
    /// is, the disclaimer.
    static func caption(_ text: QuestionText, context: FigureContext) -> String {
        let atlas = context.result.input.atlas
        return "Body charts: the patient's pain, numbness and referred ache; filled dots mark the key sensory points where sensation is reduced. "
            + "Dermatomes after \(atlas.displayName) (\(atlas.citation)) "
            + "Examined in posture: \(context.result.input.posture.rawValue). \(text.answerNote) Teaching model — not for diagnosis."
    }

    /// Alt text in sentences: the page, the history, where the pain falls, the examination, the question.
    public static func altText(_ text: QuestionText, context: FigureContext) -> String {
        ["Question sheet \(text.title): the history, front and back body charts with the pain map, the examination and the question.",
         text.vignette, AltText.painSentence(context.result), ExaminationPanel().altText(context),
         "Question: " + text.question, text.answerNote, "Teaching model — not for diagnosis."].joined(separator: " ")
    }
}
