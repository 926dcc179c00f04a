import CairoRender
import Diagram
import Figures
import Foundation
import Scenario

/// How `radix quiz` draws its sheets.
public struct QuizRequest {
    /// Output directory; created when missing.
    public var outputDirectory: String
    public var formats: [FigureFormat]
    public var width: Double
    public var theme: Theme
    /// The paper of the PDF sheets: each question and answer sheet is printed on pages of it, cut between
    /// panels (``Handout``); PNG and SVG sheets stay whole.
    public var paper: Paper
    /// How SVGs write their words (`--svg-text`); a quiz's editable SVG carries no grades.
    public var svgText: SVGText

    public init(outputDirectory: String = QuizWriter.defaultDirectory, formats: [FigureFormat] = [.png], width: Double = 2400, theme: Theme = .color,
                paper: Paper = .a4, svgText: SVGText = .outline) {
        self.outputDirectory = outputDirectory
        self.formats = formats.isEmpty ? [.png] : formats
        self.width = width
        self.theme = theme
        self.paper = paper
        self.svgText = svgText
    }
}

/// Writes a quiz set, whole or not at all (``OutputSet``): per case `quiz-NNN.yaml`, the question sheet
/// `quiz-NNN.question.<ext>` with its alt text `quiz-NNN.question.txt`, the answer sheet (the teaching
/// sheet) `quiz-NNN.answer.<ext>` with `quiz-NNN.answer.txt`; then `answer-key.md` and `answer-key.json`.
public final class QuizWriter {
    /// Where a quiz goes unless `--out` says otherwise: a folder of its own, apart from the gallery in `Renders/`.
    public static let defaultDirectory = "Quiz"

    private let files: FigureFiles

    /// Fails only when Cairo or Pango cannot make a scratch surface for measuring text.
    public init() throws(RenderError) {
        files = try FigureFiles()
    }

    func context(_ quizCase: QuizCase, request: QuizRequest, labels: LabelMode) -> FigureContext {
        FigureContext(result: quizCase.result, scenario: quizCase.scenario,
                      options: files.options(width: request.width, theme: request.theme, labels: labels))
    }

    /// The question sheet's scene and alt text (nothing written).
    public func question(_ quizCase: QuizCase, request: QuizRequest) -> (scene: Scene, altText: String) {
        let text = QuizQuestion.text(quizCase, answerExtension: request.formats[0].rawValue)
        let context = context(quizCase, request: request, labels: .none)
        return (QuestionPage.scene(text, context: context), QuestionPage.altText(text, context: context))
    }

    /// The answer sheet's scene and alt text: the teaching sheet of the case (nothing written).
    public func answer(_ quizCase: QuizCase, request: QuizRequest) -> (scene: Scene, altText: String) {
        let context = context(quizCase, request: request, labels: .full)
        return (ViewCatalog.scene(for: .sheet, context: context), ViewCatalog.altText(for: .sheet, context: context))
    }

    /// Writes the whole set, all or nothing: every file goes into a staging directory inside the output
    /// directory and the set is moved into place at the end (``OutputSet``), removing the case files an
    /// earlier set left that this one does not have. A failure or an interrupt leaves the earlier set as it
    /// was. Then calls `wrote` with each path, in the order written.
    /// - Parameter cancellation: checked between files; when cancelled, nothing is changed.
    /// - Returns: every path written, in order: per case its YAML, question and answer files, then the keys.
    /// - Throws: `QuizDirectoryError` when the directory cannot be made; ``OutputSetError`` when a file cannot
    ///   be drawn, written or moved into place, or the set was interrupted (then nothing was changed).
    @discardableResult
    public func write(_ set: QuizSet, request: QuizRequest, cancellation: BatchCancellation? = nil,
                      wrote: (String) -> Void = { _ in }) throws -> [String] {
        let dir = request.outputDirectory
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw QuizDirectoryError(path: dir, reason: Self.reason(error, path: dir))
        }
        let output = try OutputSet(directory: dir, cancellation: cancellation)
        var names: [String] = [], caseFiles: [Int: [String]] = [:]
        func record(_ name: String, case number: Int?) {
            names.append(name)
            if let number { caseFiles[number, default: []].append(name) }
        }
        files.svgText = request.svgText
        for quizCase in set.cases {
            try output.staging {
                let yaml = "\(quizCase.stem).yaml"
                try FigureFiles.writeText(quizCase.yaml, to: output.stagingPath(yaml))
                record(yaml, case: quizCase.number)
            }
            for kind in ["question", "answer"] {
                try output.staging {
                    let page = kind == "question" ? question(quizCase, request: request) : answer(quizCase, request: request)
                    let base = output.stagingPath("\(quizCase.stem).\(kind)")
                    // An exam is printed: the PDF comes in pages of the paper.
                    let pages = request.formats.contains(.pdf) ? Handout.pages(of: page.scene, paper: request.paper, measurer: files.measurer) : nil
                    for file in try files.write(page.scene, altText: page.altText, base: base, formats: request.formats, pages: pages) {
                        record((file as NSString).lastPathComponent, case: quizCase.number)
                    }
                }
            }
        }
        try output.staging {
            try FigureFiles.writeText(QuizAnswerKey.markdown(set, files: caseFiles), to: output.stagingPath("answer-key.md"))
            record("answer-key.md", case: nil)
            try FigureFiles.writeText(QuizAnswerKey.json(set, files: caseFiles), to: output.stagingPath("answer-key.json"))
            record("answer-key.json", case: nil)
        }
        try output.commit(removing: Self.isCaseFileName)
        let written = names.map(output.finalPath)
        written.forEach(wrote)
        return written
    }
}

extension QuizWriter {
    /// Case files an earlier set left that this set does not write (cases beyond its count, formats it was
    /// not asked for) are removed when the set is committed: they belong to another seed or count and would
    /// sit beside the new answer key without being in it. Only names of exactly this form are touched.
    /// True for `quiz-<digits>.yaml` and `quiz-<digits>.<question|answer>.<png|svg|pdf|txt>`.
    static func isCaseFileName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let stem = parts.first, stem.hasPrefix("quiz-") else { return false }
        let digits = stem.dropFirst("quiz-".count)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return false }
        switch parts.count {
        case 2: return parts[1] == "yaml"
        case 3: return ["question", "answer"].contains(parts[1]) && ["png", "svg", "pdf", "txt"].contains(parts[2])
        default: return false
        }
    }

    /// Why `path` cannot be made a directory, in words: a file in the way, else the system's reason.
    static func reason(_ error: Error, path: String) -> String {
        var ancestor = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        while !ancestor.isEmpty && ancestor != "/" && !FileManager.default.fileExists(atPath: ancestor, isDirectory: &isDirectory) {
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return "\(path) is a file, not a directory"
        }
        if FileManager.default.fileExists(atPath: ancestor, isDirectory: &isDirectory), !isDirectory.boolValue {
            return "\(ancestor) is a file, not a directory"
        }
        if !ancestor.isEmpty, !FileManager.default.isWritableFile(atPath: ancestor) { return "\(ancestor) is not writable" }
        return (error as NSError).localizedDescription
    }
}

/// The output directory cannot be made: a file is in the way, or permission is denied.
public struct QuizDirectoryError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot create the output directory \(path): \(reason); choose another --out" }
}
