"""Check the places a run writes to before any work starts.

A read-only `--out`, an `--out` naming a file, or a cache folder that cannot exist
(`--cache-dir /dev/null/x`) becomes one `error:` line and exit 2 up front, instead of a traceback
after minutes of extraction with no `run.json`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from summarizer.errors import ConfigError


def check_writable_folder(folder: Path, what: str) -> None:
    """Create `folder` if needed and prove a file can be written in it; ConfigError if not."""
    if folder.exists() and not folder.is_dir():
        raise ConfigError(f"{folder}: the {what} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".write-check-")
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise ConfigError(f"{folder}: cannot write to the {what} ({_why(exc)})") from None


def check_writable_file(path: Path, what: str) -> None:
    """A file about to be written: its folder must exist and take files, and it is no folder."""
    if path.is_dir():
        raise ConfigError(f"{path}: the {what} is a folder, not a file")
    parent = path.parent
    if not parent.is_dir():
        raise ConfigError(f"{path}: cannot write the {what} (folder {parent} does not exist)")
    if not os.access(parent, os.W_OK):
        raise ConfigError(f"{path}: cannot write the {what} (folder {parent} is not writable)")


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__
