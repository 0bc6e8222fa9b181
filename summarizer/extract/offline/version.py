"""The offline rules' version: a release name plus a hash of the rule and data files.

Like a prompt's version (prompts.py), it changes whenever a rule module or a data table
changes, so the extraction cache (keyed on it) never serves results of other rules. The files
are read through importlib.resources, so an installed wheel hashes what it ships.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from importlib.resources import files
from importlib.resources.abc import Traversable

from summarizer.extract.offline.pack_base import DATA_DIR

# Bumped by hand (by whoever merges a change of the rules' behaviour): it names the rules in
# reports and READMEs. The hash after it tracks every edit on its own.
RULES_RELEASE = "rules-24"

CODE_DIR = files("summarizer.extract.offline")


def _files(code: Traversable, data: Traversable) -> Iterator[tuple[str, Traversable]]:
    for folder, prefix, suffix in ((code, "code", ".py"), (data, "data", ".toml")):
        for entry in folder.iterdir():
            if entry.is_file() and entry.name.endswith(suffix):
                yield f"{prefix}/{entry.name}", entry


def rules_digest(code: Traversable = CODE_DIR, data: Traversable = DATA_DIR) -> str:
    """8 hex digits of sha256 over the offline package's .py files and data/offline/*.toml,
    each with its name, in sorted order (line ends normalised: a checkout with CRLF hashes
    the same)."""
    digest = hashlib.sha256()
    for name, entry in sorted(_files(code, data), key=lambda item: item[0]):
        digest.update(name.encode("utf-8") + b"\x00")
        digest.update(entry.read_bytes().replace(b"\r\n", b"\n") + b"\x00")
    return digest.hexdigest()[:8]


def rules_version(code: Traversable = CODE_DIR, data: Traversable = DATA_DIR) -> str:
    return f"{RULES_RELEASE}+{rules_digest(code, data)}"
