"""Command-line inputs to files: names taken literally, folders walked, globs expanded.

A name that exists is taken as it is, even with `[`, `*` or `?` in it; only a name that does not
exist is tried as a glob. A folder walk does not leave the folder: a symlink pointing outside it is
skipped with a note, as is a subfolder that cannot be read. The run's own output (the output and
cache folders, the memo files) is never read back as input, wherever `--out` points.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

_GLOB_CHARS = "*?["


@dataclass(frozen=True)
class Skipped:
    """A file a folder walk or glob found and deliberately left out, with why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Missing:
    """An input that names nothing (no file, folder or glob match)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Excluded:
    """What must never be read as input: folders (pruned wherever they are found below the folder
    or glob being searched) and single files."""

    folders: frozenset[Path] = frozenset()
    files: frozenset[Path] = frozenset()

    @classmethod
    def of(cls, folders: Collection[Path] = (), files: Collection[Path] = ()) -> Excluded:
        return cls(frozenset(_real(p) for p in folders), frozenset(_real(p) for p in files))


NOTHING_EXCLUDED = Excluded()


def expand(
    item: str, is_article: Callable[[Path], bool], excluded: Excluded = NOTHING_EXCLUDED
) -> Iterator[Path | Skipped | Missing]:
    """The files `item` names, in a stable order, with a `Skipped` note for each one left out,
    or one `Missing` when it names nothing."""
    path = Path(item)
    if os.path.lexists(path):
        if path.is_dir():
            yield from _folder(path, is_article, excluded)
        else:
            yield path  # named on its own: loaded whatever its name, or failed with the reason
        return
    if any(ch in item for ch in _GLOB_CHARS):
        yield from _glob(item, is_article, excluded)
        return
    yield Missing(shown(item), "no such file or directory")


def _folder(
    root: Path, is_article: Callable[[Path], bool], excluded: Excluded
) -> Iterator[Path | Skipped | Missing]:
    real_root = _real(root)
    found: list[Path] = []
    notes: list[Skipped] = []

    def unreadable(error: OSError) -> None:
        # os.walk passes over a folder it cannot list; say so rather than lose its files quietly.
        where = error.filename if error.filename is not None else root
        notes.append(Skipped(shown(where), f"cannot read the folder: {error.strerror or error}"))

    # Symlinked folders are listed, not entered.
    for here, folders, names in os.walk(root, onerror=unreadable):
        base = Path(here)
        kept = []
        for name in folders:
            folder = base / name
            real = _real(folder)
            if real in excluded.folders:
                continue
            if folder.is_symlink():
                if not real.is_relative_to(real_root):
                    reason = f"symlink to a folder outside {shown(root)}"
                    notes.append(Skipped(shown(folder), reason))
                continue  # one inside the folder is walked where it really is
            kept.append(name)
        folders[:] = kept
        for name in names:
            file = base / name
            if not is_article(file):
                continue
            real = _real(file)
            if real in excluded.files:
                continue
            if file.is_symlink() and not real.is_relative_to(real_root):
                notes.append(Skipped(shown(file), f"symlink to a file outside {shown(root)}"))
                continue
            found.append(file)
    yield from notes
    if not found:
        yield Missing(shown(root), "folder holds no .txt, .md, .html or .jsonl files")
    yield from sorted(found)


def _glob(
    pattern: str, is_article: Callable[[Path], bool], excluded: Excluded
) -> Iterator[Path | Skipped | Missing]:
    base = _literal_prefix(pattern)
    found = [
        path
        for path in sorted(map(Path, glob.glob(pattern, recursive=True)))
        if is_article(path) and not _under_excluded(path, base, excluded)
    ]
    if not found:
        yield Missing(shown(pattern), "no supported files match this pattern")
    yield from found


def _literal_prefix(pattern: str) -> Path:
    """The folder a glob searches in: its leading parts without a wildcard."""
    parts: list[str] = []
    for part in Path(pattern).parts:
        if any(ch in part for ch in _GLOB_CHARS):
            break
        parts.append(part)
    return _real(Path(*parts)) if parts else _real(Path("."))


def _under_excluded(path: Path, base: Path, excluded: Excluded) -> bool:
    real = _real(path)
    if real in excluded.files:
        return True
    return any(
        parent in excluded.folders and parent != base and parent.is_relative_to(base)
        for parent in real.parents
    )


def shown(path: Path | str) -> str:
    """A path as text that can be printed and written as JSON: bytes of a file name that are not
    UTF-8 (kept by Python as lone surrogates, which no encoder accepts) become `\\xff` escapes."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))
