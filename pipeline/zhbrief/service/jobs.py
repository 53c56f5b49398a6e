"""Long work as jobs: a status URL with progress, results kept for a while.

A brief of a long report takes longer than an HTTP client should wait, so it runs on
a small pool of job threads; the client polls ``/jobs/<id>`` and fetches the result
in any format. Job ids are 128-bit random tokens. At most ``max_jobs`` are kept;
finished ones are dropped after ``ttl`` seconds or when room is needed, and when all
slots hold unfinished jobs a new one is refused (HTTP 429).
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal

from ..errors import ZhbriefError
from .batching import QueueFull

Status = Literal["queued", "running", "done", "error"]
log = logging.getLogger("zhbrief.service")


class JobsFull(QueueFull):
    """Every job slot holds unfinished work (HTTP 429)."""


@dataclass
class Job:
    id: str
    name: str
    status: Status = "queued"
    done: int = 0
    total: int = 0
    error: str | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    created: float = field(default_factory=time.monotonic)
    finished: float | None = None

    def advance(self, n: int) -> None:
        self.done = min(self.total, self.done + n) if self.total else self.done + n

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "progress": {"done": self.done, "total": self.total},
            "status_url": f"/jobs/{self.id}",
        }
        if self.error is not None:
            data["error"] = self.error
        if self.status == "done":
            data["results"] = {fmt: f"/jobs/{self.id}/result?format={fmt}" for fmt in self.outputs}
        return data


Work = Callable[[Job], dict[str, str]]


class JobManager:
    def __init__(self, *, max_jobs: int, workers: int, ttl: float) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._max = max_jobs
        self._ttl = ttl
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="zhbrief-job")

    def submit(self, name: str, work: Work) -> Job:
        with self._lock:
            self._evict_locked()
            if len(self._jobs) >= self._max:
                raise JobsFull(
                    f"{self._max} jobs are queued or running; retry when one has finished."
                )
            job = Job(id=secrets.token_hex(16), name=name)
            self._jobs[job.id] = job
        self._pool.submit(self._run, job, work)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            self._evict_locked()
            return self._jobs.get(job_id)

    def counts(self) -> dict[str, int]:
        with self._lock:
            out = {"queued": 0, "running": 0, "done": 0, "error": 0}
            for job in self._jobs.values():
                out[job.status] += 1
            return out

    def shutdown(self) -> None:
        """Let running jobs finish; queued ones are cancelled."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _run(self, job: Job, work: Work) -> None:
        job.status = "running"
        try:
            job.outputs = work(job)
            job.done = job.total
            job.status = "done"
        except ZhbriefError as e:
            job.error = str(e)
            job.status = "error"
        except Exception:  # logged with its traceback here; the client sees no internals
            log.exception("job %s failed", job.id)
            job.error = "internal error while making the brief; the server log has details."
            job.status = "error"
        finally:
            job.finished = time.monotonic()

    def _evict_locked(self) -> None:
        now = time.monotonic()
        for job_id, job in list(self._jobs.items()):
            if job.finished is not None and now - job.finished > self._ttl:
                del self._jobs[job_id]
        if len(self._jobs) >= self._max:  # make room: drop the oldest finished job
            finished = [j for j in self._jobs.values() if j.finished is not None]
            if finished:
                oldest = min(finished, key=lambda j: j.finished or 0.0)
                del self._jobs[oldest.id]
