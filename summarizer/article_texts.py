"""The text each article's spans index into, kept beside the run's outputs for the source viewer.

``run`` writes ``OUT/texts/<id>.txt`` exactly as loaded (bytes in UTF-8, no newline translation),
so ``text[start:end]`` is the span whatever the input format was (an .html page's extracted text,
a .jsonl line's ``text`` field). For an output folder written before these files existed, the
article is loaded again from its ``source_path``.
"""

from __future__ import annotations

from pathlib import Path

from summarizer.schemas import ArticleMeta

TEXTS_DIR = "texts"


def text_path(out_dir: Path, article_id: str) -> Path:
    return out_dir / TEXTS_DIR / f"{article_id}.txt"


def write_article_text(out_dir: Path, article_id: str, text: str) -> None:
    path = text_path(out_dir, article_id)
    # Surrogates (from a lossy decode) must survive the round trip: offsets count them.
    data = text.encode("utf-8", "surrogatepass")
    if path.is_file() and path.read_bytes() == data:
        return  # a cache hit on a rerun: nothing to write
    tmp = path.with_name(f".{path.name}.tmp")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_bytes(data)
    tmp.replace(path)


def read_article_text(out_dir: Path, meta: ArticleMeta) -> str | None:
    """The article's text as its spans were computed on, or None when it cannot be found."""
    path = text_path(out_dir, meta.id)
    if path.is_file():
        return path.read_bytes().decode("utf-8", "surrogatepass")
    return _reload(meta)


def _reload(meta: ArticleMeta) -> str | None:
    if not meta.source_path or not Path(meta.source_path).is_file():
        return None
    from summarizer.load import Article, load_articles

    loaded = [item for item in load_articles([meta.source_path]) if isinstance(item, Article)]
    same = [a for a in loaded if a.id == meta.id]
    if same:
        return same[0].text
    return loaded[0].text if len(loaded) == 1 else None


__all__ = ["TEXTS_DIR", "read_article_text", "text_path", "write_article_text"]
