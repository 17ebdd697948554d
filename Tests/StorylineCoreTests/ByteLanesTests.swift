import StorylineCore
import Testing

/// The word-at-a-time byte tests agree with the byte they test in every lane, whatever the
/// neighbouring lanes hold (a borrow or carry between lanes would show up next to 0x00 or 0xFF).
@Suite struct ByteLanesTests {
    /// A word with `byte` in lane `lane` and `fill` in the others.
    func word(_ byte: UInt8, at lane: Int, fill: UInt8) -> UInt64 {
        var x = ByteLanes.lanes(fill)
        x &= ~(UInt64(0xFF) << (8 * UInt64(lane)))
        return x | UInt64(byte) << (8 * UInt64(lane))
    }

    func passes(_ result: UInt64, lane: Int) -> Bool { result >> (8 * UInt64(lane) + 7) & 1 == 1 }

    @Test func everyByteInEveryLaneIsTestedExactly() {
        for lane in 0..<8 {
            for fill: UInt8 in [0x00, 0x1F, 0x20, 0x7F, 0x80, 0xFF] {
                for b in 0...255 {
                    let byte = UInt8(b)
                    let x = word(byte, at: lane, fill: fill)
                    #expect(passes(ByteLanes.zero(x), lane: lane) == (byte == 0))
                    #expect(passes(ByteLanes.equal(x, 0x0A), lane: lane) == (byte == 0x0A))
                    #expect(passes(ByteLanes.below(x, 0x20), lane: lane) == (byte < 0x20))
                    #expect(passes(ByteLanes.below(x, 0x80), lane: lane) == (byte < 0x80))
                    // the other lanes are judged on the fill byte alone
                    let other = (lane + 1) % 8
                    #expect(passes(ByteLanes.below(x, 0x20), lane: other) == (fill < 0x20))
                }
            }
        }
    }
}
