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

    @Test func hardwareAndPortableDigestsAgree() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for size in [0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 4096, 70_001] {
            let bytes = (0..<size).map { _ -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 33)
            }
            #expect(SHA256.digest(bytes) == SHA256.digest(bytes, portable: true), "size \(size)")
        }
        #expect(SHA256.digest(Array("abc".utf8), portable: true) == SHA256.digest(Array("abc".utf8)))
    }

    @Test func whitespaceAndAsciiCaseDoNotChangeTheKey() {
        let a = ContentKey.id(for: "  North Korea sent troops.\r\n\r\nSeoul said so. ")
        let b = ContentKey.id(for: "north korea   sent troops.\n\nSeoul said so.")
        #expect(a == b)
        #expect(a.count == ContentKey.idLength)
        #expect(ContentKey.id(for: "North Korea sent troops.") != ContentKey.id(for: "North Korea sent soldiers."))
    }

    /// Ids are stored and cited: they must never change between releases. The expected values
    /// are SHA-256 of the normalized text computed independently (Python's hashlib).
    @Test func keysAreStableAcrossReleases() {
        #expect(ContentKey.id(for: "  North Korea sent troops.\r\n\r\nSeoul said so. ") == "836af4ba21d34133")
        // long enough to be hashed in several chunks, with white space runs across chunk edges
        var long = ""
        for i in 0..<3000 { long += i % 7 != 0 ? "Word\(i) \t\n" : "MIXED Case  \(i)\r\n" }
        #expect(ContentKey.id(for: long) == "6be654f053059655")
    }

    @Test func keyEqualsTheDigestOfTheNormalizedBytes() {
        for size in [0, 1, 55, 56, 63, 64, 65, 4095, 4096, 4097, 8192, 10_000] {
            let text = String((0..<size).map { i in i % 11 == 0 ? "X" : i % 5 == 0 ? " " : "a" })
            var normalized: [UInt8] = []
            var pending = false
            for b in text.utf8 {
                if b == 0x20 { pending = !normalized.isEmpty; continue }
                if pending { normalized.append(0x20); pending = false }
                normalized.append(b == 0x58 ? 0x78 : b)
            }
            #expect(ContentKey.id(for: text) == String(SHA256.hex(normalized).prefix(ContentKey.idLength)), "size \(size)")
        }
    }
}

extension ContentKeyTests {
    /// Texts whose white space comes in every shape (single spaces, runs, tabs, line breaks,
    /// at slice edges) and whose letters mix cases and scripts: the key is always the digest of
    /// the normalized bytes, however the hashing loop takes the text apart.
    @Test func keyEqualsTheDigestOfTheNormalizedBytesForMixedText() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let pieces = ["Word", "lower", "UPPER", "é", "Ünïcode", "42", ".", "\"", " ", " ", " ", "  ", "\t", "\n", "\r\n", " \n ", "\u{0B}", "\u{0C}"]
        let prose = ["Word ", "lower ", "UPPER ", "é ", "Mixed", "x", "The ", "42. ", "said,", " ", "Ünïcode "] + Array(repeating: "and ", count: 8) + ["\n"]
        for round in 0..<300 {
            var text = ""
            let count = round < 20 ? round : next(3000)
            // odd rounds: prose with single spaces and a rare break, where whole runs of bytes
            // need only lower-casing
            let set = round % 2 == 0 ? pieces : prose
            for _ in 0..<count { text += set[next(set.count)] }
            var normalized: [UInt8] = []
            var pending = false
            for b in text.utf8 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { pending = !normalized.isEmpty; continue }
                if pending { normalized.append(0x20); pending = false }
                normalized.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
            #expect(ContentKey.id(for: text) == String(SHA256.hex(normalized).prefix(ContentKey.idLength)), "round \(round)")
        }
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

/// The fast date writer spells dates as the format strings did.
@Suite struct ISO8601FormatTests {
    @Test func datesAndTimesAreZeroPadded() {
        #expect(ISO8601.format(Date(timeIntervalSince1970: 0)) == "1970-01-01")
        #expect(ISO8601.format(Date(timeIntervalSince1970: 1_717_236_305)) == "2024-06-01T10:05:05Z")
        #expect(ISO8601.format(Date(timeIntervalSince1970: -86_400 * 365 * 1000)).hasPrefix("0970-"))
        #expect(ISO8601.format(Date(timeIntervalSince1970: 86_399)) == "1970-01-01T23:59:59Z")
    }
}
