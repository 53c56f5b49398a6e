"""Request bodies: JSON, URL-encoded or multipart forms, read with a size cap.

LibreTranslate clients send either JSON or form fields, so both are accepted. A body
is read as it streams in and refused (HTTP 413) as soon as it passes the limit, and
uploaded files are kept in memory (never spooled to the system temp folder): the
limit bounds the memory, and ``python-multipart`` is told to spill only into the
service's private folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.requests import Request

from ..errors import InputError, UsageError, ZhbriefError


class BadRequest(UsageError):
    """A malformed or incomplete request (HTTP 400)."""


class TooLarge(InputError):
    """A body or upload over the configured size (HTTP 413)."""

    http_status = 413


class NotFound(ZhbriefError):
    """An unknown job or file (HTTP 404)."""

    http_status = 404


class NotReady(ZhbriefError):
    """A job's result asked for before the job finished (HTTP 409)."""

    http_status = 409


@dataclass
class Upload:
    filename: str
    data: bytes


@dataclass
class Body:
    fields: dict[str, Any] = field(default_factory=dict)
    files: dict[str, Upload] = field(default_factory=dict)


async def _read_capped(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TooLarge(
            f"the request body ({int(declared):,} bytes) is over the limit of {limit:,}."
        )
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"the request body is over the limit of {limit:,} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


def _no_surrogates(value: Any, where: str = "") -> None:
    """JSON may escape half of a UTF-16 pair (``"\\ud800"``): not a character, refused here
    rather than failing later when the text is encoded."""
    if isinstance(value, str):
        bad = next((ch for ch in value if "\ud800" <= ch <= "\udfff"), None)
        if bad is not None:
            raise BadRequest(
                f"Invalid request: {where or 'a field'} holds a lone surrogate "
                f"(U+{ord(bad):04X}), which is not a character; send text as valid UTF-8 "
                "(or JSON escapes that pair high and low surrogates)."
            )
    elif isinstance(value, list):
        for item in value:
            _no_surrogates(item, where)
    elif isinstance(value, dict):
        for key, item in value.items():
            _no_surrogates(key, "a field name")
            _no_surrogates(item, str(key))


def _parse_json(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BadRequest(f"Invalid request: the body is not valid JSON ({e}).") from e
    if not isinstance(value, dict):
        raise BadRequest("Invalid request: the JSON body must be an object of fields.")
    _no_surrogates(value)
    return value


def _parse_form(content_type: str, data: bytes, spill_dir: Path) -> Body:
    from python_multipart.exceptions import FormParserError
    from python_multipart.multipart import create_form_parser

    body = Body()

    def on_field(f: Any) -> None:
        name = (f.field_name or b"").decode("utf-8", "replace")
        value = (f.value or b"").decode("utf-8", "replace")
        prior = body.fields.get(name)
        if prior is None:
            body.fields[name] = value
        else:  # a repeated field (q=..&q=..) becomes a list
            body.fields[name] = [*prior, value] if isinstance(prior, list) else [prior, value]

    def on_file(f: Any) -> None:
        name = (f.field_name or b"").decode("utf-8", "replace")
        filename = (f.file_name or b"").decode("utf-8", "replace")
        f.file_object.seek(0)
        body.files[name] = Upload(filename or "upload.txt", f.file_object.read())
        f.close()

    config = {
        "MAX_MEMORY_FILE_SIZE": len(data) + 1,  # the whole body fits: nothing spills
        "UPLOAD_DIR": str(spill_dir),
        "MAX_FIELDS": 100,
    }
    try:
        parser = create_form_parser(
            {"Content-Type": content_type.encode("latin-1")}, on_field, on_file, config
        )
        parser.write(data)
        parser.finalize()
    except (FormParserError, ValueError) as e:
        raise BadRequest(f"Invalid request: the form could not be read ({e}).") from e
    return body


def _parse_urlencoded(data: bytes) -> Body:
    from urllib.parse import parse_qs

    try:
        pairs = parse_qs(data.decode("utf-8"), keep_blank_values=True, max_num_fields=100)
    except (UnicodeDecodeError, ValueError) as e:
        raise BadRequest(f"Invalid request: the form could not be read ({e}).") from e
    # A repeated field (q=..&q=..) is a list, as LibreTranslate reads it
    return Body(fields={k: v[0] if len(v) == 1 else v for k, v in pairs.items()})


async def read_body(request: Request, limit: int, spill_dir: Path) -> Body:
    """The request's fields and files, whatever the content type."""
    data = await _read_capped(request, limit)
    content_type = request.headers.get("content-type", "")
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "multipart/form-data":
        return _parse_form(content_type, data, spill_dir)
    if kind == "application/x-www-form-urlencoded":
        return _parse_urlencoded(data)
    if not data.strip():
        return Body(fields=dict(request.query_params))
    return Body(fields=_parse_json(data))
