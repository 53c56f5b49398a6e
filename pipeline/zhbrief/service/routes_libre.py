"""LibreTranslate's endpoints: /translate, /detect, /languages, /translate_file,
/download_file, /frontend/settings. Shapes, codes and messages follow LibreTranslate's,
so its clients (libretranslatepy, deep-translator, the LibreTranslate page) work."""

from __future__ import annotations

import re
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, JSONResponse

from . import adapter, documents
from .batching import QueuedTranslator
from .core import CSP_DOCUMENT, Service, service_of
from .forms import BadRequest
from .htmltext import split_html
from .language import LANGUAGES, check_target, refuse_unsupported, source_code
from .models import (
    DetectRequest,
    TranslateFileRequest,
    TranslateRequest,
    parse,
    request_body,
)

router = APIRouter(tags=["LibreTranslate"])
Svc = Annotated[Service, Depends(service_of)]
FILE_TYPES = (".txt", ".md", ".html", ".pdf", ".docx")


def _text_of(markup: str) -> str:
    return " ".join(text for text, is_text in split_html(markup) if is_text)


def _as_list(q: str | list[str]) -> tuple[list[str], bool]:
    return ([q], False) if isinstance(q, str) else (list(q), True)


@router.post(
    "/translate",
    summary="Translate text",
    openapi_extra=request_body(TranslateRequest),
)
async def translate(request: Request, service: Svc) -> JSONResponse:
    service.refuse_when_full()
    fields = (await service.body(request)).fields
    service.admit(request, fields.get("api_key"))
    req = parse(TranslateRequest, fields)
    texts, many = _as_list(req.q)
    check_target(req.target)
    service.check_texts(texts)
    detected = None
    if req.source == "auto":  # markup is not language: detect on the text between tags
        plain = [_text_of(t) if req.format == "html" else t for t in texts]
        detected = [service.languages.detect(t) for t in plain]
        refuse_unsupported(detected)
    else:
        source_code(req.source)
    # auto: text not detected as Chinese (English, codes) passes through unchanged
    todo = [i for i, t in enumerate(texts) if detected is None or detected[i].chinese]
    done = list(texts)
    if req.format == "html":
        for i in todo:
            done[i] = await service.translate_html(texts[i])
    else:
        english = await service.translate_texts([texts[i] for i in todo])
        for i, en in zip(todo, english, strict=True):
            done[i] = en
    result: dict[str, Any] = {"translatedText": done if many else done[0]}
    if detected is not None:
        found = [d.to_dict() for d in detected]
        result["detectedLanguage"] = found if many else found[0]
    if req.alternatives:  # the model gives one translation: no alternatives to offer
        result["alternatives"] = [[] for _ in texts] if many else []
    return JSONResponse(result)


@router.get("/languages", summary="Supported languages")
async def languages() -> list[dict[str, Any]]:
    return LANGUAGES


@router.post("/detect", summary="Detect the language", openapi_extra=request_body(DetectRequest))
async def detect(request: Request, service: Svc) -> JSONResponse:
    fields = (await service.body(request)).fields
    service.admit(request, fields.get("api_key"))
    texts, _ = _as_list(parse(DetectRequest, fields).q)
    service.check_texts(texts)
    # One flat list of candidates, as LibreTranslate answers for a text or a list
    return JSONResponse([d.to_dict() for d in service.languages.detect_many(texts)])


@router.post(
    "/translate_file",
    summary="Translate a .txt, .md, .html, .pdf or .docx file",
    openapi_extra=request_body(TranslateFileRequest, upload=True),
)
async def translate_file(request: Request, service: Svc) -> JSONResponse:
    service.refuse_when_full()
    form = await service.body(request)
    service.admit(request, form.fields.get("api_key"))
    req = parse(TranslateFileRequest, form.fields)
    check_target(req.target)
    if req.source != "auto":
        source_code(req.source)
    upload = form.files.get("file")
    if upload is None:
        raise BadRequest("Invalid request: missing file parameter")
    read = await anyio.to_thread.run_sync(service.read, file_label(upload.filename), upload.data)
    stem, suffix = split_name(upload.filename)
    kind = documents.file_output(read, form.fields.get("output"))
    if kind is not None:  # Word and PDF come back as Word (or PDF)
        data = await anyio.to_thread.run_sync(
            documents.translate_document,
            upload.data,
            read,
            kind,
            QueuedTranslator(service.batcher),
            service.config,
        )
        name = service.save_file(data, f".{kind}", f"{stem}.en.{kind}")
        return JSONResponse({"translatedFileUrl": f"{request.base_url}download_file/{name}"})
    if adapter.is_html(read):  # the page comes back with its markup, as LibreTranslate's
        text, suffix = await service.translate_html(adapter.markup_of(upload.data)), ".html"
    else:  # PDF and DOCX come back as their text, translated
        text = (await service.translate_texts([adapter.file_text(read, upload.data)]))[0]
        suffix = suffix if suffix in (".md", ".markdown") else ".txt"
    name = service.save_file(text, suffix, f"{stem}.en{suffix}")
    return JSONResponse({"translatedFileUrl": f"{request.base_url}download_file/{name}"})


@router.get("/download_file/{name:path}", summary="A translated file")
async def download_file(name: str, service: Svc) -> FileResponse:
    path, label = service.file_path(name)
    text_media = "text/html" if path.suffix == ".html" else "text/plain"
    media = documents.MEDIA_TYPES.get(path.suffix, f"{text_media}; charset=utf-8")
    response = FileResponse(path, media_type=media, filename=label)
    response.headers["Content-Security-Policy"] = CSP_DOCUMENT
    return response


@router.get("/frontend/settings", summary="Limits and options")
async def frontend_settings(service: Svc) -> dict[str, Any]:
    serve = service.config.serve
    return {
        "charLimit": serve.char_limit,
        "batchLimit": serve.batch_limit,
        "frontendTimeout": 500,
        "apiKeys": service.keys is not None,
        "keyRequired": service.keys is not None,
        "suggestions": False,
        "filesTranslation": True,
        "supportedFilesFormat": list(FILE_TYPES),
        "language": {
            "source": {"code": "zh-Hans", "name": "Chinese (Simplified)"},
            "target": {"code": "en", "name": "English"},
        },
    }


def file_label(filename: str) -> str:
    """An uploaded file's name as shown in a brief: its last path part (a client may send
    a whole path), printable, not too long."""
    base = re.split(r"[\\/]", filename)[-1]
    clean = "".join(ch for ch in base if ch.isprintable())[:120].strip()
    return clean or "upload.txt"


def split_name(filename: str) -> tuple[str, str]:
    name = file_label(filename)
    stem, dot, ext = name.rpartition(".")
    suffix = "." + ext.lower() if dot and "." + ext.lower() in FILE_TYPES else ".txt"
    stem = stem if dot else name
    safe = re.sub(r"[^\w.-]+", "_", stem).strip("._") or "translated"
    return safe[:80], suffix
