import Foundation
import StorylineCore

/// File names and writing of a story's brief in an output folder (what `storyline run
/// --out DIR` writes: `ID.md`, `ID.html`, `ID.json` per story and `index.html`).
public enum BriefFiles {
    public static func htmlName(_ storyID: String) -> String { Escaping.fileName(storyID) + ".html" }
    public static func markdownName(_ storyID: String) -> String { Escaping.fileName(storyID) + ".md" }
    public static func jsonName(_ storyID: String) -> String { Escaping.fileName(storyID) + ".json" }

    /// Writes the Markdown, HTML and JSON of `brief` into `folder` (created if missing).
    public static func write(_ brief: Brief, to folder: URL) throws {
        try OutputFile.makeFolder(folder)
        try OutputFile.write(MarkdownRenderer.render(brief).utf8, to: folder.appendingPathComponent(markdownName(brief.id)))
        try OutputFile.write(HTMLRenderer.render(brief).utf8, to: folder.appendingPathComponent(htmlName(brief.id)))
        try OutputFile.write(JSONRenderer.render(brief), to: folder.appendingPathComponent(jsonName(brief.id)))
    }

    /// Writes `index.html` listing `briefs` into `folder`.
    public static func writeIndex(_ briefs: [Brief], to folder: URL, title: String = "Storyline briefs") throws {
        try OutputFile.makeFolder(folder)
        try OutputFile.write(IndexRenderer.render(briefs, title: title).utf8, to: folder.appendingPathComponent("index.html"))
    }
}
