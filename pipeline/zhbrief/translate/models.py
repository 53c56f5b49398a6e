"""Finding and loading MarianMT models: a hub id or a local folder.

A hub id downloads into the Hugging Face cache on first use (``HF_HUB_OFFLINE=1`` makes
it use the cache only); a folder loads from disk. Failures become ``ModelLoadError``
naming what was tried and how to get the model.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import DEFAULT_MODEL
from ..errors import ModelLoadError

# "org/name" with the characters the hub allows
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


@dataclass(frozen=True)
class ModelInfo:
    hub_id: str
    revision: str | None  # pinned revision; None = the hub's main branch
    notes: str


# What zhbrief knows about; any MarianMT folder or hub id loads all the same.
REGISTRY: dict[str, ModelInfo] = {
    DEFAULT_MODEL: ModelInfo(
        hub_id=DEFAULT_MODEL,
        revision=None,
        notes="opus-2020-07-17 (Tatoeba-Challenge); MarianMT 6+6 layers, 77.9 M parameters; "
        "BLEU 36.1 Tatoeba, 22.5 FLORES-200 devtest, 19.1 WMT22",
    ),
}


@dataclass(frozen=True)
class ModelSource:
    """Where a model comes from: ``local`` folder or ``hub`` id."""

    name: str
    kind: str  # "local" | "hub"
    path: str  # folder or hub id as passed to from_pretrained
    revision: str | None


def resolve_model(name: str, revision: str | None = None) -> ModelSource:
    folder = Path(name).expanduser()
    if folder.is_dir():
        if not (folder / "config.json").is_file():
            raise ModelLoadError(
                f"model folder {folder} has no config.json; point --model at a folder saved "
                "with save_pretrained or downloaded with "
                f"`hf download {DEFAULT_MODEL} --local-dir {folder}`."
            )
        return ModelSource(name=name, kind="local", path=str(folder), revision=None)
    if _HUB_ID.match(name) and not name.startswith((".", "~")):
        pinned = revision or (REGISTRY[name].revision if name in REGISTRY else None)
        return ModelSource(name=name, kind="hub", path=name, revision=pinned)
    raise ModelLoadError(
        f"model {name!r} is neither an existing folder nor a hub id like {DEFAULT_MODEL!r}; "
        "check the path given to --model (or translate.model in the config)."
    )


def local_model_fingerprint(folder: Path) -> str:
    """Names, sizes and modification times of a model folder's files, hashed.

    Cheap (no file is read) and changes when the weights or vocabulary are replaced.
    """
    h = hashlib.sha256()
    for f in sorted(p for p in folder.iterdir() if p.is_file()):
        st = f.stat()
        h.update(f"{f.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return "local-" + h.hexdigest()[:16]


def _how_to_fix(source: ModelSource) -> str:
    offline = os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0", "false", "False")
    lines = [
        f"To use it offline, download it once where the hub is reachable: "
        f"`hf download {source.path} --local-dir models/{source.path.split('/')[-1]}`, "
        f"then pass `--model models/{source.path.split('/')[-1]}`.",
    ]
    if offline:
        lines.append("HF_HUB_OFFLINE is set, so only the local Hugging Face cache was searched.")
    else:
        lines.append("If you have no network, set HF_HUB_OFFLINE=1 to use the local cache only.")
    return " ".join(lines)


def load_error(source: ModelSource, error: BaseException) -> ModelLoadError:
    """The one message for a model that cannot be had: what was tried, how to fix it."""
    where = f"folder {source.path}" if source.kind == "local" else f"hub id {source.path}"
    rev = f" at revision {source.revision}" if source.revision else ""
    return ModelLoadError(
        f"could not load the translation model from {where}{rev}: {_first_line(error)}. "
        + ("" if source.kind == "local" else _how_to_fix(source))
    )


def ensure_available(source: ModelSource) -> None:
    """Fetch (or find in the cache) a hub model's config.json before loading.

    One request fails fast where the hub is unreachable; transformers' loaders would
    each retry several files with back-off before giving up.
    """
    if source.kind != "hub":
        return
    from huggingface_hub import hf_hub_download

    try:
        hf_hub_download(source.path, "config.json", revision=source.revision)
    except Exception as e:  # the hub client raises many types: network, auth, not found
        raise load_error(source, e) from e


def quiet_transformers() -> None:
    """No download progress bars or advisory warnings on stderr: our CLI reports."""
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


def load_pretrained(source: ModelSource, *classes: Any) -> list[Any]:
    """``cls.from_pretrained`` for each class, every failure a ``ModelLoadError``."""
    quiet_transformers()
    ensure_available(source)
    kwargs: dict[str, Any] = {"revision": source.revision} if source.revision else {}
    try:
        return [cls.from_pretrained(source.path, **kwargs) for cls in classes]
    except (OSError, ValueError, ImportError) as e:
        raise load_error(source, e) from e


def load_marian(source: ModelSource) -> tuple[Any, Any, str | None]:
    """Load tokenizer and model; return them with the resolved revision (commit hash)."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tokenizer, model = load_pretrained(source, AutoTokenizer, AutoModelForSeq2SeqLM)
    resolved = getattr(model.config, "_commit_hash", None) if source.kind == "hub" else None
    return tokenizer, model, resolved or source.revision


def _first_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0].rstrip(".") if text else type(e).__name__
