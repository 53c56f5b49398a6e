"""zhbrief's own endpoints: /brief, /summarise and the jobs they become when long.

The answer's format is any the renderer offers (``adapter.FORMATS``): the request
model's check and the OpenAPI enum read that list, so a new format is added there.
"""

from __future__ import annotations

from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response

from ..config import merge_flat
from . import adapter
from .core import CSP_DOCUMENT, Service, service_of
from .forms import BadRequest, NotFound, NotReady
from .jobs import Job
from .models import BriefRequest, parse, request_body
from .routes_libre import file_label

router = APIRouter(tags=["Briefs"])
Svc = Annotated[Service, Depends(service_of)]
PASTED = "pasted text"


async def _brief(request: Request, service: Service, view: adapter.View) -> Response:
    form = await service.body(request)
    service.admit(request, form.fields.get("api_key"))
    req = parse(BriefRequest, form.fields)
    if view == "brief" and req.translate_only:
        view = "translation"
    upload = form.files.get("file")
    if upload is not None:
        name, data = file_label(upload.filename), upload.data
    else:
        if req.text is None or not req.text.strip():
            raise BadRequest("Invalid request: missing text (or a file upload)")
        # A name is a label, not a path: kept whole ("2024/05 report")
        name = "".join(ch for ch in (req.name or PASTED) if ch.isprintable())[:120].strip()
        data = (req.text).encode("utf-8")
    read = await anyio.to_thread.run_sync(service.read, name or PASTED, data)
    spec: dict[str, Any] = {
        "name": name or PASTED,
        "view": view,
        "full": view == "brief" and req.full,
        "options": req.summary_options(),
    }
    merge_flat(service.config, spec["options"])  # a bad option is a 400 now, not in a job
    if req.run_async or len(read.text) > service.config.serve.sync_chars:
        job = service.jobs.submit(spec["name"], spec, data)
        return JSONResponse(job.to_dict(), status_code=202, headers={"Location": f"/jobs/{job.id}"})
    outputs = await anyio.to_thread.run_sync(service.run_brief, read, spec)
    return result_response(outputs, req.format)


@router.post(
    "/brief",
    summary="English brief of a Chinese text (JSON body, form or file upload)",
    openapi_extra=request_body(BriefRequest, upload=True),
)
async def brief(request: Request, service: Svc) -> Response:
    return await _brief(request, service, "brief")


@router.post(
    "/summarise",
    summary="Sectioned English summary (JSON body, form or file upload)",
    openapi_extra=request_body(BriefRequest, upload=True),
)
async def summarise(request: Request, service: Svc) -> Response:
    return await _brief(request, service, "summary")


@router.get("/jobs/{job_id}", summary="A job's status and progress")
async def job_status(request: Request, job_id: str, service: Svc) -> JSONResponse:
    service.admit(request, None, count=False)
    return JSONResponse(_job(service, job_id).to_dict())


@router.get("/jobs/{job_id}/result", summary="A finished job's result in any format")
async def job_result(request: Request, job_id: str, service: Svc, format: str = "json") -> Response:
    service.admit(request, None, count=False)
    job = _job(service, job_id)
    if job.status == "error":
        raise BadRequest(job.error or "the job failed")
    if job.status != "done":
        raise NotReady(f"job {job_id} is {job.status}; poll /jobs/{job_id} until it is done.")
    if format not in job.outputs:
        raise BadRequest(
            f"Invalid request: format must be one of {', '.join(job.outputs)}, got {format!r}"
        )
    return result_response(job.outputs, format)


def _job(service: Service, job_id: str) -> Job:
    job = service.jobs.get(job_id)
    if job is None:
        raise NotFound(f"no job {job_id!r} (finished jobs are kept for a limited time)")
    return job


def result_response(outputs: dict[str, str], fmt: str) -> Response:
    response = Response(outputs[fmt], media_type=f"{adapter.MEDIA_TYPES[fmt]}; charset=utf-8")
    if fmt == "html":
        response.headers["Content-Security-Policy"] = CSP_DOCUMENT
    return response
