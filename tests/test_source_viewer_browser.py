"""sources.html and memo.html in real headless Chromium, driven over the DevTools protocol.

Clicking a citation in the memo must open the source viewer scrolled to a highlighted element
whose text is the quote; the filters must work; the memo's stance table must scroll, never
clip, on a 400 px screen. Skipped without Debian's `chromium` (`scripts/install-browser.sh`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEED_DIR

from summarizer.extract.base import ProviderSettings
from summarizer.merge import merge_dir
from summarizer.render import write_memos
from summarizer.run import RunOptions, run_batch
from summarizer.testing.browser import CHROMIUM, Browser

pytestmark = pytest.mark.browser

# The first quote in "Who said what" whose citation's hover (the sentence the source prints it
# in) holds the wording the memo shows, and that is one span (a quote the article breaks with
# "…" has a span per part).
PICK_QUOTE = """(() => {
  const norm = s => s.replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/\\s+/g, " ").trim();
  for (const li of document.querySelectorAll("#who-said-what li")) {
    const q = li.querySelector("q");
    const a = li.querySelector('a[href^="sources.html#s-"]');
    if (!q || !a || q.textContent.includes("…")) continue;
    if (norm(a.title).includes(norm(q.textContent))) {
      a.id = "picked";
      return norm(q.textContent);
    }
  }
  return null;
})()"""

TARGET = """(() => {
  const e = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!e) return null;
  const r = e.getBoundingClientRect();
  return {tag: e.tagName, cls: e.className, top: r.top, bottom: r.bottom,
          height: window.innerHeight, scrollY: window.scrollY,
          background: getComputedStyle(e).backgroundColor,
          text: e.textContent.replace(/[“”"]/g, '"').replace(/[‘’']/g, "'")
                 .replace(/\\s+/g, " ").trim()};
})()"""


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds")
    settings = ProviderSettings(provider="offline")
    asyncio.run(run_batch([str(SEED_DIR)], settings, RunOptions(out_dir=out, use_cache=False)))
    write_memos(merge_dir(out), out)
    return out


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed; run `bash scripts/install-browser.sh`")
    with Browser(tmp_path / "profile", width=1000, height=700) as opened:
        yield opened


def test_clicking_a_citation_scrolls_to_the_highlighted_quote(
    seeds_out: Path, browser: Browser, tmp_path: Path
) -> None:
    browser.open((seeds_out / "memo.html").as_uri())
    quote = browser.evaluate(PICK_QUOTE)
    assert quote, "no quote in the memo is cited with its own wording"
    browser.click_and_wait("#picked")
    assert browser.evaluate("location.pathname").endswith("/sources.html")
    target = browser.evaluate(TARGET)
    assert target is not None
    assert target["tag"] == "MARK" and "hl" in target["cls"].split()
    assert target["background"] not in ("rgba(0, 0, 0, 0)", "transparent")  # highlighted
    assert target["text"] == quote
    # The page scrolled, and the quote is on screen (below the sticky header).
    assert target["scrollY"] > 0
    assert 0 <= target["top"] < target["height"] and target["bottom"] > 0
    png = tmp_path / "sources.png"
    browser.screenshot(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_speaker_filter_dims_other_highlights_and_hides_other_articles(
    seeds_out: Path, browser: Browser
) -> None:
    browser.open((seeds_out / "sources.html").as_uri())
    before = browser.evaluate("document.querySelectorAll('mark.hl.off').length")
    assert before == 0
    result = browser.evaluate("""(() => {
      const select = document.getElementById("f-speaker");
      const key = select.options[1].value;
      select.value = key;
      select.dispatchEvent(new Event("change"));
      const marks = [...document.querySelectorAll("mark.hl")];
      const mine = m => (m.dataset.sp || "").split(" ").includes(key);
      return {
        wrongly_off: marks.filter(m => mine(m) && m.classList.contains("off")).length,
        wrongly_on: marks.filter(m => !mine(m) && !m.classList.contains("off")).length,
        mine: marks.filter(mine).length,
        hidden: [...document.querySelectorAll("article")].filter(a => a.hidden).length,
        count: document.getElementById("f-count").textContent,
      };
    })()""")
    assert result["mine"] > 0 and result["wrongly_off"] == 0 and result["wrongly_on"] == 0
    assert result["count"].endswith("matching spans")


def test_the_memo_stance_table_scrolls_and_never_clips_at_400_px(
    seeds_out: Path, browser: Browser
) -> None:
    browser.set_viewport(400, 900, mobile=True)
    browser.open((seeds_out / "memo.html").as_uri())
    layout = browser.evaluate("""(() => {
      const table = document.getElementById("stance-table");
      const box = table.parentElement;
      box.scrollLeft = box.scrollWidth;
      const edge = box.getBoundingClientRect();
      const cells = [...table.querySelectorAll("td.sources")].map(c => c.getBoundingClientRect());
      return {
        page: document.documentElement.scrollWidth, viewport: window.innerWidth,
        overflow: getComputedStyle(box).overflowX,
        cells: cells.length,
        outside: cells.filter(c => c.right > edge.right + 1 || c.width < 1).length,
      };
    })()""")
    assert layout["viewport"] == 400
    assert layout["page"] <= 400  # the page itself is not wider than the screen
    assert layout["overflow"] == "auto"
    assert layout["cells"] > 0 and layout["outside"] == 0  # every Sources cell can be reached
