"""One chunk's chat-completions request, and what its answer means: pure functions, no I/O.

`chat_request` is the exact JSON body sent to `/v1/chat/completions` for one chunk of one article
in a structured-output mode; `read_answer` takes the raw completion that came back and returns
the grounded result, or the next request (the re-ask), or the reason the chunk failed. The live
client (`summarizer.extract.llm`) and the Batch API path send and receive; both decide nothing
about content themselves.

Modes, for the servers users run:
- `tools`: a function tool built from `ArticleFacts.model_json_schema()`, its call forced.
- `json_schema`: `response_format: {"type": "json_schema", ...}` (OpenAI, recent vLLM/Ollama).
- `json`: `response_format: {"type": "json_object"}` with the schema in the system message, plus
  a `schema` member that llama-cpp-python's server turns into a decoding grammar.
- `md_json`: no structured output at all; the answer is a fenced JSON block in plain text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import from_json

from summarizer.extract.chunking import Chunk, split_into_chunks
from summarizer.extract.facts import (
    ArticleFacts,
    GroundedFacts,
    LLMPlan,
    LLMPlanPoint,
    LLMStance,
    LLMStatement,
    ground_facts,
)
from summarizer.extract.llm_settings import LLMSettings, Mode
from summarizer.fence import fenced_article
from summarizer.load import Article
from summarizer.prompts import PROMPT_NAME, PromptPair, load_prompt
from summarizer.redact import redact
from summarizer.schemas import Usage

TOOL_NAME = "ArticleFacts"
ANSWER_PROMPT = "answer_v1"
NEXT_MODE: dict[Mode, Mode | None] = {
    "tools": "json",
    "json_schema": "json",
    "json": "md_json",
    "md_json": None,
}
# Words in an error body that say the request's shape was refused, not that the server is busy.
_SHAPE_WORDS = re.compile(
    r"response_format|json_schema|json_object|tool_choice|\btools?\b|validation error",
    re.IGNORECASE,
)
# A fenced block; an answer cut off before its closing fence still counts as one.
_FENCE = re.compile(r"```(?:json)?[ \t]*\n?(.*?)(?:```|\Z)", re.DOTALL | re.IGNORECASE)
_MAX_PROBLEMS = 20  # a schema-less answer can fail hundreds of ways; the first ones suffice


def chunks_of(article: Article, settings: LLMSettings) -> list[Chunk]:
    """The parts of an article that are asked for separately (one, unless it is long)."""
    return split_into_chunks(
        article.text, article.body_start, settings.max_chunk_chars, settings.chunk_overlap_chars
    )


def chat_request(
    article: Article,
    chunk: Chunk,
    settings: LLMSettings,
    *,
    index: int = 1,
    total: int = 1,
    prompt: PromptPair | None = None,
) -> dict[str, Any]:
    """The JSON body of the chat completion for `chunk` (part `index` of `total`) of `article`.

    The mode's members (`tools`, `response_format`) are shared, cached objects: copy before
    changing them."""
    system, user = (prompt or load_prompt(PROMPT_NAME)).render(
        question=settings.question,
        chunk_index=index,
        chunk_total=total,
        # Small models answer in prose unless the last words they read ask for the block.
        fenced_answer=settings.mode == "md_json",
        # The article and its metadata are data inside a fence the article cannot close; the
        # system message carries none of it.
        **fenced_article(
            chunk.text,
            article_id=article.id,
            title=article.meta.title,
            outlet=article.meta.outlet,
            published=article.meta.published,
        ),
    )
    body: dict[str, Any] = {
        "model": settings.model,
        "messages": [
            {"role": "system", "content": system + _system_suffix(settings.mode)},
            {"role": "user", "content": user},
        ],
        "temperature": 0,
    }
    if settings.max_tokens is not None:
        body["max_tokens"] = settings.max_tokens
    body.update(mode_members(settings.mode))
    return body


@cache
def mode_members(mode: Mode) -> dict[str, Any]:
    """What a mode adds to every request: `tools` and `tool_choice`, or `response_format`."""
    schema = ArticleFacts.model_json_schema()
    if mode == "tools":
        function = {"name": TOOL_NAME, "description": ArticleFacts.__doc__, "parameters": schema}
        return {
            "tools": [{"type": "function", "function": function}],
            "tool_choice": {"type": "function", "function": {"name": TOOL_NAME}},
        }
    if mode == "json_schema":
        return {"response_format": {"type": "json_schema",
                                    "json_schema": {"name": TOOL_NAME, "schema": schema}}}
    if mode == "json":
        return {"response_format": {"type": "json_object", "schema": schema}}
    return {}


@cache
def mode_members_json(mode: Mode) -> str:
    """`mode_members` as JSON members without the braces, encoded once: re-encoding the nested
    schema for every request cost as much CPU as building the rest of it."""
    return json.dumps(mode_members(mode))[1:-1]


def encode_request(body: Mapping[str, Any], mode: Mode) -> bytes:
    """`body` as JSON bytes, the mode's members spliced in from their cached encoding."""
    members = mode_members(mode)
    rest = json.dumps({k: v for k, v in body.items() if k not in members})
    if not members:
        return rest.encode()
    return f"{rest[:-1]}, {mode_members_json(mode)}}}".encode()


@cache
def _system_suffix(mode: Mode) -> str:
    if mode not in ("json", "md_json"):
        return ""
    schema = json.dumps(ArticleFacts.model_json_schema())
    system, _ = load_prompt(ANSWER_PROMPT).render(
        schema=schema, fenced=mode == "md_json", problems=[], mode=mode, tool=TOOL_NAME
    )
    return "\n\n" + system.strip()


# --- reading the answer ------------------------------------------------------------------------


@dataclass(frozen=True)
class Accepted:
    """The chunk is done: `facts` is what ships; `facts.problems` what was dropped (non-empty
    only after the last re-ask)."""

    facts: GroundedFacts
    usage: Usage


@dataclass(frozen=True)
class Reask:
    """Send `request` next. `grounded` is what this answer would give if no better one comes
    (None when it could not be read at all)."""

    request: dict[str, Any]
    reason: str
    grounded: GroundedFacts | None
    usage: Usage


@dataclass(frozen=True)
class Failed:
    """No usable answer within the re-asks: the article fails with `reason`."""

    reason: str
    usage: Usage


def read_answer(
    request: Mapping[str, Any],
    completion: bytes | str | Mapping[str, Any],
    article_id: str,
    chunk: Chunk,
    mode: Mode,
    *,
    attempt: int,
    max_reasks: int,
    previous: GroundedFacts | None = None,
) -> Accepted | Reask | Failed:
    """What the completion answering `request` (try number `attempt`, 1-based) means.

    The answer is parsed into `ArticleFacts` and grounded once against the chunk. Fully grounded:
    Accepted. Otherwise, while re-asks remain: Reask with the answer and its problems fed back.
    After the last one: Accepted with what is grounded of this answer (or of `previous`, the
    last answer that parsed), the rest dropped; Failed when no answer parsed at all."""
    parsed = _json_value(completion)
    if not _is_completion(parsed):
        what = "JSON that is not a chat completion" if parsed is not None else "not JSON"
        reason = f"endpoint answered with a body that is {what}"
        if attempt <= max_reasks:
            return Reask(dict(request), reason, None, Usage())  # nothing to feed back
        return _last(previous, reason, attempt, Usage())
    assert isinstance(parsed, dict)
    usage = usage_of(parsed)
    message = _message(parsed)
    answer = _answer_text(message)
    grounded: GroundedFacts | None = None
    if answer is None:
        problems = ["the answer has neither a tool call nor content"]
    else:
        problems = []
        try:
            facts: ArticleFacts | None = ArticleFacts.model_validate_json(_json_in(answer))
        except ValidationError as error:
            problems = _schema_problems(error)
            facts = _cut_off_facts(_json_in(answer)) if _not_json(error) else None
        if facts is not None:
            grounded = ground_facts(facts, chunk.text, article_id, offset=chunk.start)
            reasons = grounded.reask_reasons
            if not reasons and not problems:
                return Accepted(grounded, usage)
            if reasons:
                problems += [
                    "some copied text is not in the article, or not as quoted there; copy it "
                    "exactly or leave it out",
                    *reasons,
                ]
    if attempt <= max_reasks:
        next_request = reask_request(request, message, problems, mode)
        return Reask(next_request, problems[0], grounded, usage)
    return _last(grounded or previous, problems[0], attempt, usage)


def _last(
    best: GroundedFacts | None, reason: str, attempt: int, usage: Usage
) -> Accepted | Failed:
    if best is not None:
        return Accepted(best, usage)
    return Failed(redact(f"invalid model output after {attempt} attempts: {reason}"), usage)


def reask_request(
    request: Mapping[str, Any], message: Mapping[str, Any], problems: list[str], mode: Mode
) -> dict[str, Any]:
    """The next request: the same one, then the failed answer, then what was wrong with it (as
    the tool's result when the answer was a tool call, else as a user message)."""
    shown = problems[:_MAX_PROBLEMS]
    if len(problems) > _MAX_PROBLEMS:
        shown.append(f"... and {len(problems) - _MAX_PROBLEMS} more")
    _, feedback = load_prompt(ANSWER_PROMPT).render(
        schema="", fenced=mode == "md_json", problems=shown, mode=mode, tool=TOOL_NAME
    )
    calls = message.get("tool_calls") or []
    call = calls[0] if calls and isinstance(calls[0], dict) else None
    if mode == "tools" and call is not None:
        call_id = str(call.get("id") or "call_0")
        function = call.get("function") or {}
        echoed = {
            "id": call_id,
            "type": "function",
            "function": {
                "name": str(function.get("name") or TOOL_NAME),
                "arguments": str(function.get("arguments") or ""),
            },
        }
        added = [
            {"role": "assistant", "content": "", "tool_calls": [echoed]},
            {"role": "tool", "tool_call_id": call_id, "content": feedback},
        ]
    else:
        content = message.get("content")
        added = [
            {"role": "assistant", "content": content if isinstance(content, str) else ""},
            {"role": "user", "content": feedback},
        ]
    return {**request, "messages": [*request["messages"], *added]}


def usage_of(completion: Mapping[str, Any]) -> Usage:
    """The token usage a completion reports (zeros when it reports none)."""
    usage = completion.get("usage")
    if not isinstance(usage, dict):
        return Usage()
    try:
        return Usage(
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            total_tokens=int(usage.get("total_tokens") or 0),
        )
    except (TypeError, ValueError):
        return Usage()


def _json_value(completion: bytes | str | Mapping[str, Any]) -> Any:
    if isinstance(completion, bytes | str):
        try:
            return json.loads(completion)
        except ValueError:
            return None
    return completion


def _is_completion(value: Any) -> bool:
    return isinstance(value, dict) and bool(value.get("choices"))


def _message(completion: Mapping[str, Any]) -> Mapping[str, Any]:
    try:
        message = completion["choices"][0]["message"]
    except (KeyError, IndexError, TypeError):
        return {}
    return message if isinstance(message, dict) else {}


def _answer_text(message: Mapping[str, Any]) -> str | None:
    """The model's JSON answer: the first tool call's arguments, else the message content (some
    servers answer a forced tool call with plain content)."""
    try:
        calls = message.get("tool_calls") or []
        answer = calls[0]["function"]["arguments"] if calls else message.get("content")
    except (KeyError, IndexError, TypeError, AttributeError):
        return None
    return answer if isinstance(answer, str) and answer.strip() else None


def _json_in(answer: str) -> str:
    """The JSON in an answer: a fenced ```json block's content when there is one, else the text
    from the first '{' to the last '}' (small models wrap JSON in prose), else from the first
    '{' (an answer cut off), else the answer."""
    fenced = _FENCE.search(answer)
    if fenced:
        answer = fenced.group(1)
    start, end = answer.find("{"), answer.rfind("}")
    if start < 0:
        return answer
    if end < start or not _closes(answer, start, end):
        return answer[start:]
    return answer[start : end + 1]


def _closes(answer: str, start: int, end: int) -> bool:
    """Whether the text after the last '}' is prose rather than more of a cut-off object."""
    return not answer[end + 1 :].strip() or answer[end + 1 :].lstrip()[0] not in ',"]'



def _not_json(error: ValidationError) -> bool:
    return any(item["type"] == "json_invalid" for item in error.errors())


def _cut_off_facts(answer: str) -> ArticleFacts | None:
    """The complete items of an answer cut off mid-JSON (at the token limit, typically): a
    small model that repeats itself until `max_tokens` still gave whole statements before it.
    None when not one whole statement, stance or plan survives."""
    try:
        data = from_json(answer, allow_partial=True)  # drops the unfinished trailing string
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    kept: dict[str, Any] = {}
    for key, model in (("statements", LLMStatement), ("stances", LLMStance)):
        items = data.get(key)
        kept[key] = [i for i in items if _fits(model, i)] if isinstance(items, list) else []
    plan = data.get("plan")
    if isinstance(plan, dict):
        points = plan.get("points")
        if isinstance(points, list):
            plan = {**plan, "points": [p for p in points if _fits(LLMPlanPoint, p)]}
        kept["plan"] = plan if _fits(LLMPlan, plan) else None
    if not (kept["statements"] or kept["stances"] or kept.get("plan")):
        return None
    return ArticleFacts.model_validate(kept)


def _fits(model: type[BaseModel], value: Any) -> bool:
    try:
        model.model_validate(value)
    except ValidationError:
        return False
    return True


def _schema_problems(error: ValidationError) -> list[str]:
    problems = []
    for item in error.errors(include_url=False):
        where = ".".join(str(part) for part in item["loc"]) or "the answer"
        problems.append(f"{where}: {item['msg']}")
    return problems or [str(error)]


# --- requests the server refuses ---------------------------------------------------------------


def rejects_request(status: int, body: str) -> bool:
    """A refusal of the request itself, which sending it again cannot fix: any 4xx but 408, 409
    and 429, or a 5xx whose body names the structured-output members or a validation error
    (llama-cpp-python answers an unknown `response_format` type with HTTP 500)."""
    if 400 <= status < 500:
        return status not in (408, 409, 429)
    return status >= 500 and bool(_SHAPE_WORDS.search(body))


def refuses_mode(status: int, body: str) -> bool:
    """A refusal every article of the run would get too: the mode's request shape, the key, the
    model or the URL. (A context-length 400 is one article's own problem.)"""
    return status in (401, 403, 404, 405) or bool(_SHAPE_WORDS.search(body))


def rejection_message(mode: Mode, status: int, detail: str) -> str:
    """One line: what the server refused, in which mode, and what to try."""
    flat = " ".join(detail.split())
    said = f": {flat[:200]}{'...' if len(flat) > 200 else ''}" if flat else ""
    if status in (401, 403):
        hint = "check the API key"
    elif status in (404, 405) and not _SHAPE_WORDS.search(detail):
        hint = "check --base-url and --model"
    else:
        other = NEXT_MODE[mode]
        hint = f"try --mode {other}" if other else "check --base-url and --model"
    return redact(f"endpoint rejected the request in --mode {mode} (HTTP {status}{said}); {hint}")
