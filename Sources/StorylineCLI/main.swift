import ArgumentParser
import Foundation

/// `storyline`: the command-line face of the pipeline. Exit codes per SPEC:
/// 0 success, 1 some inputs failed (each reported on stderr), 2 usage error.
struct Storyline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Turn a pile of news from many outlets into sourced story briefs.",
        subcommands: [
            RunCommand.self, IngestCommand.self, StoriesCommand.self, BriefCommand.self,
            ExtractCommand.self, AnalyzeCommand.self, NERCommand.self, ClusterCommand.self, ServeCommand.self,
        ])
}

CommandLine.exitWithStorylineConventions(Storyline.self)
