import Foundation
import StorylineAnalyze
import StorylineCore
import TestSupport

/// The fictional harbour report used by the quote, claim, date and analyzer tests.
enum InfoFixture {
    /// Thursday 13 March 2025.
    static let published = CivilDate.date(year: 2025, month: 3, day: 13)

    static func document(published: Date? = InfoFixture.published) throws -> ExtractedDocument {
        let text = try Fixtures.string("analyze/info/harbour-report.txt")
        let blocks = text.split(separator: "\n").map { TextBlock(String($0)) }
        return ExtractedDocument(published: published, blocks: blocks)
    }

    static func document(_ paragraphs: [String], published: Date? = InfoFixture.published) -> ExtractedDocument {
        ExtractedDocument(published: published, blocks: paragraphs.map { TextBlock($0) })
    }
}
