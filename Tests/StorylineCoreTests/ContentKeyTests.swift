import Foundation
import StorylineCore
import Testing

@Suite struct ContentKeyTests {
    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let million = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func whitespaceAndAsciiCaseDoNotChangeTheKey() {
        let a = ContentKey.id(for: "  North Korea sent troops.\r\n\r\nSeoul said so. ")
        let b = ContentKey.id(for: "north korea   sent troops.\n\nSeoul said so.")
        #expect(a == b)
        #expect(a.count == ContentKey.idLength)
        #expect(ContentKey.id(for: "North Korea sent troops.") != ContentKey.id(for: "North Korea sent soldiers."))
    }
}

@Suite struct ISO8601Tests {
    @Test func parsesAndFormatsTheCommonForms() throws {
        let date = try #require(ISO8601.parse("2024-10-26T08:11:00+01:00"))
        #expect(ISO8601.format(date) == "2024-10-26T07:11:00Z")
        #expect(ISO8601.parse("2024-10-26").map(ISO8601.format) == "2024-10-26")
        #expect(ISO8601.parse("2024-10-26T08:11:05.123Z").map(ISO8601.format) == "2024-10-26T08:11:05Z")
        #expect(ISO8601.parse("2024-02-30x") == nil)
        #expect(ISO8601.parse("not a date") == nil)
    }

    @Test func civilDateRoundTripsAcrossLeapYears() {
        for days in stride(from: -800_000, to: 800_000, by: 997) {
            let (y, m, d) = CivilDate.fromDays(days)
            #expect(CivilDate.toDays(year: y, month: m, day: d) == days)
        }
        #expect(CivilDate.toDays(year: 2024, month: 2, day: 29) + 1 == CivilDate.toDays(year: 2024, month: 3, day: 1))
    }
}
