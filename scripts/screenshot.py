"""Screenshot a memo or the source viewer in headless Chromium (Debian's `chromium`).

    python scripts/screenshot.py out/memo.html out/memo.png --full-page
    python scripts/screenshot.py out/memo.html docs/sources.png --click CSS_SELECTOR

`--full-page` captures the whole page, however long; `--click` first clicks an element (a
citation) and captures the page it opens, scrolled where the link points.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from summarizer.testing.browser import Browser


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--full-page", action="store_true")
    parser.add_argument("--click", help="CSS selector of a link to follow first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as profile, Browser(
        Path(profile), width=args.width, height=args.height
    ) as browser:
        browser.set_viewport(args.width, args.height)
        browser.open(args.page.resolve().as_uri())
        if args.click:
            browser.click_and_wait(args.click)
        browser.screenshot(args.png, full_page=args.full_page)
    print(f"wrote {args.png}")


if __name__ == "__main__":
    main()
