import StorylineCore

extension ClusterAssignment {
    /// One output line of `storyline cluster`, keys in SPEC order, `duplicateOf` null when absent.
    public var jsonLine: String {
        var s = "{\"id\":"
        JSONString.append(id, to: &s)
        s += ",\"story\":"
        JSONString.append(story, to: &s)
        s += ",\"storyline\":"
        JSONString.append(storyline, to: &s)
        s += ",\"duplicateOf\":"
        if let d = duplicateOf { JSONString.append(d, to: &s) } else { s += "null" }
        s += "}"
        return s
    }
}

/// JSON string literal escaping (RFC 8259).
enum JSONString {
    static func append(_ value: String, to out: inout String) {
        out += "\""
        for u in value.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    out += "\\u00" + String(u.value >> 4, radix: 16) + String(u.value & 15, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
