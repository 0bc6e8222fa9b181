"""memo.html in real headless Chromium: loads without console errors, shows the stance table.

Needs Debian's `chromium` (`bash scripts/install-browser.sh`; `.ci/run` installs it first) and
is skipped without it. Console messages come from Chromium's own log (`--enable-logging=stderr`),
the rendered page from `--dump-dom`; the memo has no scripts, so any console message is a fault
(a blocked fetch or script shows up as a Content-Security-Policy violation).
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarizer.render import render_memo, write_memos
from summarizer.schemas import Briefing

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
SAMPLE = Path(__file__).parent / "golden" / "briefing_sample.json"
HOSTILE = "<script>alert(1)</script>"
# e.g. `[123:123:1122/210648.725929:INFO:CONSOLE:1] "message", source: file:///... (1)`
CONSOLE = re.compile(r":CONSOLE[^\]]*\]\s*(.*)")


def chromium(page: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed; run `bash scripts/install-browser.sh`")
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={tmp / 'profile'}",
        "--enable-logging=stderr", "--v=0", *args, page.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def console_messages(stderr: str) -> list[str]:
    return [m.group(1) for line in stderr.splitlines() if (m := CONSOLE.search(line))]


class _Page(HTMLParser):
    """What the rendered DOM holds: elements by tag, stance table rows, visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.stance_rows: list[str] = []
        self.headers: list[str] = []
        self.text: list[str] = []
        self._in_table = self._in_tbody = self._in_th = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "table" and ("id", "stance-table") in attrs:
            self._in_table = True
        elif self._in_table and tag == "tbody":
            self._in_tbody = True
        elif self._in_tbody and tag == "tr":
            self.stance_rows.append(dict(attrs).get("class") or "")
        self._in_th = self._in_table and tag == "th"

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in_table = self._in_tbody = False
        if tag == "th":
            self._in_th = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_th:
            self.headers.append(data.strip())


def hostile_sample() -> Briefing:
    briefing = Briefing.model_validate_json(SAMPLE.read_text(encoding="utf-8"))
    briefing.statements[0].text = f"Quote with {HOSTILE} inside."
    briefing.statements[0].sources[0].text = briefing.statements[0].text  # a source prints it
    briefing.stances[0].country_name = f"Germany {HOSTILE}"
    return briefing


def test_memo_loads_without_console_errors_and_shows_the_stance_table(tmp_path: Path) -> None:
    briefing = hostile_sample()
    write_memos(briefing, tmp_path)
    result = chromium(tmp_path / "memo.html", tmp_path, "--dump-dom")
    assert console_messages(result.stderr) == []
    page = _Page()
    page.feed(result.stdout)
    assert page.headers == ["Country", "Position", "Key evidence", "Sources"]
    assert len(page.stance_rows) == len(briefing.stances) == 7
    assert sum("conflict" in row for row in page.stance_rows) == 1
    # The article's `<script>` is text on the page, never an element.
    assert "script" not in page.tags
    assert "Quote with <script>alert(1)</script> inside." in "".join(page.text)
    assert f"Germany {HOSTILE}" in "".join(page.text)


def test_the_console_check_catches_a_page_that_tries_to_fetch(tmp_path: Path) -> None:
    """Guards the test above: a memo that fetched anything would log a console error."""
    html = render_memo(hostile_sample(), "html")
    page = tmp_path / "memo.html"
    page.write_text(html.replace("</main>", '<img src="http://127.0.0.1:9/x.png"></main>'),
                    encoding="utf-8")
    messages = console_messages(chromium(page, tmp_path, "--dump-dom").stderr)
    assert messages and "Content Security Policy" in messages[0]


def test_memo_prints_on_one_or_two_pages_and_renders_to_png(tmp_path: Path) -> None:
    write_memos(Briefing.model_validate_json(SAMPLE.read_text(encoding="utf-8")), tmp_path)
    pdf, png = tmp_path / "memo.pdf", tmp_path / "memo.png"
    chromium(tmp_path / "memo.html", tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    pages = re.findall(rb"/Type\s*/Page\b", pdf.read_bytes())
    assert 1 <= len(pages) <= 2
    # The README's preview command: the whole memo, however long, not one window of it.
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshot.py"), str(tmp_path / "memo.html"),
         str(png), "--full-page"], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 50_000
    width, height = struct.unpack(">II", data[16:24])
    assert width == 1000 and height > 1500  # taller than the 900 px window: the whole page
