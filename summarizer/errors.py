"""One root exception so the CLI can turn any expected failure into a one-line message."""


class SummarizerError(Exception):
    """Base of every error the CLI reports as a one-line message instead of a traceback."""


class InputError(SummarizerError):
    """An input path or article is missing, unreadable or empty. The message names the file."""


class ConfigError(SummarizerError):
    """A setting or flag is inconsistent: unknown provider, missing recording, bad thresholds."""


class ExtractionError(SummarizerError):
    """One article could not be extracted (endpoint failure, invalid model output)."""
