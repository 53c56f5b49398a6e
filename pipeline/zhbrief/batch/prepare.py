"""The step both executors start with: read, hash, skip when current, else analyse.

The local runner calls ``prepare`` in its loop; the Ray executor calls it in its read
tasks. What each does with the outcome (count a skip, record a failure, hand the
document on) is its own; the outcome itself is decided here, once.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Config
from ..document import Document
from ..errors import InputError
from ..pipeline import analyse, spans_to_translate
from ..reading import decode_bytes
from .manifest import is_current
from .options import FATAL, InputItem


@dataclass
class Prepared:
    """An input read and analysed, waiting for its chunk to be translated."""

    key: str
    base: str
    source: str
    sha256: str
    doc: Document
    encoding: str
    seconds: dict[str, float]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Failed:
    """An input that could not be read or analysed (``sha256`` once it was read)."""

    sha256: str | None
    error: BaseException


def analyse_bytes(data: bytes, name: str, config: Config) -> tuple[Document, str]:
    """Decode ``data`` (``name`` labels its messages) and analyse it: (document, encoding)."""
    read = decode_bytes(data, name, config.read.max_bytes, limits=config.read)
    return analyse(read, config), read.encoding


def prepare(
    item: InputItem,
    config: Config,
    previous: dict[str, Any] | None,
    digest: str,
    out: Path,
) -> Prepared | Failed | None:
    """One input ready to translate, ``None`` when ``previous`` (its last manifest record)
    says it is done with the same content and settings, or why it failed.

    Errors in ``FATAL`` (a usage error, a model or memory that cannot open) are raised:
    no other input would escape them.
    """
    started = time.perf_counter()
    sha: str | None = None
    try:
        data = _read_file(item.path, config.read.max_bytes)
        sha = hashlib.sha256(data).hexdigest()
        if is_current(previous, sha, digest, out, False):
            return None
        read_s = time.perf_counter() - started
        doc, encoding = analyse_bytes(data, item.key, config)
    except FATAL:
        raise
    except Exception as e:
        return Failed(sha, _named(e, item.key))
    seconds = {"read": round(read_s, 4), "analyse": round(time.perf_counter() - started, 4)}
    spans = len(spans_to_translate(doc, "full"))
    return Prepared(
        item.key, item.base, str(item.path), sha, doc, encoding, seconds, {"spans": spans}
    )


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{size:,} bytes is larger than the limit of {max_bytes:,} (read.max_bytes); "
                "split the file or raise the limit in a config profile."
            )
        return path.read_bytes()
    except FileNotFoundError as e:
        raise InputError("no such file.") from e
    except IsADirectoryError as e:
        raise InputError("is a folder, not a file.") from e
    except OSError as e:
        raise InputError(f"cannot read the file: {e.strerror or e}.") from e


def _named(e: BaseException, key: str) -> BaseException:
    """Reader messages start with the name; file-level ones get it here."""
    if isinstance(e, InputError) and not str(e).startswith(key):
        return InputError(f"{key}: {e}")
    return e
