"""The JSON Lines manifest: one line per processed input, for resume."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from .. import __version__
from ..config import Config
from ..errors import OutputError
from ..iofiles import read_jsonl
from .options import MANIFEST_NAME, BatchOptions

# ---------------------------------------------------------------- manifest


def manifest_path(out_dir: Path) -> Path:
    return out_dir / MANIFEST_NAME


def read_manifest(out_dir: Path) -> dict[str, dict[str, Any]]:
    """The last manifest record per input key."""
    path = manifest_path(out_dir)
    try:
        return {r["input"]: r for r in read_jsonl(path) if "input" in r}
    except OSError as e:
        raise _unusable(path, e) from None


def check_manifest(out_dir: Path) -> None:
    """Fail before any work when the manifest cannot be appended to.

    A batch without its manifest can neither resume nor report, and would find out only
    after translating its first chunk. A missing manifest is fine: the folder was
    checked to take new files (``check_output_dir``); one that exists must open for
    appending (opening it changes nothing).
    """
    path = manifest_path(out_dir)
    if not os.path.lexists(path):
        return
    try:
        with open(path, "ab"):
            pass
    except OSError as e:
        raise _unusable(path, e) from None


def _unusable(path: Path, e: OSError) -> OutputError:
    return OutputError(
        f"cannot use the manifest {path}: {e.strerror or e}. It records what is done, "
        "for resuming: make it a writable file (or move it away), or choose another "
        "folder with -o."
    )


def settings_digest(config: Config, options: BatchOptions) -> str:
    """What the outputs depend on besides the input: config (less the cache section),
    formats, the model folder's fingerprint and the zhbrief version."""
    from ..translate.memory import model_revision_key

    data = config.to_dict()
    data.pop("cache", None)
    data.pop("serve", None)  # the service's limits change no output
    data["render"] = {"formats": list(options.formats), "full": options.full}
    data["model_revision"] = model_revision_key(config.translate)
    if config.qa.glossary:
        # Edits to the glossary change the translations
        glossary = Path(config.qa.glossary)
        data["glossary_sha256"] = (
            hashlib.sha256(glossary.read_bytes()).hexdigest() if glossary.is_file() else None
        )
    data["zhbrief"] = __version__
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def is_current(
    record: dict[str, Any] | None, sha: str, digest: str, out_dir: Path, force: bool
) -> bool:
    if force or record is None or record.get("status") != "done":
        return False
    if record.get("sha256") != sha or record.get("settings") != digest:
        return False
    return all((out_dir / o).is_file() for o in record.get("outputs", []))


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")
