"""Keep secrets out of logs, reports, caches and recordings."""

from __future__ import annotations

import logging
import os
import re

SECRET_ENV_VARS = ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY")
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "api-key",
        "cookie",
        "set-cookie",
        "openai-organization",
        "openai-project",
        "x-api-key",
        "proxy-authorization",
    }
)
_KEY_SHAPES = re.compile(r"\b(sk-[A-Za-z0-9_\-]{8,})|(Bearer\s+[A-Za-z0-9._\-]{8,})")
# Credentials inside a URL: `scheme://user:password@host` and secret-bearing query parameters
# (`?api-key=...`, Azure's `sig=`, `token=`...). Both are bounded by characters a URL part cannot
# hold, so these scan in linear time.
_URL_USERINFO = re.compile(r"(?<=://)[^/?#@\s]+@")
_SECRET_QUERY = re.compile(
    r"([?&;](?:api[-_]?key|apikey|key|token|access[-_]?token|auth|sig|signature|secret|"
    r"password|passwd|pwd|code|client[-_]?secret)=)[^&;#\s]+",
    re.IGNORECASE,
)


def redact(text: str) -> str:
    """Replace configured secret values and key-shaped tokens with a marker."""
    for name in SECRET_ENV_VARS:
        value = os.environ.get(name)
        if value and len(value) >= 4:
            text = text.replace(value, "[REDACTED]")
    text = _URL_USERINFO.sub("[REDACTED]@", text)
    text = _SECRET_QUERY.sub(r"\1[REDACTED]", text)
    return _KEY_SHAPES.sub("[REDACTED]", text)


def scrub_headers(headers: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() not in SENSITIVE_HEADERS}


class RedactingFilter(logging.Filter):
    """Attach to log handlers so no record carries a secret, whatever formatted it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True
