"""The web page, its icon, offline API docs, health and metrics."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, Response

from .. import __version__
from .adapter import public_model_name
from .core import Service, service_of

router = APIRouter(tags=["Page and health"])
Svc = Annotated[Service, Depends(service_of)]
STATIC = Path(str(resources.files("zhbrief.service").joinpath("static")))
DOCS_ASSETS = "/docs-assets"
# Swagger UI starts itself from one inline script; everything else comes from here
_CSP_DOCS = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def swagger_assets() -> Path:
    """Swagger UI's files from the swagger-ui-bundle package (so /docs works offline)."""
    from swagger_ui_bundle import swagger_ui_path

    return Path(str(swagger_ui_path))


@router.get("/", include_in_schema=False)
async def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


@router.get("/favicon.ico", include_in_schema=False)
async def favicon() -> FileResponse:
    return FileResponse(STATIC / "favicon.ico", media_type="image/x-icon")


@router.get("/docs", include_in_schema=False)
async def docs() -> HTMLResponse:
    page = get_swagger_ui_html(
        openapi_url="/openapi.json",
        title=f"zhbrief {__version__}: API",
        swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
        swagger_favicon_url="/favicon.ico",
    )
    page.headers["Content-Security-Policy"] = _CSP_DOCS
    return page


@router.get("/health", summary="Liveness, model and queue")
async def health(service: Svc) -> dict[str, Any]:
    translator = service.batcher.translator
    return {
        "status": "ok" if service.started else "starting",
        "version": __version__,
        "model": public_model_name(translator.model_id) if translator is not None else None,
        "queue": service.batcher.depth,
        "jobs": service.jobs.counts(),
    }


@router.get("/metrics", summary="Prometheus metrics (with API keys: a bearer token)")
async def metrics(request: Request, service: Svc) -> Response:
    service.check_metrics_access(request)
    return Response(service.metrics.text(), media_type="text/plain; version=0.0.4")
