import Foundation
import StorylineCore
import StorylineGroup
import Testing
import TestSupport

@Suite("Near-duplicates")
struct NearDuplicateTests {
    let article = try! Fixtures.string("group/harbour-article.txt")

    func cluster(_ docs: [ClusterDocument]) -> [ClusterAssignment] {
        var c = StoryClusterer()
        return docs.map { c.add($0) }
    }

    @Test func exactCopyPointsAtTheFirstDocument() {
        let a = cluster([
            ClusterDocument(id: "a", title: "Ship aground", text: article),
            ClusterDocument(id: "b", title: "Ship aground", text: article),
        ])
        #expect(a[0].duplicateOf == nil)
        #expect(a[1].duplicateOf == "a")
        #expect(a[1].story == a[0].story)
    }

    @Test func aggregatorReprintWithWrapperIsADuplicate() {
        let wrapped = "Get all your news in one place.\nHundreds of titles.\nOne app.\nThe Velmora Star\n" + article
            + "\nSign up to read this article\nAlready a member? Sign in here\nRelated stories"
        let a = cluster([
            ClusterDocument(id: "orig", title: "Ship aground in fog", text: article),
            ClusterDocument(id: "reprint", title: "Ship runs aground", text: wrapped),
        ])
        #expect(a[1].duplicateOf == "orig")
    }

    @Test func truncationIsADuplicate() {
        let firstHalf = article.split(separator: "\n").prefix(2).joined(separator: "\n") + "\nRead more"
        let a = cluster([
            ClusterDocument(id: "orig", title: "Ship aground", text: article),
            ClusterDocument(id: "short", title: "Ship aground", text: firstHalf),
        ])
        #expect(a[1].duplicateOf == "orig")
    }

    @Test func forumPostQuotingTheArticleIsADuplicate() throws {
        let post = try Fixtures.string("group/harbour-forum-post.txt")
        let a = cluster([
            ClusterDocument(id: "orig", title: "Ship aground", text: article),
            ClusterDocument(id: "forum", title: "Cargo ship stuck at Velmora", text: post),
        ])
        #expect(a[1].duplicateOf == "orig")
    }

    @Test func differentArticlesOnOneTopicAreNotDuplicates() throws {
        let north = try Fixtures.string("group/quake-north.txt")
        let followup = try Fixtures.string("group/quake-north-followup.txt")
        let a = cluster([
            ClusterDocument(id: "n1", title: "Quake hits Kestrelmark", text: north),
            ClusterDocument(id: "n2", title: "Kestrelmark death toll rises", text: followup),
        ])
        #expect(a[1].duplicateOf == nil)
    }

    @Test func sharedWrapperAloneDoesNotMakeADuplicate() throws {
        let wrapper = "Get all your news in one place.\nHundreds of premium titles.\nOne app.\nStart reading\n"
        let footer = "\nSign up to read this article\nRead news from hundreds of titles, curated for you.\nAlready a member? Sign in here\nRelated Stories\nTop stories right now\nOur Picks\nFourteen days free\nDownload the app"
        let north = try Fixtures.string("group/quake-north.txt")
        let a = cluster([
            ClusterDocument(id: "x", title: "Ship", text: wrapper + article + footer),
            ClusterDocument(id: "y", title: "Quake", text: wrapper + north + footer),
        ])
        #expect(a[1].duplicateOf == nil)
    }
}
