"""Text bound for the terminal: no escape sequences from file names, endpoint errors or articles.

A file named `\\x1b]0;pwned\\x07.txt` or an error body holding `\\x1b[2J` would otherwise retitle or
clear the user's terminal. Control characters are shown as visible escapes instead, so the name
still identifies the file.
"""

from __future__ import annotations

import logging
import re

# C0 controls (tab and newline included: a message stays one line), DEL, and C1 controls.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    return _CONTROL.sub(lambda m: _visible(m.group(0)), text)


def _visible(char: str) -> str:
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\x{ord(char):02x}")


class TerminalSafeFilter(logging.Filter):
    """On the terminal's log handler: a logged file name or endpoint error cannot carry escapes."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = terminal_safe(record.getMessage())
        record.args = None
        return True
