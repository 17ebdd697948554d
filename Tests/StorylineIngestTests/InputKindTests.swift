import StorylineIngest
import Testing

@Suite struct InputKindTests {
    @Test func extensionAndContentDecideTheKind() {
        func kind(_ path: String, _ head: String) -> InputKind? { InputKind.detect(path: path, head: Array(head.utf8)[...]) }
        #expect(kind("a.html", "<p>x") == .html)
        #expect(kind("a.txt", "<!DOCTYPE html><html>") == .html)
        #expect(kind("a.txt", "Headline\nBody") == .text)
        #expect(kind("a.md", "# Headline") == .markdown)
        #expect(kind("a.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">") == .atom)
        #expect(kind("a.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">") == .rss)
        #expect(kind("a.json", "{\"version\": \"https://jsonfeed.org/version/1.1\"}") == .jsonFeed)
        #expect(kind("a.jsonl", "{\"id\": 1}") == .jsonLines)
        #expect(kind("download", "<rss version=\"2.0\">") == .rss)
    }
}
