"""Write the hand-written recordings under fixtures/recordings/ (run from the repo root).

No machine here reaches an LLM, so these responses are written by hand in the exact OpenAI
chat.completions wire format and say so in their `provenance`. Their content comes from:
- scenarios/: the small hand-written answers below, for article 003 (transport faults, re-asks,
  TOOLS and JSON_SCHEMA answers);
- articles/: the hand-labelled gold in evals/gold/<id>.json, transcribed into the ArticleFacts
  tool-call arguments a model would send (offsets are dropped: the pipeline computes its own).

`summarizer record` replaces them with real recordings where an endpoint is reachable.

    python scripts/build_recordings.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.extract.cassette import (  # noqa: E402
    HAND_WRITTEN,
    Cassette,
    Exchange,
    Provenance,
    text_sha256,
    write_cassette,
)
from summarizer.load import load_articles  # noqa: E402
from summarizer.prompts import load_prompt  # noqa: E402
from summarizer.schemas import ArticleExtraction  # noqa: E402

MODEL = "gpt-4o-mini"
SCENARIO_ARTICLE = ROOT / "fixtures/articles/003_5fab07fc7baa96ec.txt"
OUT = ROOT / "fixtures/recordings"

GOOD_003: dict[str, Any] = {
    "plan": {
        "name": "victory plan",
        "presented_by": "Volodymyr Zelenskyy",
        "presented_on": "2024-10-16",
        "venue": "Ukraine's Parliament",
        "points": [
            {
                "number": 1,
                "summary": "Invitation to join NATO",
                "classified": False,
                "evidence": [
                    'NATO finalizing invitation to join would be "fundamental" to victory'
                ],
            }
        ],
        "classified_annexes": None,
        "stated_aims": ["victory"],
    },
    "statements": [
        {
            "speaker": {
                "name": "Volodymyr Zelenskyy",
                "role": "President",
                "affiliation": "Government of Ukraine",
                "country": "UA",
            },
            "kind": "direct",
            "text": "We understand that NATO membership is a matter of the future, not the present",
            "said_on": "2024-10-16",
            "topic": "NATO membership",
        },
        {
            "speaker": {
                "name": "Mark Rutte",
                "role": "NATO chief",
                "affiliation": "NATO",
                "country": "NL",
            },
            "kind": "direct",
            "text": "We are in close contact with allies, with Ukraine, to see how we can take "
            "next steps",
            "said_on": None,
            "topic": "next steps",
        },
    ],
    "stances": [
        {
            "country": "UA",
            "position": "supports",
            "actors": ["Volodymyr Zelenskyy"],
            "evidence": ['NATO finalizing invitation to join would be "fundamental" to victory'],
        }
    ],
}

UNGROUNDED_003: dict[str, Any] = {
    **GOOD_003,
    "statements": [
        *GOOD_003["statements"],
        {
            "speaker": {
                "name": "Mark Rutte",
                "role": "NATO chief",
                "affiliation": "NATO",
                "country": "NL",
            },
            "kind": "direct",
            "text": "Ukraine will be invited to join NATO next month",
            "said_on": None,
            "topic": "invitation",
        },
    ],
}


def completion(args: dict[str, Any], n: int, json_mode: bool = False) -> dict[str, Any]:
    """A chat.completion body answering with `args` as a tool call, or as JSON content."""
    arguments = json.dumps(args, ensure_ascii=False)
    if json_mode:
        message: dict[str, Any] = {"role": "assistant", "content": arguments}
        finish = "stop"
    else:
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": f"call_hw{n:04d}",
                    "type": "function",
                    "function": {"name": "ArticleFacts", "arguments": arguments},
                }
            ],
        }
        finish = "tool_calls"
    prompt_tokens = 900 + 40 * n
    completion_tokens = max(len(arguments) // 4, 1)
    return {
        "id": f"chatcmpl-handwritten-{n:04d}",
        "object": "chat.completion",
        "created": 1729080000,
        "model": MODEL,
        "system_fingerprint": None,
        "choices": [{"index": 0, "finish_reason": finish, "logprobs": None, "message": message}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def ok(body: dict[str, Any]) -> Exchange:
    return Exchange(
        request=_request(),
        response={"status": 200, "headers": {"content-type": "application/json"}, "body": body},
    )


def error(status: int, message: str, retry_after: str | None = None) -> Exchange:
    headers = {"content-type": "application/json"}
    if retry_after is not None:
        headers["retry-after"] = retry_after
    kind = "rate_limit_exceeded" if status == 429 else "server_error"
    return Exchange(
        request=_request(),
        response={
            "status": status,
            "headers": headers,
            "body": {"error": {"message": message, "type": kind, "code": None, "param": None}},
        },
    )


def _request() -> dict[str, Any]:
    # Requests are described, not stored verbatim: replay matches on method and path only.
    return {
        "method": "POST",
        "path": "/v1/chat/completions",
        "headers": {"content-type": "application/json"},
    }


SCENARIOS: dict[str, tuple[str, list[Exchange]]] = {
    "tool_call": ("one TOOLS-mode answer, grounded", [ok(completion(GOOD_003, 1))]),
    "json_schema": (
        "one JSON_SCHEMA-mode answer (JSON in message.content)",
        [ok(completion(GOOD_003, 1, json_mode=True))],
    ),
    "reask": (
        "an ungrounded quote, then (after the re-ask) a grounded answer",
        [ok(completion(UNGROUNDED_003, 1)), ok(completion(GOOD_003, 2))],
    ),
    "rate_limited": (
        "a 429 asking to retry after 2 s, then success",
        [error(429, "Rate limit reached for requests", "2"), ok(completion(GOOD_003, 1))],
    ),
    "server_error": (
        "a 500, then success",
        [
            error(500, "The server had an error while processing your request."),
            ok(completion(GOOD_003, 1)),
        ],
    ),
    "exhausted": (
        "503 on every attempt: the article fails after the transport retries",
        [error(503, "The engine is currently overloaded.") for _ in range(5)],
    ),
    "still_ungrounded": (
        "the same ungrounded quote on every attempt: it is dropped, the rest kept",
        [ok(completion(UNGROUNDED_003, n)) for n in range(1, 4)],
    ),
}


def build_scenarios() -> None:
    text = SCENARIO_ARTICLE.read_text(encoding="utf-8")
    for name, (what, exchanges) in SCENARIOS.items():
        cassette = Cassette(
            provenance=Provenance(
                kind="hand-written", note=f"{HAND_WRITTEN}. Scenario: {what}.", model=MODEL
            ),
            article_id=SCENARIO_ARTICLE.stem,
            article_sha256=text_sha256(text),
            prompt_version=load_prompt().version,
            interactions=exchanges,
        )
        write_cassette(OUT / "scenarios" / name / f"{SCENARIO_ARTICLE.stem}.json", cassette)


def gold_to_facts(gold: ArticleExtraction) -> dict[str, Any]:
    """The ArticleFacts arguments a model would send for this gold extraction."""
    plan = None
    if gold.plan is not None:
        plan = gold.plan.model_dump(mode="json")
        for point in plan["points"]:
            point["evidence"] = [e["text"] for e in point["evidence"]]
    return {
        "plan": plan,
        "statements": [
            {
                "speaker": s.speaker.model_dump(mode="json"),
                "kind": s.kind,
                "text": s.text,
                "said_on": s.said_on.isoformat() if s.said_on else None,
                "topic": s.topic,
            }
            for s in gold.statements
        ],
        "stances": [
            {
                "country": s.country,
                "position": s.position,
                "actors": s.actors,
                "evidence": [e.text for e in s.evidence],
            }
            for s in gold.stances
        ],
    }


def build_articles() -> None:
    for item in load_articles([str(ROOT / "fixtures/articles")]):
        if not hasattr(item, "text"):
            raise SystemExit(f"cannot load {item}")
        gold_path = ROOT / "evals/gold" / f"{item.id}.json"
        gold = ArticleExtraction.model_validate_json(gold_path.read_text(encoding="utf-8"))
        note = (
            f"{HAND_WRITTEN}. The tool-call arguments transcribe the hand-labelled gold "
            f"evals/gold/{item.id}.json; token counts are illustrative."
        )
        cassette = Cassette(
            provenance=Provenance(kind="hand-written", note=note, model=MODEL),
            article_id=item.id,
            article_sha256=text_sha256(item.text),
            prompt_version=load_prompt().version,
            interactions=[ok(completion(gold_to_facts(gold), 1))],
        )
        write_cassette(OUT / "articles" / f"{item.id}.json", cassette)


if __name__ == "__main__":
    build_scenarios()
    if "--scenarios-only" not in sys.argv:
        build_articles()
