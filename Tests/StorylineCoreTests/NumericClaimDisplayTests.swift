import StorylineCore
import Testing

/// A claim's value reads as the text says it, never with its qualifier twice.
@Suite struct NumericClaimDisplayTests {
    @Test func theQualifierComesBeforeTheValue() {
        #expect(NumericClaim(value: 12000, valueText: "12,000", counts: "troops", qualifier: "up to", sentence: 0).displayValue == "up to 12,000")
        #expect(NumericClaim(value: 1500, valueText: "1,500", counts: "troops", sentence: 0).displayValue == "1,500")
    }

    @Test func aQualifierTheValueAlreadySaysIsNotRepeated() {
        #expect(NumericClaim(value: 1000, valueText: "thousands", counts: "troops", qualifier: "thousands", sentence: 0).displayValue == "thousands")
        #expect(NumericClaim(value: 100, valueText: "Hundreds", counts: "people", qualifier: "hundreds", sentence: 0).displayValue == "Hundreds")
    }
}
