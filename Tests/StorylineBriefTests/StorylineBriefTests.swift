import StorylineBrief
import Testing
