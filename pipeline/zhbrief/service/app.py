"""The HTTP service: LibreTranslate-compatible endpoints, briefs, jobs, the web page.

``create_app(config)`` builds a FastAPI app around one ``Service`` (``core``: the model
worker, limits, jobs and the private file folder) and three routers: LibreTranslate's
endpoints (``routes_libre``), briefs and jobs (``routes_briefs``), the page, docs and
health (``routes_page``). Errors are mapped to HTTP in one place, the handlers below:
a ``ZhbriefError`` answers its own ``http_status``, every error body is
``{"error": "..."}`` and no traceback ever reaches a client. Deliberate differences from
LibreTranslate are listed in docs/service.md.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..config import Config
from ..errors import ZhbriefError
from ..translate import Translator
from . import routes_briefs, routes_libre, routes_page
from .core import Observe, Service
from .forms import NotFound, NotReady

__all__ = ["NotFound", "NotReady", "Service", "create_app"]
log = logging.getLogger("zhbrief.service")


def _error_response(status: int, message: str) -> JSONResponse:
    headers = {"Retry-After": "1"} if status in (429, 503) else None
    return JSONResponse({"error": message}, status_code=status, headers=headers)


async def _zhbrief_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ZhbriefError)
    if exc.http_status >= 500 and exc.http_status != 503:
        log.error("request failed: %s", exc)
        return _error_response(500, f"the server could not finish the request: {exc}")
    return _error_response(exc.http_status, str(exc))


async def _invalid(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(x) for x in first.get("loc", ()) if x != "body")
    return _error_response(400, f"Invalid request: {where} {first.get('msg', '')}".strip())


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return _error_response(exc.status_code, str(exc.detail))


async def _crash(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s", request.url.path)
    return _error_response(500, "internal server error; the server log has details.")


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
        docs_url=None,  # served by routes_page from the swagger-ui-bundle package
        redoc_url=None,
    )
    app.state.service = service
    app.mount("/static", StaticFiles(directory=routes_page.STATIC), name="static")
    app.mount(
        routes_page.DOCS_ASSETS,
        StaticFiles(directory=routes_page.swagger_assets()),
        name="docs-assets",
    )
    app.add_exception_handler(ZhbriefError, _zhbrief_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _crash)
    app.add_middleware(Observe, metrics=service.metrics)
    for router in (routes_libre.router, routes_briefs.router, routes_page.router):
        app.include_router(router)
    return app
