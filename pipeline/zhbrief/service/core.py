"""What every route shares: the ``Service`` (config, keys, limits, model worker, jobs,
language identifier, private file folder) and the middleware that observes requests.

Routers reach the service through the ``service`` dependency (``app.state.service``).
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import Config, merge_flat
from ..document import Document
from ..translate import Translator
from . import adapter
from .batching import Batcher, QueuedTranslator, QueueFull
from .forms import BadRequest, Body, NotFound, read_body
from .htmltext import escape_text, split_html
from .jobs import Job, JobManager, JobStore
from .language import Identifier
from .limits import AuthError, KeyStore, RateLimiter
from .metrics import Metrics

_FILE_NAME = re.compile(r"[0-9a-f]{32}\.(?:txt|md|html|docx|pdf)")
_MAX_FILES = 1000
JOBS_FILE = "zhbrief-jobs.sqlite"

# The page and its assets come only from this server; nothing inline, no framing
CSP_PAGE = (
    "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
# A rendered brief (HTML download): its own inline style, no scripts at all
CSP_DOCUMENT = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"


def jobs_path(config: Config) -> Path:
    """serve.jobs_path, else beside the translation memory."""
    if config.serve.jobs_path:
        return Path(config.serve.jobs_path).expanduser()
    if config.cache.path:
        return Path(config.cache.path).expanduser().parent / JOBS_FILE
    from ..translate.memory import default_cache_path

    return default_cache_path().parent / JOBS_FILE


class Service:
    """What the endpoints share: config, keys, limits, model worker, jobs, files."""

    def __init__(self, config: Config, translator_factory: Callable[[], Translator] | None = None):
        self.config = config
        serve = config.serve
        self.keys = KeyStore.load(serve.api_keys) if serve.api_keys else None
        self.limiter = RateLimiter(serve.req_limit)
        self.failures = RateLimiter(serve.auth_fail_limit)
        self.languages = Identifier()
        factory = translator_factory or (lambda: adapter.open_translator(config))
        self.metrics = Metrics(self._depth, self._memory_counts, self._job_counts)
        self.batcher = Batcher(
            factory,
            wait_ms=serve.batch_wait_ms,
            max_texts=serve.batch_max_texts,
            queue_size=serve.queue_size,
            on_batch=self.metrics.batch,
            nice=serve.worker_nice,
        )
        self.jobs = JobManager(
            JobStore(jobs_path(config)),
            self._job_work,
            max_jobs=serve.max_jobs,
            workers=serve.job_workers,
            ttl=serve.file_ttl_s,
        )
        self.folder = Path(tempfile.mkdtemp(prefix="zhbrief-serve-"))
        self.files = self.folder / "files"
        self.files.mkdir(mode=0o700)
        self.spill = self.folder / "uploads"
        self.spill.mkdir(mode=0o700)
        self.started = False

    def _depth(self) -> int:
        return self.batcher.depth

    def _memory_counts(self) -> tuple[int, int]:
        translator = self.batcher.translator
        return adapter.translator_counts(translator) if translator is not None else (0, 0)

    def _job_counts(self) -> dict[str, int]:
        return self.jobs.counts()

    def start(self) -> None:
        if not self.started:
            self.jobs.claim()  # before the model loads: a shared job store fails fast
            self.batcher.start()
            self.languages.warm()
            self.jobs.start()
            self.started = True

    def stop(self) -> None:
        """New jobs refused; running ones finish (queued ones wait in the job store for
        the next start); then the model worker drains its queue."""
        self.jobs.shutdown()
        self.batcher.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- access -------------------------------------------------------------------------

    def admit(self, request: Request, api_key: str | None, *, count: bool = True) -> None:
        """Check the API key (when keys are configured) and the rate limit.

        A wrong or missing key counts against the client's address: past
        ``auth_fail_limit`` a minute it gets 429, so keys cannot be guessed quickly.
        """
        host = request.client.host if request.client else "unknown"
        key = api_key or request.headers.get("x-api-key")
        if self.keys is not None:
            try:
                digest = self.keys.check(key)
            except AuthError:
                self.failures.hit("ip:" + host)
                raise
            if count:
                self.limiter.hit("key:" + digest, self.keys.limits[digest])
        elif count:
            self.limiter.hit("ip:" + host)

    def check_metrics_access(self, request: Request) -> None:
        """With API keys, /metrics needs the metrics token (it tells traffic and load)."""
        if self.keys is None:
            return
        token = self.config.serve.metrics_token
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not token:
            raise AuthError(
                "/metrics is closed on a server with API keys; set serve.metrics_token and "
                "send it as 'Authorization: Bearer <token>'."
            )
        if not secrets.compare_digest(given.encode(), token.encode()):
            host = request.client.host if request.client else "unknown"
            self.failures.hit("ip:" + host)
            raise AuthError("/metrics needs 'Authorization: Bearer <metrics token>'.")

    def refuse_when_full(self) -> None:
        """Answer 429 before reading the body when the model's queue is already full."""
        if self.batcher.depth >= self.config.serve.queue_size:
            raise QueueFull(
                f"the translation queue is full ({self.config.serve.queue_size} requests "
                "waiting); retry in a moment."
            )

    async def body(self, request: Request) -> Body:
        return await read_body(request, self.config.serve.upload_limit, self.spill)

    def check_texts(self, texts: list[str]) -> None:
        """LibreTranslate's limits: characters per text, texts per list."""
        serve = self.config.serve
        if len(texts) > serve.batch_limit:
            raise BadRequest(
                f"Invalid request: request ({len(texts)} texts) exceeds batch limit "
                f"({serve.batch_limit})"
            )
        for text in texts:
            if len(text) > serve.char_limit:
                raise BadRequest(
                    f"Invalid request: request ({len(text)}) exceeds text limit "
                    f"({serve.char_limit})"
                )

    def check_brief_chars(self, chars: int) -> None:
        limit = self.config.serve.brief_char_limit
        if chars > limit:
            raise BadRequest(f"Invalid request: request ({chars}) exceeds text limit ({limit})")

    # -- translation --------------------------------------------------------------------

    async def translate_texts(self, texts: list[str]) -> list[str]:
        """Sentences of many texts through one submission to the batcher."""
        plans = [adapter.plan_text(t, self.config) for t in texts]
        sources = [s for p in plans for s in p.sources()]
        results = await asyncio.wrap_future(self.batcher.submit(sources))
        english = [r.text for r in results]
        out: list[str] = []
        at = 0
        for plan in plans:
            n = len(plan.sources())
            out.append(plan.join(english[at : at + n]))
            at += n
        return out

    async def translate_html(self, markup: str) -> str:
        parts = split_html(markup)
        nodes = [text for text, is_text in parts if is_text]
        english = iter(await self.translate_texts(nodes))
        out: list[str] = []
        for text, is_text in parts:
            out.append(escape_text(next(english)) if is_text else text)
        return "".join(out)

    # -- files --------------------------------------------------------------------------

    def save_file(self, text: str | bytes, suffix: str, download_name: str) -> str:
        self._expire_files()
        name = secrets.token_hex(16) + suffix
        tmp = self.files / f".{name}.tmp"
        tmp.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        os.replace(tmp, self.files / name)
        (self.files / f".{name}.name").write_text(download_name, encoding="utf-8")
        return name

    def file_path(self, name: str) -> tuple[Path, str]:
        """The stored file for a download name; anything else is 404."""
        if not _FILE_NAME.fullmatch(name):
            raise NotFound("file not found")
        path = (self.files / name).resolve()
        if path.parent != self.files.resolve() or not path.is_file():
            raise NotFound("file not found")
        label = self.files / f".{name}.name"
        return path, label.read_text(encoding="utf-8") if label.is_file() else name

    def _expire_files(self) -> None:
        now = time.time()
        stored = sorted(self.files.glob("*"), key=lambda p: p.stat().st_mtime)
        for i, path in enumerate(stored):
            too_many = len(stored) - i > 2 * _MAX_FILES
            if too_many or now - path.stat().st_mtime > self.config.serve.file_ttl_s:
                path.unlink(missing_ok=True)

    # -- briefs -------------------------------------------------------------------------

    def read(self, name: str, data: bytes) -> Any:
        """A brief's or file's input as the reader gives it (pasted text travels as its
        UTF-8 bytes, through the same checks as a file), within the brief limit."""
        result = adapter.read_upload(data, name, self.config)
        self.check_brief_chars(len(result.text))
        return result

    def run_brief(self, read: Any, spec: dict[str, Any], job: Job | None = None) -> dict[str, str]:
        """The brief (or summary, or translation) in every text format, through the batcher."""
        doc = self.brief_document(read, spec, job)
        return adapter.render_all(doc, spec["view"], spec["full"])

    def brief_document(self, read: Any, spec: dict[str, Any], job: Job | None = None) -> Document:
        """The translated and checked document a brief is rendered from."""
        config = merge_flat(self.config, spec["options"])
        scope = adapter.scope_of(spec["view"], spec["full"])
        doc = adapter.analyse(read, config)
        if job is None:  # a request waits in line like any other: a full queue is 429
            translator = QueuedTranslator(self.batcher)
            doc = adapter.brief(doc, translator, config, scope)
        else:
            job.total = adapter.sentence_count(doc, scope)
            translator = QueuedTranslator(self.batcher, wait=True)
            doc = adapter.brief(doc, translator, config, scope, progress=job.advance)
        return doc

    def _job_work(self, spec: dict[str, Any], data: bytes) -> Callable[[Job], dict[str, str]]:
        def work(job: Job) -> dict[str, str]:
            return self.run_brief(self.read(spec["name"], data), spec, job)

        return work


class Observe:
    """Pure ASGI middleware: metrics for every request, security headers on every answer."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                headers.setdefault("Content-Security-Policy", CSP_PAGE)
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            route = getattr(scope.get("route"), "path", "other")
            self.metrics.observe(route, status, time.perf_counter() - started)


def service_of(request: Request) -> Service:
    """The FastAPI dependency every route uses."""
    service: Service = request.app.state.service
    return service
