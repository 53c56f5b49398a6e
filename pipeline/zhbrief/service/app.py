"""The HTTP service: LibreTranslate-compatible endpoints, briefs, jobs, the web page.

``create_app(config)`` builds a FastAPI app around one ``Service`` (the model worker,
limits, jobs and the private file folder). Errors are mapped to HTTP in one place,
``_error_response``: every error body is ``{"error": "..."}`` and no traceback ever
reaches a client. Deliberate differences from LibreTranslate are listed in the README.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..config import Config, merge_flat
from ..errors import (
    InputError,
    ModelLoadError,
    UsageError,
    ZhbriefError,
)
from ..translate import Translator
from . import adapter, documents
from .batching import Batcher, QueuedTranslator, QueueFull, ShuttingDown
from .forms import BadRequest, Body, TooLarge, read_body
from .htmltext import escape_text, split_html
from .jobs import Job, JobManager
from .limits import AuthError, KeyStore, RateLimited, RateLimiter
from .metrics import Metrics

log = logging.getLogger("zhbrief.service")

SOURCES = {"zh": "zh", "zh-hans": "zh", "zh-cn": "zh", "zh-hant": "zh-Hant", "zh-tw": "zh-Hant"}
LANGUAGES = [
    {"code": "zh", "name": "Chinese", "targets": ["en"]},
    {"code": "zh-Hans", "name": "Chinese (Simplified)", "targets": ["en"]},
    {"code": "zh-Hant", "name": "Chinese (Traditional)", "targets": ["en"]},
    {"code": "en", "name": "English", "targets": []},
]
FILE_TYPES = (".txt", ".md", ".html", ".pdf", ".docx")
_FILE_NAME = re.compile(r"[0-9a-f]{32}\.(?:txt|md|html|docx|pdf)")
_MAX_FILES = 1000

# The page and its assets come only from this server; nothing inline, no framing
_CSP_PAGE = (
    "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
# A rendered brief (HTML download): its own inline style, no scripts at all
_CSP_DOCUMENT = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"


class NotFound(ZhbriefError):
    """An unknown job or file (HTTP 404)."""


class NotReady(ZhbriefError):
    """A job's result asked for before the job finished (HTTP 409)."""


def _status_for(error: ZhbriefError) -> int:
    for kind, status in (
        (AuthError, 403),
        (RateLimited, 429),
        (QueueFull, 429),
        (ShuttingDown, 503),
        (TooLarge, 413),
        (NotFound, 404),
        (NotReady, 409),
        (InputError, 400),
        (UsageError, 400),
        (ModelLoadError, 503),
    ):
        if isinstance(error, kind):
            return status
    return 500


def _error_response(status: int, message: str) -> JSONResponse:
    headers = {"Retry-After": "1"} if status in (429, 503) else None
    return JSONResponse({"error": message}, status_code=status, headers=headers)


class Service:
    """What the endpoints share: config, keys, limits, model worker, jobs, files."""

    def __init__(self, config: Config, translator_factory: Callable[[], Translator] | None = None):
        self.config = config
        serve = config.serve
        self.keys = KeyStore.load(serve.api_keys) if serve.api_keys else None
        self.limiter = RateLimiter(serve.req_limit)
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
            max_jobs=serve.max_jobs, workers=serve.job_workers, ttl=serve.file_ttl_s
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
            self.batcher.start()
            self.started = True

    def stop(self) -> None:
        """Running jobs finish, then the model worker drains its queue."""
        self.jobs.shutdown()
        self.batcher.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- access -------------------------------------------------------------------------

    def admit(self, request: Request, fields: dict[str, Any], *, count: bool = True) -> None:
        """Check the API key (when keys are configured) and the rate limit."""
        key = fields.get("api_key") or request.headers.get("x-api-key")
        if self.keys is not None:
            digest = self.keys.check(str(key) if key else None)
            if count:
                self.limiter.hit("key:" + digest, self.keys.limits[digest])
        elif count:
            host = request.client.host if request.client else "unknown"
            self.limiter.hit("ip:" + host)

    def refuse_when_full(self) -> None:
        """Answer 429 before reading the body when the model's queue is already full."""
        if self.batcher.depth >= self.config.serve.queue_size:
            raise QueueFull(
                f"the translation queue is full ({self.config.serve.queue_size} requests "
                "waiting); retry in a moment."
            )

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

    def brief_work(
        self, read: Any, config: Config, view: adapter.View, full: bool
    ) -> Callable[[Job], dict[str, str]]:
        scope = adapter.scope_of(view, full)

        def work(job: Job) -> dict[str, str]:
            doc = adapter.analyse(read, config)
            job.total = adapter.sentence_count(doc, scope)
            translator = QueuedTranslator(self.batcher, wait=True)
            doc = adapter.brief(doc, translator, config, scope, progress=job.advance)
            return adapter.render_all(doc, view, full)

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
        docs = str(scope.get("path", "")).startswith(("/docs", "/redoc"))

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                if not docs:  # Swagger UI loads its script from a CDN
                    headers.setdefault("Content-Security-Policy", _CSP_PAGE)
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            route = getattr(scope.get("route"), "path", "other")
            self.metrics.observe(route, status, time.perf_counter() - started)


def _detect(text: str) -> dict[str, Any]:
    """Chinese when Chinese characters are a real share of the letters, else English."""
    cjk = sum(1 for ch in text if adapter.is_cjk(ch))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if cjk == 0 and latin == 0:
        return {"confidence": 0.0, "language": "en"}
    # A Chinese character carries about as much as a short English word (4 letters)
    share = cjk / (cjk + latin / 4)
    if share >= 0.5:
        return {"confidence": round(100 * share, 1), "language": "zh"}
    return {"confidence": round(100 * (1 - share), 1), "language": "en"}


def _text_of(markup: str) -> str:
    return " ".join(text for text, is_text in split_html(markup) if is_text)


def _check_chars(texts: list[str], limit: int) -> None:
    chars = sum(len(t) for t in texts)
    if chars > limit:
        raise BadRequest(f"Invalid request: request ({chars}) exceeds text limit ({limit})")


def _texts(fields: dict[str, Any]) -> tuple[list[str], bool]:
    q = fields.get("q")
    if q is None or q == "" or q == []:
        raise BadRequest("Invalid request: missing q parameter")
    if isinstance(q, str):
        return [q], False
    if isinstance(q, list) and all(isinstance(x, str) for x in q):
        return list(q), True
    raise BadRequest("Invalid request: q must be a string or a list of strings")


def _languages(fields: dict[str, Any]) -> tuple[str, str]:
    source = fields.get("source")
    target = fields.get("target")
    if not source:
        raise BadRequest("Invalid request: missing source parameter")
    if not target:
        raise BadRequest("Invalid request: missing target parameter")
    source, target = str(source), str(target)
    if source != "auto" and source.lower() not in SOURCES:
        raise BadRequest(
            f"{source} is not supported; this server translates Chinese "
            "(zh, zh-Hans, zh-Hant or auto) into English (en)."
        )
    if target.lower() != "en":
        raise BadRequest(f"{target} is not supported; the only target language is en.")
    return source, target


def _bool(value: Any) -> bool:
    return value is True or str(value).lower() in ("1", "true", "yes", "on")


def _options(fields: dict[str, Any]) -> dict[str, Any]:
    """The CLI's summary options, validated through the config (400 when bad)."""
    flat: dict[str, Any] = {}
    for name, key, kind in (
        ("sentences", "summarise.sentences_per_section", int),
        ("ratio", "summarise.ratio", float),
        ("key_points", "summarise.key_points", int),
    ):
        value = fields.get(name)
        if value is None or value == "":
            continue
        try:
            flat[key] = kind(value)
        except (TypeError, ValueError) as e:
            raise BadRequest(f"Invalid request: {name} must be a number, got {value!r}") from e
    return flat


def create_app(
    config: Config, *, translator_factory: Callable[[], Translator] | None = None
) -> FastAPI:
    service = Service(config, translator_factory)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await anyio.to_thread.run_sync(service.start)
        yield
        await anyio.to_thread.run_sync(service.stop)

    app = FastAPI(
        title="zhbrief",
        version=__version__,
        description="Chinese to English translation and briefs; LibreTranslate-compatible.",
        lifespan=lifespan,
    )
    app.state.service = service
    static = Path(str(resources.files("zhbrief.service").joinpath("static")))
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.exception_handler(ZhbriefError)
    async def zhbrief_error(request: Request, exc: ZhbriefError) -> JSONResponse:
        status = _status_for(exc)
        if status == 500:
            log.error("request failed: %s", exc)
            return _error_response(500, f"the server could not finish the request: {exc}")
        return _error_response(status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x != "body")
        return _error_response(400, f"Invalid request: {where} {first.get('msg', '')}".strip())

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error_response(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return _error_response(500, "internal server error; the server log has details.")

    app.add_middleware(Observe, metrics=service.metrics)

    async def body(request: Request) -> Body:
        return await read_body(request, config.serve.upload_limit, service.spill)

    # -- LibreTranslate ----------------------------------------------------------------

    @app.post("/translate", summary="Translate text (LibreTranslate)")
    async def translate(request: Request) -> JSONResponse:
        service.refuse_when_full()
        fields = (await body(request)).fields
        service.admit(request, fields)
        texts, many = _texts(fields)
        source, _ = _languages(fields)
        fmt = str(fields.get("format") or "text")
        if fmt not in ("text", "html"):
            raise BadRequest(f"Invalid request: format must be text or html, got {fmt!r}")
        _check_chars(texts, config.serve.char_limit)
        if source == "auto":  # markup is not language: detect on the text between tags
            plain = [_text_of(t) if fmt == "html" else t for t in texts]
            detected: list[dict[str, Any]] | None = [_detect(t) for t in plain]
        else:
            detected = None
        # auto: text detected as English passes through unchanged
        todo = [
            i for i, t in enumerate(texts) if detected is None or detected[i]["language"] == "zh"
        ]
        done = list(texts)
        if fmt == "html":
            for i in todo:
                done[i] = await service.translate_html(texts[i])
        else:
            for i, en in zip(
                todo, await service.translate_texts([texts[i] for i in todo]), strict=True
            ):
                done[i] = en
        result: dict[str, Any] = {"translatedText": done if many else done[0]}
        if detected is not None:
            result["detectedLanguage"] = detected if many else detected[0]
        if str(fields.get("alternatives") or "0") not in ("0", ""):
            result["alternatives"] = [[] for _ in texts] if many else []
        return JSONResponse(result)

    @app.get("/languages", summary="Supported languages (LibreTranslate)")
    async def languages() -> list[dict[str, Any]]:
        return LANGUAGES

    @app.post("/detect", summary="Detect the language (LibreTranslate)")
    async def detect(request: Request) -> JSONResponse:
        fields = (await body(request)).fields
        service.admit(request, fields)
        texts, many = _texts(fields)
        _check_chars(texts, config.serve.char_limit)
        found = [[_detect(t)] for t in texts]
        return JSONResponse(found if many else found[0])

    @app.post(
        "/translate_file",
        summary="Translate a .txt, .md, .html, .pdf or .docx file (LibreTranslate)",
    )
    async def translate_file(request: Request) -> JSONResponse:
        service.refuse_when_full()
        form = await body(request)
        service.admit(request, form.fields)
        _languages(form.fields)
        upload = form.files.get("file")
        if upload is None:
            raise BadRequest("Invalid request: missing file parameter")
        read = await anyio.to_thread.run_sync(
            adapter.read_upload, upload.data, _display_name(upload.filename), config
        )
        if len(read.text) > config.serve.brief_char_limit:
            raise BadRequest(
                f"Invalid request: request ({len(read.text)}) exceeds text limit "
                f"({config.serve.brief_char_limit})"
            )
        stem, suffix = _split_name(upload.filename)
        kind = documents.file_output(read, form.fields.get("output"))
        if kind is not None:  # Word and PDF come back as Word (or PDF)
            data = await anyio.to_thread.run_sync(
                documents.translate_document,
                upload.data,
                read,
                kind,
                QueuedTranslator(service.batcher),
                config,
            )
            name = service.save_file(data, f".{kind}", f"{stem}.en.{kind}")
            return JSONResponse({"translatedFileUrl": f"{request.base_url}download_file/{name}"})
        if adapter.is_html(read):  # the page comes back with its markup, as LibreTranslate's
            text, suffix = await service.translate_html(adapter.markup_of(upload.data)), ".html"
        else:  # PDF and DOCX come back as their text, translated
            text = (await service.translate_texts([read.text]))[0]
            suffix = ".md" if suffix == ".md" else ".txt"
        name = service.save_file(text, suffix, f"{stem}.en{suffix}")
        return JSONResponse({"translatedFileUrl": f"{request.base_url}download_file/{name}"})

    @app.get("/download_file/{name:path}", summary="A translated file (LibreTranslate)")
    async def download_file(name: str) -> FileResponse:
        path, label = service.file_path(name)
        media = "text/html" if path.suffix == ".html" else "text/plain"
        media = documents.MEDIA_TYPES.get(path.suffix, f"{media}; charset=utf-8")
        response = FileResponse(path, media_type=media, filename=label)
        response.headers["Content-Security-Policy"] = _CSP_DOCUMENT
        return response

    @app.get("/frontend/settings", summary="Limits and options (LibreTranslate)")
    async def frontend_settings() -> dict[str, Any]:
        return {
            "charLimit": config.serve.char_limit,
            "frontendTimeout": 500,
            "apiKeys": service.keys is not None,
            "keyRequired": service.keys is not None,
            "suggestions": False,
            "filesTranslation": True,
            "supportedFilesFormat": list(FILE_TYPES),
            "language": {
                "source": {"code": "zh", "name": "Chinese"},
                "target": {"code": "en", "name": "English"},
            },
        }

    # -- zhbrief -----------------------------------------------------------------------

    async def brief_request(request: Request, view: adapter.View) -> Response:
        form = await body(request)
        fields = form.fields
        service.admit(request, fields)
        fmt = str(fields.get("format") or "md")
        if fmt not in adapter.FORMATS + documents.FORMATS:
            raise BadRequest(
                f"Invalid request: format must be md, json, html, docx or pdf, got {fmt!r}"
            )
        full = view == "brief" and _bool(fields.get("full"))
        run_config = merge_flat(config, _options(fields))
        upload = form.files.get("file")
        if upload is not None:
            name = _display_name(upload.filename)
            read = await anyio.to_thread.run_sync(adapter.read_upload, upload.data, name, config)
        else:
            text = fields.get("text")
            if not isinstance(text, str) or not text.strip():
                raise BadRequest("Invalid request: missing text (or a file upload)")
            name = _display_name(str(fields.get("name") or "pasted text"))
            if len(text) > config.serve.brief_char_limit:
                raise BadRequest(
                    f"Invalid request: request ({len(text)}) exceeds text limit "
                    f"({config.serve.brief_char_limit})"
                )
            read = await anyio.to_thread.run_sync(adapter.read_text, text, name, config)
        if len(read.text) > config.serve.brief_char_limit:
            raise BadRequest(
                f"Invalid request: request ({len(read.text)}) exceeds text limit "
                f"({config.serve.brief_char_limit})"
            )
        documents.check_view(view, fmt)
        binary = fmt in documents.FORMATS  # made in the request: jobs keep text results
        if not binary and (_bool(fields.get("async")) or len(read.text) > config.serve.sync_chars):
            job = service.jobs.submit(name, service.brief_work(read, run_config, view, full))
            return JSONResponse(
                job.to_dict(), status_code=202, headers={"Location": f"/jobs/{job.id}"}
            )
        # A request waits in line like any other: a full queue answers 429 at once
        translator = QueuedTranslator(service.batcher)

        def run() -> dict[str, str] | Response:
            doc = adapter.analyse(read, run_config)
            scope = adapter.scope_of(view, full)
            doc = adapter.brief(doc, translator, run_config, scope)
            if binary:
                return documents.document_response(doc, view, fmt, full, run_config, name)
            return adapter.render_all(doc, view, full)

        outputs = await anyio.to_thread.run_sync(run)
        return outputs if isinstance(outputs, Response) else _result(outputs, fmt)

    @app.post("/brief", summary="English brief of a Chinese text (JSON body or file upload)")
    async def brief(request: Request) -> Response:
        return await brief_request(request, "brief")

    @app.post("/summarise", summary="Sectioned English summary (JSON body or file upload)")
    async def summarise(request: Request) -> Response:
        return await brief_request(request, "summary")

    @app.get("/jobs/{job_id}", summary="A job's status and progress")
    async def job_status(request: Request, job_id: str) -> JSONResponse:
        service.admit(request, {}, count=False)
        return JSONResponse(_job(service, job_id).to_dict())

    @app.get("/jobs/{job_id}/result", summary="A finished job's result: md, json or html")
    async def job_result(request: Request, job_id: str, format: str = "json") -> Response:
        service.admit(request, {}, count=False)
        job = _job(service, job_id)
        if job.status == "error":
            raise BadRequest(job.error or "the job failed")
        if job.status != "done":
            raise NotReady(f"job {job_id} is {job.status}; poll /jobs/{job_id} until it is done.")
        if format not in job.outputs:
            raise BadRequest(f"Invalid request: format must be md, json or html, got {format!r}")
        return _result(job.outputs, format)

    @app.get("/health", summary="Liveness, model and queue")
    async def health() -> dict[str, Any]:
        translator = service.batcher.translator
        return {
            "status": "ok" if service.started else "starting",
            "version": __version__,
            "model": translator.model_id if translator is not None else None,
            "queue": service.batcher.depth,
            "jobs": service.jobs.counts(),
        }

    @app.get("/metrics", summary="Prometheus metrics")
    async def metrics() -> Response:
        return Response(service.metrics.text(), media_type="text/plain; version=0.0.4")

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html; charset=utf-8")

    return app


def _job(service: Service, job_id: str) -> Job:
    job = service.jobs.get(job_id)
    if job is None:
        raise NotFound(f"no job {job_id!r} (finished jobs are kept for a limited time)")
    return job


def _result(outputs: dict[str, str], fmt: str) -> Response:
    media = {"md": "text/markdown", "json": "application/json", "html": "text/html"}[fmt]
    response = Response(outputs[fmt], media_type=f"{media}; charset=utf-8")
    if fmt == "html":
        response.headers["Content-Security-Policy"] = _CSP_DOCUMENT
    return response


def _display_name(filename: str) -> str:
    """A file name as shown in a brief: the last path part, printable, not too long."""
    base = re.split(r"[\\/]", filename)[-1]
    clean = "".join(ch for ch in base if ch.isprintable())[:120].strip()
    return clean or "upload.txt"


def _split_name(filename: str) -> tuple[str, str]:
    name = _display_name(filename)
    stem, dot, ext = name.rpartition(".")
    suffix = "." + ext.lower() if dot and "." + ext.lower() in FILE_TYPES else ".txt"
    stem = stem if dot else name
    safe = re.sub(r"[^\w.-]+", "_", stem).strip("._") or "translated"
    return safe[:80], suffix
