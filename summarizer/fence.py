"""The fence around an article in a prompt: the article and its metadata are data, never orders.

The article goes between `<article-XXXX>` and `</article-XXXX>` lines whose suffix is a hash of
everything inside the fence, so text in the article cannot name the closing line (it would have
to contain its own hash), and the request stays the same for the same article (recordings and
provider-side prompt caches keep working). Any tag that looks like an article delimiter, in any
case or spacing (`</ARTICLE>`, `< / article >`, `<article-…>`), is neutralised as well. The
metadata (id, title, outlet, date) sits inside the fence as one line of JSON, so a title with a
newline or a closing tag in it stays one escaped string.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re

# `<` `/`? `article` with anything up to `>`: the shapes a model could read as our delimiter.
_TAG = re.compile(r"<(?=\s{0,16}/?\s{0,16}article)", re.IGNORECASE)
# What a neutralised `<` becomes: a look-alike that no reader takes for markup.
_NEUTRAL_LT = "‹"
FENCE_PREFIX = "article-"


def neutralise(text: str) -> str:
    """The text with every article-delimiter-like tag defused (one character per `<`, so the
    words a model copies out of the article are the article's own)."""
    return _TAG.sub(_NEUTRAL_LT, text)


def metadata_line(
    article_id: str, title: str | None, outlet: str | None, published: dt.date | None
) -> str:
    """The metadata as one line of JSON; `<` and `>` escaped so no tag survives in it."""
    fields = {
        "id": article_id,
        "title": title,
        "outlet": outlet,
        "published": published.isoformat() if published else "unknown",
    }
    line = json.dumps({k: v for k, v in fields.items() if v is not None}, ensure_ascii=False)
    # json.dumps escapes newlines and control characters; U+2028/2029 end lines for some readers.
    for char in "<>\u2028\u2029":
        line = line.replace(char, f"\\u{ord(char):04x}")
    return line


def fenced_article(
    text: str,
    *,
    article_id: str,
    title: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
) -> dict[str, str]:
    """Template values for a fenced article: `fence` (the tag name), `metadata`, `text`."""
    metadata = metadata_line(article_id, title, outlet, published)
    body = neutralise(text)
    digest = hashlib.sha256(f"{metadata}\x00{body}".encode()).hexdigest()[:16]
    return {"fence": FENCE_PREFIX + digest, "metadata": metadata, "text": body}
