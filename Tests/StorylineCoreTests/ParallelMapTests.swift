import StorylineCore
import Testing

@Suite struct ParallelMapTests {
    @Test func balancedMapKeepsInputOrderWhateverTheCosts() {
        let items = Array(0..<200)
        let doubled = ParallelMap.mapBalanced(items, workers: 3, cost: { ($0 * 37) % 11 }) { $0 * 2 }
        #expect(doubled == items.map { $0 * 2 })
        #expect(ParallelMap.mapBalanced([Int](), workers: 3) { $0 }.isEmpty)
    }

    @Test func mapKeepsInputOrderAndReleasesNothingTwice() {
        final class Box: Sendable {
            let value: Int
            init(_ value: Int) { self.value = value }
        }
        let boxes = ParallelMap.map(Array(0..<500)) { Box($0 * 3) }
        #expect(boxes.map(\.value) == (0..<500).map { $0 * 3 })
        #expect(ParallelMap.map([7]) { $0 + 1 } == [8])
    }
}
