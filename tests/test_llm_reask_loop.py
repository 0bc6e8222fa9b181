"""The LLM re-ask loop on answers the recordings do not cover: a tool-mode answer with no tool
call, a JSON-mode answer that fails grounding, and an HTTP 200 whose body is not JSON. The
endpoint is an in-test httpx2 MockTransport returning completions built by the fake server's
`completion` helper (so the wire format is the same one the fault suite uses)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx2

from summarizer.extract.base import ProviderSettings
from summarizer.extract.llm import OpenAIExtractor
from summarizer.load import Article
from summarizer.schemas import ArticleMeta
from summarizer.testing.fakeserver import completion

TEXT = 'Ministers met in Oslo. "We will decide in spring," said Anna Berg, the foreign minister.\n'
GOOD = json.dumps({"statements": [{"speaker": {"name": "Anna Berg"}, "kind": "direct",
                                    "text": "We will decide in spring"}]})
INVENTED = json.dumps({"statements": [{"speaker": {"name": "Anna Berg"}, "kind": "direct",
                                        "text": "We will never decide"}]})


def _run(mode: str, answers: list[Any]) -> tuple[Any, list[dict[str, Any]]]:
    """Extract TEXT while the endpoint serves `answers` in order (a str is tool arguments or
    content; a dict is a whole completion; bytes are a raw body); returns the result and what
    was sent."""
    sent: list[dict[str, Any]] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        sent.append(body)
        answer = answers[len(sent) - 1]
        if isinstance(answer, bytes):
            return httpx2.Response(200, content=answer)
        payload = answer if isinstance(answer, dict) else completion(body, answer, len(sent))
        return httpx2.Response(200, json=payload)

    settings = ProviderSettings(provider="openai", model="m", mode=mode, max_reasks=2)
    extractor = OpenAIExtractor(settings, transport=httpx2.MockTransport(handle))

    async def go() -> Any:
        try:
            return await extractor.extract(Article(ArticleMeta(id="oslo"), TEXT))
        finally:
            await extractor.aclose()

    return asyncio.run(go()), sent


def test_tool_mode_answer_without_a_tool_call_is_reasked() -> None:
    no_call = completion({"model": "m"}, "", 1)  # no tools in the request: content-only...
    no_call["choices"][0]["message"]["content"] = None  # ...and no content either
    result, sent = _run("tools", [no_call, GOOD])
    assert [s.text for s in result.statements] == ["We will decide in spring"]
    assert result.diagnostics.reasks == 1 and result.diagnostics.endpoint_calls == 2
    feedback = json.dumps(sent[1]["messages"][2:])
    assert "neither a tool call nor content" in feedback
    assert sent[1]["tools"] == sent[0]["tools"]  # the schema goes with every attempt


def test_json_schema_mode_reask_names_the_ungrounded_quote_then_accepts() -> None:
    result, sent = _run("json_schema", [INVENTED, GOOD])
    assert result.diagnostics.reasks == 1 and result.diagnostics.dropped == []
    assert "response_format" in sent[1] and "tools" not in sent[1]
    feedback = json.dumps(sent[1]["messages"][2:])
    assert "We will never decide" in feedback and "not found verbatim" in feedback


def test_a_body_that_is_not_json_is_asked_again_without_feedback() -> None:
    result, sent = _run("tools", [b"<html>busy</html>", GOOD])
    assert result.diagnostics.endpoint_calls == 2 and result.diagnostics.reasks == 1
    assert sent[1]["messages"] == sent[0]["messages"]


def test_still_ungrounded_after_the_last_reask_keeps_what_is_grounded() -> None:
    both = json.dumps({"statements": [*json.loads(GOOD)["statements"],
                                      *json.loads(INVENTED)["statements"]]})
    result, sent = _run("tools", [both, both, both])
    assert len(sent) == 3 and result.diagnostics.reasks == 2
    assert [s.text for s in result.statements] == ["We will decide in spring"]
    (dropped,) = result.diagnostics.dropped
    assert dropped.text == "We will never decide"
