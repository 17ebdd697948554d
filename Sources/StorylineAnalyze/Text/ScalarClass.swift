/// Cheap character classes over Unicode scalars, with an ASCII fast path: the tokenizer and
/// splitter call these once per scalar, so they must not build `Character`s.
@usableFromInline
enum ScalarClass {
    @inlinable static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return v == 0xA0 || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x3000 || (v >= 0x2000 && v <= 0x200A)
            || v == 0x1680 || v == 0x205F
    }

    @inlinable static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    @inlinable static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v >= 48 && v <= 57
    }

    @inlinable static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        isDigit(c) || isLetter(c) || isCombiningMark(c)
    }

    @inlinable static func isCombiningMark(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x300 { return false }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inlinable static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    @inlinable static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 97 && v <= 122 }
        return c.properties.isLowercase
    }

    /// ' and its typographic forms, used as apostrophes and single quotes.
    @inlinable static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x27 || v == 0x2019 || v == 0x2018 || v == 0x02BC
    }

    @inlinable static func isHyphen(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x2D || v == 0x2010 || v == 0x2011
    }

    /// Marks that end a sentence.
    @inlinable static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x2E || v == 0x3F || v == 0x21 || v == 0x2026 || v == 0x203D
    }

    /// Closing quotes and brackets that belong to the sentence they follow.
    @inlinable static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x203A: return true
        default: return false
        }
    }

    /// Opening quotes and brackets that may start a sentence.
    @inlinable static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2018, 0x201C, 0xAB, 0x2039, 0xBF, 0xA1: return true
        default: return false
        }
    }
}
