"""Where each chunk of each article stands across batch rounds, and what a result line does to it.

A chunk is asked, answered, maybe re-asked (the next round), until its answer is accepted or it
fails, exactly as the synchronous loop would: the same request bodies, the same judgement
(`summarizer.batch.seam`). Lines the provider failed are sent once more in the next round, then
the chunk fails with the provider's error; lines it never ran (an expired or cancelled batch, a
malformed output line) are sent again, a few times. Replaying the same result files gives the
same states, which is how a rerun resumes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from summarizer.batch import seam
from summarizer.batch.lines import ResultLine, custom_id, request_line
from summarizer.extract.chunking import Chunk
from summarizer.extract.facts import GroundedFacts
from summarizer.extract.llm import OpenAIExtractor
from summarizer.extract.request import rejection_message, rejects_request
from summarizer.load import Article
from summarizer.schemas import ArticleExtraction, Usage

NO_USAGE = Usage()
LINE_RETRIES = 1  # a line the provider failed is sent once more, then its error is reported
UNANSWERED_RETRIES = 3  # a line left unrun (expired, cancelled, malformed) is sent again


@dataclass
class ChunkState:
    line_id: str
    article: Article
    chunk: Chunk
    index: int
    total: int
    attempt: int = 1
    request: dict[str, Any] | None = None  # None: the first request, rebuilt when needed
    previous: GroundedFacts | None = None  # what the last answer that parsed grounded
    failures: int = 0
    last_error: str | None = None  # the provider's error for this chunk's last line
    unanswered: int = 0
    calls: int = 0
    # Shared until a line reports some: Usage objects are replaced, never changed.
    usage: Usage = field(default_factory=lambda: NO_USAGE)
    verdict: seam.Accepted | seam.Failed | None = None
    reasks: int = 0
    settled: bool = False  # written out; its answers were let go (memory stays flat)

    @property
    def pending(self) -> bool:
        return self.verdict is None and not self.settled

    def release(self) -> None:
        self.verdict = self.previous = self.request = None
        self.usage = NO_USAGE
        self.settled = True


@dataclass
class ArticleState:
    article: Article
    key: str
    source: str
    chunks: list[ChunkState]

    @property
    def finished(self) -> bool:
        return all(not c.pending for c in self.chunks)


class Tracker:
    """All chunk states of one job, by custom_id."""

    def __init__(self, extractor: OpenAIExtractor, articles: Iterable[ArticleState]) -> None:
        self.extractor = extractor
        self.articles = list(articles)
        self.by_id = {c.line_id: c for a in self.articles for c in a.chunks}
        self.owner = {c.line_id: a for a in self.articles for c in a.chunks}
        self.lines_ok = 0
        self.lines_failed = 0

    @staticmethod
    def plan(
        extractor: OpenAIExtractor, article: Article, key: str, source: str
    ) -> ArticleState:
        chunks = seam.chunks_of(article, extractor.llm)
        total = len(chunks)
        states = [
            ChunkState(custom_id(key, n, total), article, chunk, n, total)
            for n, chunk in enumerate(chunks, start=1)
        ]
        return ArticleState(article, key, source, states)

    def pending(self) -> list[ChunkState]:
        return [c for c in self.by_id.values() if c.pending]

    def request_of(self, state: ChunkState) -> dict[str, Any]:
        if state.request is None:
            return seam.first_request(
                self.extractor, state.article, state.chunk, state.index, state.total
            )
        return state.request

    def request_lines(self, states: Iterable[ChunkState]) -> Iterator[tuple[str, bytes]]:
        """Each state's next request as an input line, built as it is written."""
        for state in states:
            body = seam.encode(self.extractor, self.request_of(state))
            yield state.line_id, request_line(state.line_id, body)

    def apply(self, line: ResultLine, sent: set[str]) -> ArticleState | None:
        """One result line of a round in which the lines `sent` went out; returns the article
        when this line settled its last pending chunk. A line for a chunk that is not pending,
        or that was not sent in this round, or seen twice, is ignored."""
        if line.custom_id is None or line.custom_id not in sent:
            return None
        sent.discard(line.custom_id)  # a second line with the same id is not counted again
        state = self.by_id.get(line.custom_id)
        if state is None or not state.pending:
            return None
        state.calls += 1
        if line.completion is None:
            self.lines_failed += 1
            state.failures += 1
            state.last_error = line.error
            if line.status is not None and rejects_request(line.status, line.detail):
                # Refused as malformed: sending it again cannot help (as in the synchronous path).
                mode = self.extractor.llm.mode
                self.give_up(state, rejection_message(mode, line.status, line.detail))
            elif state.failures > LINE_RETRIES:
                self.give_up(state, provider_failed(line.error))
        else:
            self.lines_ok += 1
            self.answer(state, line.completion)
        article = self.owner[state.line_id]
        return article if article.finished else None

    def answer(self, state: ChunkState, completion: Any) -> None:
        """Judge one answer (a completion's JSON or raw body) as the synchronous loop would."""
        verdict = seam.judge(
            self.extractor,
            self.request_of(state),
            completion,
            state.article,
            state.chunk,
            state.attempt,
            state.previous,
        )
        state.usage = state.usage + verdict.usage
        if isinstance(verdict, seam.Reask):
            state.request = verdict.request
            state.previous = verdict.grounded or state.previous
            state.attempt += 1
            state.failures = 0
            return
        state.verdict = verdict
        state.reasks = state.attempt - 1

    def unanswered(self, line_ids: Iterable[str], why: str) -> None:
        """Lines of a round that came back in neither file: sent again, a few times."""
        for line_id in line_ids:
            state = self.by_id.get(line_id)
            if state is None or not state.pending:
                continue
            state.unanswered += 1
            if state.unanswered > UNANSWERED_RETRIES:
                self.give_up(state, f"not answered by the batch provider in "
                                     f"{state.unanswered} batches ({why})")  # fmt: skip

    def give_up(self, state: ChunkState, reason: str) -> None:
        state.verdict = seam.give_up(state.previous, reason)
        state.reasks = state.attempt - 1

    def finish(
        self, article: ArticleState, cost: float | None
    ) -> ArticleExtraction | seam.Failed:
        """A finished article's extraction, or the first reason one of its chunks failed."""
        results: list[seam.ChunkResult] = []
        for state in article.chunks:
            if isinstance(state.verdict, seam.Failed):
                return state.verdict
            assert isinstance(state.verdict, seam.Accepted)
            results.append(seam.ChunkResult(state.verdict.facts, state.reasks))
        return seam.assemble(
            self.extractor, article.article, results, self.calls(article), self.usage(article),
            cost,
        )  # fmt: skip

    @staticmethod
    def calls(article: ArticleState) -> int:
        return sum(c.calls for c in article.chunks)

    @staticmethod
    def usage(article: ArticleState) -> Usage:
        total = Usage()
        for state in article.chunks:
            total = total + state.usage
        return total


def provider_failed(error: str | None) -> str:
    return f"the batch provider failed this request: {error or 'no reason given'}"
