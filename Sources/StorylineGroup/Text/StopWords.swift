/// Function words and newswire filler that say nothing about which event a text reports.
/// Kept short on purpose: IDF does the rest, and a word dropped here is lost to every story.
public enum StopWords {
    public static let english: Set<[UInt8]> = Set(
        """
        a about above after again against all almost also although am among an and another any are around as at \
        be because been before being below between both but by can could did do does doing done down during each \
        either else even ever every few for from further had has have having he her here hers herself him himself \
        his how however i if in into is it its itself just least less many may me might more most much must my \
        myself neither no nor not now of off on once one only or other others our ours ourselves out over own per \
        quite rather same shall she should since so some still such than that the their theirs them themselves \
        then there these they this those though through thus to too under until up upon us very via was we were \
        what whatever when where whether which while who whom whose why will with within without would yet you \
        your yours yourself yourselves said say says saying told according also like get got make made new \
        s t don didn doesn isn wasn weren won wouldn couldn shouldn ll ve re mr mrs ms dr
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) })
}
