"""Reading URLs and uploads off the request path: a few threads of their own, and a bounded wait.

Fetching a URL can take as long as the fetch deadline (a server that drips one byte at a time);
parsing and cleaning a large upload takes CPU. Done in the server's shared thread pool, a few dozen
slow URLs would take every thread and every page would wait. Here they run on ``workers`` threads
that nothing else uses; at most ``waiting`` more wait for one, and the next is refused at once
with 503 'busy, try again' rather than queued without end.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

from newsprism.web.inputs import BadInput

T = TypeVar("T")


@dataclass(frozen=True)
class Job:
    call: Callable[[], Any]
    future: Future[Any]


class Readers:
    """``await readers.run(function, *args)``: the function's result, computed on one of the reading threads."""

    def __init__(self, workers: int, waiting: int) -> None:
        self.workers = workers
        self.waiting = waiting
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._places = threading.BoundedSemaphore(workers + waiting)
        """One per read running or waiting: taken when a read comes, given back when it is done."""
        self._threads = [threading.Thread(target=self._work, name=f"newsprism-reader-{number}", daemon=True)
                         for number in range(workers)]
        for thread in self._threads:
            thread.start()

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """Run ``function(*args)`` on a reading thread; BadInput(503) when every thread is busy and ``waiting``
        calls already wait."""
        if not self._places.acquire(blocking=False):
            raise BadInput(503, f"busy: {self.workers} reads of URLs or uploads are running and {self.waiting} "
                                "more wait; try again in a minute")
        future: Future[T] = Future()
        future.add_done_callback(lambda _: self._places.release())
        self._jobs.put(Job(lambda: function(*args), future))
        return await asyncio.wrap_future(future)

    def stop(self) -> None:
        """Let the threads end once the jobs already queued are done (they are daemons: the process need not
        wait for them)."""
        for _ in self._threads:
            self._jobs.put(None)

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            if job.future.set_running_or_notify_cancel():
                try:
                    job.future.set_result(job.call())
                except BaseException as error:  # handed to the request that waits for it
                    job.future.set_exception(error)
