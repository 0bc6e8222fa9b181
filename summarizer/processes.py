"""Forked worker processes for one batch, each sending messages back to the parent's event loop.

A Python process extracts on one core: the offline rules are CPU-bound, and the LLM client
spends a few ms of CPU per call, which is what limits throughput against a fast endpoint at high
concurrency. `summarizer.run` splits a batch into shards and runs each here, in its own process.

Fork, not spawn: children inherit the loaded articles and the imported modules, so a worker
starts in milliseconds instead of the ~1.5 s a fresh interpreter takes to import openai. A
forked child has only the forking thread, so callers must not fork while another thread may hold
a lock the child will need (the CLI's progress bar stops its refresher thread for this).
Where fork does not exist (Windows) `available()` is False and the batch runs in one process.
"""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # multiprocessing is imported on first use: `summarizer run` starts faster
    from multiprocessing.connection import Connection

T = TypeVar("T")
Child = Callable[[Sequence[T], "Connection"], None]


def available() -> bool:
    return hasattr(os, "fork")


async def run_forked(
    shards: Sequence[Sequence[T]], child: Child[T], on_message: Callable[[Any], None]
) -> list[int | None]:
    """Run `child(shard, connection)` in one forked process per shard; call `on_message` in this
    event loop for every object a child sends. Returns each process's exit code, in shard order
    (0 for a child that returned; a signal's negative number for a killed one)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    loop = asyncio.get_running_loop()
    processes = []
    readers: list[Connection] = []
    for shard in shards:
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_main, args=(child, shard, send), daemon=True)
        process.start()
        send.close()  # the child's end: once the child exits, reading here ends with EOFError
        processes.append(process)
        readers.append(receive)
    try:
        await asyncio.to_thread(_pump, readers, lambda m: loop.call_soon_threadsafe(on_message, m))
    except asyncio.CancelledError:
        # Ctrl-C: the children ignore SIGINT (the parent reports the interruption), so stop
        # them here; their pipes then close and the pump thread ends.
        for process in processes:
            process.kill()
        raise
    finally:
        for process in processes:
            await asyncio.to_thread(process.join)
    return [process.exitcode for process in processes]


def _main(child: Child[T], shard: Sequence[T], connection: Connection) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        child(shard, connection)
    finally:
        connection.close()


def _pump(readers: list[Connection], deliver: Callable[[Any], object]) -> None:
    """Forward every message until each child has closed its end (finished or died)."""
    from multiprocessing.connection import Connection, wait

    open_ends = list(readers)
    while open_ends:
        for ready in wait(open_ends):
            assert isinstance(ready, Connection)
            try:
                deliver(ready.recv())
            except EOFError:
                open_ends.remove(ready)
                ready.close()
