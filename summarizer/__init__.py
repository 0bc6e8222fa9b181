"""summarizer: news articles in, source-grounded facts and a cited briefing out."""

__version__ = "0.1.0"
