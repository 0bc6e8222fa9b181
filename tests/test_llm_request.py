"""The request/answer seam of the LLM path: the exact body sent for one chunk in each mode, and
what a raw chat completion means (accepted and grounded once, re-asked with its problems, kept in
part after the last re-ask, or failed). Pure functions: no server, no client."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from summarizer.extract.chunking import Chunk
from summarizer.extract.facts import ArticleFacts
from summarizer.extract.llm_settings import MODES, LLMSettings, Mode
from summarizer.extract.request import (
    Accepted,
    Failed,
    Reask,
    chat_request,
    chunks_of,
    encode_request,
    read_answer,
    refuses_mode,
    rejection_message,
    rejects_request,
)
from summarizer.ground import spans_match
from summarizer.load import Article
from summarizer.schemas import ArticleMeta
from summarizer.testing.fakeserver import completion

HEADER = "title: Oslo talks\n\n"
TEXT = HEADER + (
    'Ministers met in Oslo. "We will decide in spring," said Anna Berg, the foreign minister.\n'
)
ARTICLE = Article(ArticleMeta(id="oslo"), TEXT, body_start=len(HEADER))
GOOD = {"statements": [{"speaker": {"name": "Anna Berg"}, "kind": "direct",
                        "text": "We will decide in spring"}]}
INVENTED = {"statements": [*GOOD["statements"], {"speaker": {"name": "Anna Berg"},
                                                 "kind": "direct", "text": "We will never"}]}


def _request(mode: Mode, **settings: Any) -> tuple[dict[str, Any], Chunk]:
    llm = LLMSettings(model="m", mode=mode, **settings)
    (chunk,) = chunks_of(ARTICLE, llm)
    return chat_request(ARTICLE, chunk, llm), chunk


def _read(mode: Mode, answer: Any, *, attempt: int = 1, max_reasks: int = 1,
          **kwargs: Any) -> tuple[Accepted | Reask | Failed, dict[str, Any]]:
    request, chunk = _request(mode)
    if isinstance(answer, dict) and "choices" in answer:
        body = answer  # a whole completion
    else:
        body = completion(request, answer if isinstance(answer, str) else json.dumps(answer), 1)
    outcome = read_answer(request, json.dumps(body).encode(), "oslo", chunk, mode,
                          attempt=attempt, max_reasks=max_reasks, **kwargs)
    return outcome, request


def test_tools_mode_forces_one_function_built_from_the_response_model() -> None:
    request, _ = _request("tools")
    (tool,) = request["tools"]
    assert tool["function"]["name"] == "ArticleFacts"
    assert tool["function"]["parameters"] == ArticleFacts.model_json_schema()
    assert request["tool_choice"] == {"type": "function", "function": {"name": "ArticleFacts"}}
    assert "response_format" not in request


def test_json_schema_mode_sends_the_schema_as_response_format() -> None:
    request, _ = _request("json_schema")
    assert request["response_format"]["type"] == "json_schema"
    assert request["response_format"]["json_schema"]["schema"] == ArticleFacts.model_json_schema()
    assert "tools" not in request


def test_json_mode_asks_for_a_json_object_with_the_schema_in_the_system_message() -> None:
    request, _ = _request("json")
    assert request["response_format"] == {"type": "json_object",
                                          "schema": ArticleFacts.model_json_schema()}
    system = request["messages"][0]["content"]
    assert json.dumps(ArticleFacts.model_json_schema()) in system and "```" not in system


def test_md_json_mode_has_no_structured_output_and_asks_for_a_fenced_block() -> None:
    request, _ = _request("md_json")
    assert "response_format" not in request and "tools" not in request
    system = request["messages"][0]["content"]
    assert "```json" in system and json.dumps(ArticleFacts.model_json_schema()) in system


@pytest.mark.parametrize("mode", MODES)
def test_the_encoded_body_is_the_request_and_carries_the_article_as_data(mode: Mode) -> None:
    request, _ = _request(mode, max_tokens=300)
    assert json.loads(encode_request(request, mode)) == request
    assert request["max_tokens"] == 300 and request["temperature"] == 0
    user = request["messages"][1]["content"]
    assert "<article>\n" + TEXT[len(HEADER):] + "\n</article>" in user  # the body, delimited


def test_a_grounded_answer_is_accepted_with_spans_and_the_completions_usage() -> None:
    outcome, _ = _read("tools", GOOD)
    assert isinstance(outcome, Accepted)
    (statement,) = outcome.facts.statements
    assert spans_match(statement.text, TEXT, statement.spans)
    assert outcome.facts.problems == []
    assert outcome.usage.total_tokens > 0


def test_an_ungrounded_quote_is_reasked_as_the_tools_result_naming_it() -> None:
    outcome, request = _read("tools", INVENTED)
    assert isinstance(outcome, Reask)
    added = outcome.request["messages"][len(request["messages"]):]
    assert [m["role"] for m in added] == ["assistant", "tool"]
    assert added[0]["tool_calls"][0]["function"]["arguments"] == json.dumps(INVENTED)
    assert added[1]["tool_call_id"] == added[0]["tool_calls"][0]["id"]
    assert "'We will never'" in added[1]["content"] and "not found verbatim" in added[1]["content"]
    assert outcome.request["tools"] == request["tools"]
    # Grounded once: the same problems word the re-ask and would be the dropped items.
    assert outcome.grounded is not None
    assert [p.reason for p in outcome.grounded.problems] == [
        "statements[1]: direct quote not found verbatim in the article: 'We will never'"
    ]


@pytest.mark.parametrize("mode", ["json_schema", "json", "md_json"])
def test_content_modes_reask_with_the_answer_and_a_user_message(mode: Mode) -> None:
    outcome, request = _read(mode, INVENTED)
    assert isinstance(outcome, Reask)
    added = outcome.request["messages"][len(request["messages"]):]
    assert [m["role"] for m in added] == ["assistant", "user"]
    assert "We will never" in added[1]["content"]


def test_after_the_last_reask_the_grounded_part_ships_and_the_rest_is_dropped() -> None:
    outcome, _ = _read("json", INVENTED, attempt=2, max_reasks=1)
    assert isinstance(outcome, Accepted)
    assert [s.text for s in outcome.facts.statements] == ["We will decide in spring"]
    (dropped,) = outcome.facts.problems
    assert dropped.kind == "statement" and dropped.text == "We will never"


def test_a_fenced_block_in_prose_is_read_in_md_json_mode() -> None:
    prose = "Here is the JSON you asked for:\n```json\n" + json.dumps(GOOD) + "\n```\nDone."
    body = {"choices": [{"message": {"role": "assistant", "content": prose}}]}
    outcome, _ = _read("md_json", body)
    assert isinstance(outcome, Accepted) and len(outcome.facts.statements) == 1


def test_an_answer_that_does_not_fit_the_schema_is_reasked_with_where_it_fails() -> None:
    outcome, _ = _read("json", {"statements": [{"speaker": "nobody", "kind": "rumour"}]})
    assert isinstance(outcome, Reask) and outcome.grounded is None
    feedback = outcome.request["messages"][-1]["content"]
    assert "statements.0.speaker" in feedback and "statements.0.kind" in feedback
    assert "errors.pydantic.dev" not in feedback


def test_an_unusable_last_answer_falls_back_to_the_last_one_that_parsed() -> None:
    first, _ = _read("json", INVENTED)
    assert isinstance(first, Reask)
    outcome, _ = _read("json", '{"statements": [', attempt=2, max_reasks=1,
                       previous=first.grounded)
    assert isinstance(outcome, Accepted) and len(outcome.facts.problems) == 1


def test_no_usable_answer_at_all_fails_with_the_reason() -> None:
    outcome, _ = _read("json", "not json at all", attempt=2, max_reasks=1)
    assert isinstance(outcome, Failed)
    assert outcome.reason.startswith("invalid model output after 2 attempts:")
    assert outcome.usage.total_tokens > 0


def test_a_body_that_is_not_a_completion_is_asked_again_unchanged() -> None:
    request, chunk = _request("tools")
    outcome = read_answer(request, b"<html>busy</html>", "oslo", chunk, "tools",
                          attempt=1, max_reasks=1)
    assert isinstance(outcome, Reask) and outcome.request == request
    assert "not JSON" in outcome.reason


def test_a_tool_mode_answer_without_a_call_is_reasked_as_a_user_message() -> None:
    request, chunk = _request("tools")
    no_call = json.dumps({"choices": [{"message": {"role": "assistant", "content": None}}]})
    outcome = read_answer(request, no_call, "oslo", chunk, "tools", attempt=1, max_reasks=1)
    assert isinstance(outcome, Reask)
    assert "neither a tool call nor content" in outcome.request["messages"][-1]["content"]
    assert outcome.request["messages"][-1]["role"] == "user"


@pytest.mark.parametrize(
    ("status", "body", "rejected", "whole_run"),
    [
        (500, "1 validation error: response_format.type Input should be 'text' or "
              "'json_object'", True, True),
        (500, "internal error", False, False),
        (503, "overloaded", False, False),
        (429, "slow down", False, False),
        (408, "", False, False),
        (400, "Unrecognized request argument supplied: tools", True, True),
        (400, "This model's maximum context length is 8192 tokens", True, False),
        (401, "invalid api key", True, True),
        (404, "model 'x' not found", True, True),
    ],
)
def test_which_refusals_are_not_retried_and_which_stop_the_run(
    status: int, body: str, rejected: bool, whole_run: bool
) -> None:
    assert rejects_request(status, body) == rejected
    if rejected:
        assert refuses_mode(status, body) == whole_run


def test_a_refused_mode_names_itself_and_what_to_try_in_one_line() -> None:
    body = "1 validation error for CreateChatCompletionRequest\nresponse_format.type\n  Input"
    message = rejection_message("json_schema", 500, body)
    assert "\n" not in message
    assert "--mode json_schema" in message and "try --mode json" in message
    assert "try --mode md_json" in rejection_message("json", 400, "response_format unsupported")
    assert "API key" in rejection_message("tools", 401, "bad key")


def test_the_llm_path_imports_no_private_instructor_module() -> None:
    root = Path(__file__).resolve().parent.parent / "summarizer"
    private = re.compile(r"instructor\.(processing|core)")
    offenders = [p for p in root.rglob("*.py") if private.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    grep = ["grep", "-rqE", r"instructor\.(processing|core)", str(root)]
    assert subprocess.run(grep).returncode == 1  # the check the issue names, exactly
