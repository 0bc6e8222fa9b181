"""The fake endpoint itself: grounded answers in both request styles, reproducible fault draws,
loopback only, and it stops by itself."""

from __future__ import annotations

import json
import socket
import time

import httpx2
import pytest
from conftest import DEV_DIR, SEED_DIR, extract_from_fake_server

from summarizer.fence import fenced_article
from summarizer.ground import find_evidence, find_quote, spans_match
from summarizer.load import Article, load_articles
from summarizer.testing.fakeserver import (
    FAULTS,
    OK,
    UNGROUNDED,
    FakeConfig,
    FakeServer,
    FaultPlan,
    grounded_facts,
    uniform_faults,
)
from summarizer.testing.synth import article_text


def _articles() -> list[Article]:
    loaded = load_articles([str(SEED_DIR), str(DEV_DIR)])
    return [a for a in loaded if isinstance(a, Article)]


@pytest.mark.parametrize("index", range(40))
def test_answers_copy_their_quotes_and_evidence_from_generated_articles(index: int) -> None:
    body = article_text(index).split("\n\n", 1)[1]
    facts = grounded_facts(body)
    assert facts["statements"] and facts["stances"]
    for statement in facts["statements"]:
        finder = find_quote if statement["kind"] == "direct" else find_evidence
        assert finder(statement["text"], body), statement
    for stance in facts["stances"]:
        assert all(find_evidence(e, body) for e in stance["evidence"])


def test_answers_copy_their_quotes_from_the_real_articles() -> None:
    for article in _articles():
        facts = grounded_facts(article.body)
        assert facts["statements"], article.id
        for statement in facts["statements"]:
            assert statement["text"] in article.body, (article.id, statement)


@pytest.mark.parametrize("mode", ["tools", "json_schema"])
async def test_both_request_styles_get_grounded_answers_and_reasks(mode: str) -> None:
    (article, *_) = _articles()
    result, requests = await extract_from_fake_server(article, mode, [UNGROUNDED, OK])
    assert len(requests) == 2
    for body in requests:
        assert ("tools" in body) == (mode == "tools")
        assert ("response_format" in body) == (mode == "json_schema")
    # The ungrounded first answer was re-asked (grounding runs in both modes), then accepted.
    assert result.diagnostics.reasks == 1 and result.diagnostics.endpoint_calls == 2
    assert not result.diagnostics.dropped and result.statements
    assert all(spans_match(s.text, article.text, s.spans) for s in result.statements)


def _request(article_id: str) -> bytes:
    fenced = fenced_article(f"Some text, {article_id}.", article_id=article_id)
    content = f"<{fenced['fence']}>\n{fenced['metadata']}\n{fenced['text']}\n</{fenced['fence']}>"
    return json.dumps({"messages": [{"role": "user", "content": content}]}).encode()


def test_each_article_meets_the_same_faults_whatever_the_arrival_order() -> None:
    config = FakeConfig(faults=uniform_faults(0.5, seed=3))
    in_order, interleaved = FakeServer(config), FakeServer(config)
    ids = [f"a{i}" for i in range(100)]
    for article_id in ids:
        for _ in range(3):
            in_order.respond("/v1/chat/completions", _request(article_id), {})
    for _ in range(3):
        for article_id in reversed(ids):
            interleaved.respond("/v1/chat/completions", _request(article_id), {})
    assert in_order.stats.by_article == interleaved.stats.by_article
    assert len(in_order.stats.by_article) == len(ids)  # each article is told apart
    served = [f for log in in_order.stats.by_article.values() for f in log]
    assert 0.4 < sum(f != OK for f in served) / len(served) < 0.6
    assert set(served) == {OK, *FAULTS}
    with pytest.raises(ValueError, match="unknown faults"):
        FaultPlan(rates={"meteor_strike": 0.1})


def test_it_listens_on_loopback_only_and_stops_by_itself() -> None:
    with FakeServer(FakeConfig(max_lifetime_s=0.3)) as server:
        port = server.port
        assert httpx2.get(f"http://127.0.0.1:{port}/_stats").json()["requests"] == 0
        outside = _non_loopback_address()
        if outside:
            with pytest.raises(OSError):
                socket.create_connection((outside, port), timeout=1).close()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and _accepts(port):
            time.sleep(0.05)
        assert not _accepts(port)


def _accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
    except OSError:
        return False
    return True


def _non_loopback_address() -> str | None:
    """This machine's address on its default route, if it has one (no packet is sent)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: connect() on UDP only picks a route
        address: str = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


def test_unknown_routes_and_bodies_are_client_errors() -> None:
    with FakeServer() as server:
        root = server.base_url.removesuffix("/v1")
        assert httpx2.post(f"{root}/v1/embeddings", json={}).status_code == 404
        assert httpx2.post(f"{server.base_url}/chat/completions", content=b"{").status_code == 400
        assert server.stats.requests == 0
