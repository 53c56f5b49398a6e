"""Long work as durable jobs: a status URL with progress, results kept until they expire.

A brief of a long report takes longer than an HTTP client should wait, so it runs on
a small pool of job threads; the client polls ``/jobs/<id>`` and fetches the result
in any format. Every job is a row in an SQLite file (beside the translation memory by
default) holding its request until it finishes and its results afterwards, so a
restart loses nothing: on stop, running jobs finish and queued ones stay queued; on
start, queued ones run again. Job ids are 128-bit random tokens. At most ``max_jobs``
are kept; finished ones are dropped ``ttl`` seconds after they finish or when room is
needed, and when all slots hold unfinished jobs a new one is refused (HTTP 429).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..errors import CacheError, ZhbriefError
from .batching import QueueFull, ShuttingDown

Status = Literal["queued", "running", "done", "error"]
log = logging.getLogger("zhbrief.service")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    status TEXT NOT NULL,        -- queued, running, done, error
    done INTEGER NOT NULL,
    total INTEGER NOT NULL,
    error TEXT,
    outputs TEXT,                -- JSON {format: text} once done
    spec TEXT NOT NULL,          -- JSON: how to redo the work (view, options, ...)
    data BLOB,                   -- the request's text or file, until the job is done
    created REAL NOT NULL,       -- unix time
    finished REAL
);
"""


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
# Rebuilds a job's work from what was stored (after a restart, too)
MakeWork = Callable[[dict[str, Any], bytes], Work]


class JobStore:
    """The jobs table; one connection shared under a lock (jobs are few and small)."""

    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as e:
            raise CacheError(
                f"cannot use the job store {path}: {e}; set serve.jobs_path to a writable file."
            ) from e
        self._lock = threading.Lock()
        self.path = path
        self._claim: int | None = None

    def claim(self) -> None:
        """Hold the store for this process until ``close``.

        A starting server re-runs the jobs left queued or running, so two servers on one
        store would run each other's jobs twice: the second one is refused instead.
        """
        if self._claim is not None:
            return
        try:
            import fcntl
        except ImportError:  # not on POSIX: no advisory locks, one server per store assumed
            return
        lock = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.read(fd, 32).decode(errors="replace").strip() or "unknown"
            os.close(fd)
            raise CacheError(
                f"the job store {self.path} is in use by another zhbrief serve (pid {holder}); "
                "give this server its own with serve.jobs_path (or --cache), or stop the other."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._claim = fd

    def run(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()
            if self._claim is not None:
                os.close(self._claim)  # releases the lock
                self._claim = None


class JobManager:
    def __init__(
        self, store: JobStore, make_work: MakeWork, *, max_jobs: int, workers: int, ttl: float
    ) -> None:
        self._store = store
        self._make_work = make_work
        self._live: dict[str, Job] = {}  # queued or running in this process
        self._lock = threading.Lock()
        self._max = max_jobs
        self._ttl = ttl
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None
        self._stopping = False

    def claim(self) -> None:
        """Take the job store for this process (refused while another server holds it)."""
        self._store.claim()

    def start(self) -> None:
        """Run the jobs a previous process left queued or running."""
        self._store.claim()
        self._pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="zhbrief-job")
        rows = self._store.run(
            "SELECT id, name, spec, data FROM jobs WHERE status IN ('queued', 'running') "
            "ORDER BY created"
        )
        for job_id, name, spec, data in rows:
            job = Job(id=job_id, name=name)
            self._store.run("UPDATE jobs SET status='queued', done=0 WHERE id=?", job_id)
            self._schedule(job, json.loads(spec), bytes(data or b""))
        if rows:
            log.info("resumed %d job(s) left by the previous run", len(rows))

    def submit(self, name: str, spec: dict[str, Any], data: bytes) -> Job:
        if self._stopping or self._pool is None:
            raise ShuttingDown("the server is stopping; retry in a moment.")
        with self._lock:
            self._evict()
            (count,) = self._store.run("SELECT COUNT(*) FROM jobs")[0]
            if count >= self._max:
                raise JobsFull(
                    f"{self._max} jobs are queued or running; retry when one has finished."
                )
            job = Job(id=secrets.token_hex(16), name=name)
            self._store.run(
                "INSERT INTO jobs VALUES (?, ?, 'queued', 0, 0, NULL, NULL, ?, ?, ?, NULL)",
                job.id,
                name,
                json.dumps(spec),
                data,
                time.time(),
            )
        self._schedule(job, spec, data)
        return job

    def _schedule(self, job: Job, spec: dict[str, Any], data: bytes) -> None:
        assert self._pool is not None
        with self._lock:
            self._live[job.id] = job
        self._pool.submit(self._run, job, self._make_work(spec, data))

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            live = self._live.get(job_id)
            if live is not None:
                return live
            self._evict()
        rows = self._store.run(
            "SELECT name, status, done, total, error, outputs FROM jobs WHERE id=?", job_id
        )
        if not rows:
            return None
        name, status, done, total, error, outputs = rows[0]
        return Job(job_id, name, status, done, total, error, json.loads(outputs or "{}"))

    def counts(self) -> dict[str, int]:
        out = {"queued": 0, "running": 0, "done": 0, "error": 0}
        for status, n in self._store.run("SELECT status, COUNT(*) FROM jobs GROUP BY status"):
            out[status] = n
        with self._lock:  # this process's view is the fresher one for its own jobs
            for job in self._live.values():
                if job.status == "running":
                    out["running"] += 1
                    out["queued"] -= 1
        return out

    def shutdown(self) -> None:
        """Take no new jobs; running ones finish, queued ones stay queued for the next start."""
        self._stopping = True
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._store.close()

    def _run(self, job: Job, work: Work) -> None:
        job.status = "running"
        try:
            outputs = work(job)
            job.done = job.total
            self._finish(job, "done", None, outputs)
        except ZhbriefError as e:
            self._finish(job, "error", str(e), {})
        except Exception:  # logged with its traceback here; the client sees no internals
            log.exception("job %s failed", job.id)
            message = "internal error while making the brief; the server log has details."
            self._finish(job, "error", message, {})

    def _finish(self, job: Job, status: Status, error: str | None, outputs: dict[str, str]) -> None:
        # Stored first, then visible: a client that sees "done" can always fetch the result
        self._store.run(
            "UPDATE jobs SET status=?, done=?, total=?, error=?, outputs=?, data=NULL, "
            "finished=? WHERE id=?",
            status,
            job.done,
            job.total,
            error,
            json.dumps(outputs),
            time.time(),
            job.id,
        )
        job.error, job.outputs = error, outputs
        job.status = status
        with self._lock:
            self._live.pop(job.id, None)

    def _evict(self) -> None:
        """Drop expired results, and the oldest finished job when every slot is taken."""
        self._store.run(
            "DELETE FROM jobs WHERE finished IS NOT NULL AND finished < ?", time.time() - self._ttl
        )
        (count,) = self._store.run("SELECT COUNT(*) FROM jobs")[0]
        if count >= self._max:
            self._store.run(
                "DELETE FROM jobs WHERE id = (SELECT id FROM jobs WHERE finished IS NOT NULL "
                "ORDER BY finished LIMIT 1)"
            )
