"""Blocking extractions in worker processes, each article with a time budget.

The offline rules are CPU-bound: run on the event loop, one slow article stalled every other
article in flight, a Ctrl-C waited for the batch, and nothing could stop an article that took
minutes. Here each article goes to an idle worker process over a pipe while the loop stays free;
an article over its budget has its worker killed (the only way to stop Python code mid-regex)
and replaced, and fails alone with the reason. So does an article whose worker dies.

Workers are forked where fork exists (they inherit the imported, warmed-up rules and start in
milliseconds) and spawned elsewhere. A forked child has only the forking thread: the caller must
not have another thread that could hold a lock the child needs (the CLI stops its progress bar's
refresher thread for this, as for `--workers`). Workers ignore SIGINT: a Ctrl-C is the parent's
to handle, and the parent kills them.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from summarizer.errors import ExtractionError, SummarizerError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

J = TypeVar("J")
R = TypeVar("R")

# An ordinary article takes milliseconds. One still running after this long gives up its place
# in the pool (once per worker place) so the rest of the batch goes on beside it while it runs
# out its budget: a pool of N runs at most 2N processes.
SLOW_AFTER_S = 1.0


@dataclass(frozen=True)
class _Failed:
    reason: str


def _serve(task: Callable[[Any], Any], connection: Connection) -> None:
    """A worker's life: answer each job with its result or a failure, until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        try:
            answer: Any = task(job)
        except SummarizerError as exc:
            answer = _Failed(str(exc))
        except Exception as exc:  # one article's bug must not end the worker
            answer = _Failed(f"unexpected error: {type(exc).__name__}: {exc}")
        connection.send(answer)


class _Worker:
    def __init__(self, context: Any, task: Callable[[Any], Any]) -> None:
        self.connection, child_end = context.Pipe(duplex=True)
        self.process: BaseProcess = context.Process(
            target=_serve, args=(task, child_end), daemon=True
        )
        self.process.start()
        child_end.close()

    async def run(
        self, job: Any, timeout_s: float | None, on_slow: Callable[[], None]
    ) -> Any:
        """The answer to `job`; TimeoutError past `timeout_s`. `on_slow` is called once if the
        job is still running after SLOW_AFTER_S."""
        loop = asyncio.get_running_loop()
        answered: asyncio.Future[Any] = loop.create_future()
        fd = self.connection.fileno()

        def readable() -> None:
            loop.remove_reader(fd)
            if answered.done():
                return
            try:
                answered.set_result(self.connection.recv())
            except (EOFError, OSError) as exc:
                answered.set_exception(exc)

        self.connection.send(job)
        loop.add_reader(fd, readable)
        began = loop.time()
        try:
            if timeout_s is None or timeout_s > SLOW_AFTER_S:
                try:
                    return await asyncio.wait_for(asyncio.shield(answered), SLOW_AFTER_S)
                except TimeoutError:
                    on_slow()
            left = None if timeout_s is None else timeout_s - (loop.time() - began)
            return await asyncio.wait_for(answered, left)
        finally:
            loop.remove_reader(fd)

    def kill(self) -> int | None:
        """Stop the process now (a job in it is abandoned); its exit code."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()  # closing twice is harmless
        return self.process.exitcode


class WorkerPool(Generic[J, R]):
    """Up to `size` worker processes running `task(job)`; `task` must be picklable (a module-level
    function or a partial of one) where workers are spawned."""

    def __init__(
        self,
        task: Callable[[J], R],
        size: int,
        *,
        timeout_s: float | None,
        before_first_start: Callable[[], None] | None = None,
    ) -> None:
        method = "fork" if hasattr(os, "fork") else "spawn"
        self._context = multiprocessing.get_context(method)
        self._task = task
        self._timeout_s = timeout_s
        self._before_first_start = before_first_start
        self._size = max(1, size)
        self._slots = asyncio.Semaphore(self._size)
        self._slow = 0  # jobs that gave up their place
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()

    async def run(self, job: J) -> R:
        """`task(job)` in a worker. Raises ExtractionError when it fails, runs over the time
        budget or its worker dies; the pool stays usable either way."""
        await self._slots.acquire()
        holding, gave_up = True, False

        def give_up_place() -> None:
            nonlocal holding, gave_up
            if self._slow < self._size:
                self._slow += 1
                holding, gave_up = False, True
                self._slots.release()

        try:
            try:
                worker = self._idle.pop() if self._idle else self._start()
            except OSError as exc:  # out of processes or memory: this article fails, not the run
                raise ExtractionError(f"cannot start a worker process ({exc})") from None
            self._busy.add(worker)
            healthy = False
            try:
                answer = await worker.run(job, self._timeout_s, give_up_place)
                healthy = True
            except TimeoutError:
                raise ExtractionError(
                    f"extraction took longer than the {self._timeout_s:g} s budget for one article "
                    "(--article-timeout): stopped"
                ) from None
            except (EOFError, OSError):
                code = worker.kill()
                raise ExtractionError(
                    f"worker process ended (exit code {code}) during this article"
                ) from None
            finally:
                self._busy.discard(worker)
                if gave_up:
                    self._slow -= 1
                # Busy workers that kept their place, plus the idle ones: at most `size` kept.
                placed = len(self._busy) - self._slow + len(self._idle)
                if healthy and placed < self._size:
                    self._idle.append(worker)
                else:  # mid-job (timeout, cancel, death), or one more than the pool keeps
                    worker.kill()
        finally:
            if holding:
                self._slots.release()
        # Let a waiting job reach the freed worker before this caller goes on to write its
        # result: the worker extracts the next article while the parent writes this one.
        await asyncio.sleep(0)
        if isinstance(answer, _Failed):
            raise ExtractionError(answer.reason)
        result: R = answer
        return result

    def _start(self) -> _Worker:
        if self._before_first_start is not None:
            prepare, self._before_first_start = self._before_first_start, None
            prepare()
        return _Worker(self._context, self._task)

    def close(self) -> None:
        """End every worker. Idle ones are killed too: they hold nothing, and a later worker
        forked with a copy of an earlier one's pipe would keep it from seeing the pipe close."""
        for worker in [*self._busy, *self._idle]:
            worker.kill()
        self._busy.clear()
        self._idle.clear()
