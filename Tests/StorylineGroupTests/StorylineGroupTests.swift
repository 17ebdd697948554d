import StorylineGroup
import Testing
