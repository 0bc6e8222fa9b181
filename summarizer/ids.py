"""Article ids that are safe, bounded file names, unique across a batch.

An id names the article's output file (`articles/<id>.json`) and its recording, so it must be a
legal file name on every platform whatever the input held: a 300-character JSONL id or a
245-character file name (legal on Linux) would otherwise end in "File name too long".
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator

# Far below the 255 bytes most file systems allow, leaving room for a "-N" suffix and ".json".
MAX_ID_CHARS = 120
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_id(value: str) -> str:
    """An id usable as a file name: letters, digits, dot, dash and underscore, at most
    MAX_ID_CHARS long. A longer one keeps its start and ends in a hash of the whole value, so two
    long ids that share a beginning stay apart."""
    cleaned = _UNSAFE.sub("-", value).strip("-.") or "article"
    if len(cleaned) <= MAX_ID_CHARS:
        return cleaned
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{cleaned[: MAX_ID_CHARS - len(digest) - 1].rstrip('-.')}-{digest}"


def unique_ids(ids: Iterable[str]) -> Iterator[str]:
    """Each id, renamed `<id>-2`, `<id>-3`... when an earlier one already has it. A new name
    never takes an id that any input has of its own (`a`, `a`, `a-2` become `a`, `a-3`, `a-2`),
    and ids differing only in case count as equal: they are one file on macOS and Windows."""
    given = list(ids)
    taken = {i.casefold() for i in given}
    used: set[str] = set()
    for article_id in given:
        chosen = article_id
        if chosen.casefold() in used:
            n = 2
            while (candidate := f"{article_id}-{n}").casefold() in taken or (
                candidate.casefold() in used
            ):
                n += 1
            chosen = candidate
        used.add(chosen.casefold())
        yield chosen
