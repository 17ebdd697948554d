@_exported import StorylineAnalyze
@_exported import StorylineBrief
@_exported import StorylineCore
@_exported import StorylineExtract
@_exported import StorylineGroup
@_exported import StorylineIngest
@_exported import StorylineStore
