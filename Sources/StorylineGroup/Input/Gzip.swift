/// gzip (RFC 1952) around DEFLATE (RFC 1951), decoded in pure Swift: Foundation on Linux
/// has no gzip, and reading `.jsonl.gz` must not need a system library. Multi-member files
/// are concatenated. Output is bounded by `limit` so a zip bomb is an error, not a hang.
public enum Gzip {
    public struct DecodeError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    public static func isGzip(_ data: [UInt8]) -> Bool {
        data.count >= 2 && data[0] == 0x1f && data[1] == 0x8b
    }

    public static func decompress(_ data: [UInt8], limit: Int = 4 << 30) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count * 4)
        var pos = 0
        while pos + 18 <= data.count, data[pos] == 0x1f, data[pos + 1] == 0x8b {
            guard data[pos + 2] == 8 else { throw DecodeError(description: "gzip: unknown compression method") }
            let flags = data[pos + 3]
            pos += 10
            if flags & 4 != 0 {  // FEXTRA
                guard pos + 2 <= data.count else { throw DecodeError(description: "gzip: truncated header") }
                pos += 2 + Int(data[pos]) + Int(data[pos + 1]) << 8
            }
            if flags & 8 != 0 { while pos < data.count, data[pos] != 0 { pos += 1 }; pos += 1 }  // FNAME
            if flags & 16 != 0 { while pos < data.count, data[pos] != 0 { pos += 1 }; pos += 1 }  // FCOMMENT
            if flags & 2 != 0 { pos += 2 }  // FHCRC
            guard pos < data.count else { throw DecodeError(description: "gzip: truncated header") }
            var inflater = Inflater(data, start: pos, limit: limit)
            try inflater.run(into: &out)
            pos = inflater.bytePosition + 8  // CRC32 and ISIZE
        }
        if out.isEmpty && !isGzip(data) { throw DecodeError(description: "gzip: not a gzip file") }
        return out
    }
}

/// A DEFLATE decoder: stored, fixed-Huffman and dynamic-Huffman blocks.
struct Inflater {
    let input: [UInt8]
    var pos: Int
    var bitBuffer: UInt64 = 0
    var bitCount = 0
    let limit: Int

    init(_ input: [UInt8], start: Int, limit: Int) {
        self.input = input
        self.pos = start
        self.limit = limit
    }

    /// Byte position after the last whole byte consumed (unused buffered bits discarded).
    var bytePosition: Int { pos - bitCount / 8 }

    mutating func need(_ n: Int) throws {
        while bitCount < n {
            guard pos < input.count else { throw Gzip.DecodeError(description: "deflate: unexpected end of data") }
            bitBuffer |= UInt64(input[pos]) << UInt64(bitCount)
            pos += 1
            bitCount += 8
        }
    }

    @inline(__always) mutating func bits(_ n: Int) throws -> Int {
        if n == 0 { return 0 }
        try need(n)
        let v = Int(bitBuffer & ((1 << UInt64(n)) - 1))
        bitBuffer >>= UInt64(n)
        bitCount -= n
        return v
    }

    /// Canonical Huffman table: counts per length and symbols ordered by code.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []

        init(lengths: [Int]) throws {
            for l in lengths { counts[l] += 1 }
            counts[0] = 0
            var offsets = [Int](repeating: 0, count: 16)
            for i in 1..<16 { offsets[i] = offsets[i - 1] + counts[i - 1] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (s, l) in lengths.enumerated() where l != 0 {
                symbols[offsets[l]] = s
                offsets[l] += 1
            }
        }
    }

    @inline(__always) mutating func decode(_ h: Huffman) throws -> Int {
        var code = 0
        var first = 0
        var index = 0
        for len in 1..<16 {
            code |= try bits(1)
            let count = h.counts[len]
            if code - count < first { return h.symbols[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw Gzip.DecodeError(description: "deflate: bad Huffman code")
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    mutating func run(into out: inout [UInt8]) throws {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored(into: &out)
            case 1:
                var lengths = [Int](repeating: 8, count: 288)
                for i in 144..<256 { lengths[i] = 9 }
                for i in 256..<280 { lengths[i] = 7 }
                try codes(into: &out, try Huffman(lengths: lengths), try Huffman(lengths: [Int](repeating: 5, count: 30)))
            case 2: try dynamic(into: &out)
            default: throw Gzip.DecodeError(description: "deflate: bad block type")
            }
        }
    }

    mutating func stored(into out: inout [UInt8]) throws {
        pos -= bitCount / 8  // give back whole bytes read ahead; drop the partial one
        bitBuffer = 0
        bitCount = 0
        guard pos + 4 <= input.count else { throw Gzip.DecodeError(description: "deflate: truncated stored block") }
        let len = Int(input[pos]) | Int(input[pos + 1]) << 8
        pos += 4
        guard pos + len <= input.count else { throw Gzip.DecodeError(description: "deflate: truncated stored block") }
        guard out.count + len <= limit else { throw Gzip.DecodeError(description: "gzip: output too large") }
        out.append(contentsOf: input[pos..<(pos + len)])
        pos += len
    }

    mutating func dynamic(into out: inout [UInt8]) throws {
        let hlit = try bits(5) + 257
        let hdist = try bits(5) + 1
        let hclen = try bits(4) + 4
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var clen = [Int](repeating: 0, count: 19)
        for i in 0..<hclen { clen[order[i]] = try bits(3) }
        let lencode = try Huffman(lengths: clen)
        var lengths: [Int] = []
        while lengths.count < hlit + hdist {
            let sym = try decode(lencode)
            switch sym {
            case 0..<16: lengths.append(sym)
            case 16:
                guard let prev = lengths.last else { throw Gzip.DecodeError(description: "deflate: bad repeat") }
                lengths.append(contentsOf: repeatElement(prev, count: 3 + (try bits(2))))
            case 17: lengths.append(contentsOf: repeatElement(0, count: 3 + (try bits(3))))
            default: lengths.append(contentsOf: repeatElement(0, count: 11 + (try bits(7))))
            }
        }
        guard lengths.count == hlit + hdist else { throw Gzip.DecodeError(description: "deflate: bad code lengths") }
        try codes(
            into: &out, try Huffman(lengths: Array(lengths[0..<hlit])), try Huffman(lengths: Array(lengths[hlit...])))
    }

    mutating func codes(into out: inout [UInt8], _ lit: Huffman, _ dist: Huffman) throws {
        while true {
            let sym = try decode(lit)
            if sym < 256 {
                out.append(UInt8(sym))
            } else if sym == 256 {
                return
            } else {
                let li = sym - 257
                guard li < 29 else { throw Gzip.DecodeError(description: "deflate: bad length code") }
                let len = Self.lengthBase[li] + (try bits(Self.lengthExtra[li]))
                let di = try decode(dist)
                guard di < 30 else { throw Gzip.DecodeError(description: "deflate: bad distance code") }
                let d = Self.distBase[di] + (try bits(Self.distExtra[di]))
                guard d <= out.count else { throw Gzip.DecodeError(description: "deflate: distance too far back") }
                guard out.count + len <= limit else { throw Gzip.DecodeError(description: "gzip: output too large") }
                let start = out.count - d
                for k in 0..<len { out.append(out[start + k]) }
            }
            if out.count > limit { throw Gzip.DecodeError(description: "gzip: output too large") }
        }
    }
}
