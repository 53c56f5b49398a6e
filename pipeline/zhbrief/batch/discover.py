"""Finding the inputs: files and folders, with unique output names."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import InputError, UsageError
from .options import DEFAULT_GLOBS, InputItem

# ---------------------------------------------------------------- discovering inputs


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _inside(path: Path, folder: Path | None) -> bool:
    return folder is not None and folder in path.parents


def _folder_files(folder: Path, globs: Sequence[str], exclude: Path | None) -> list[Path]:
    found = {
        p
        for pattern in globs
        for p in folder.rglob(pattern)
        if p.is_file() and not _hidden(p, folder) and not _inside(p, exclude)
    }
    return sorted(found)


def _common_root(args: Sequence[Path]) -> Path:
    return Path(os.path.commonpath([str(a) for a in args])) if args else Path.cwd()


def _bases(keys: list[str]) -> list[str]:
    """Output bases: the key without suffix, unless two keys would then collide."""
    stems = [str(Path(k).with_suffix("")) if Path(k).suffix else k for k in keys]
    seen: dict[str, int] = {}
    for s in stems:
        seen[s] = seen.get(s, 0) + 1
    return [Path(s).as_posix() if seen[s] == 1 else k for s, k in zip(stems, keys, strict=True)]


def discover(
    inputs: Sequence[str | Path],
    globs: Sequence[str] = DEFAULT_GLOBS,
    *,
    exclude: Path | None = None,
) -> list[InputItem]:
    """Files named or found (recursively, matching ``globs``) in the folders named.

    Hidden files and folders and anything under ``exclude`` (the output folder) are
    skipped. A named file that does not exist is kept: it fails when read.
    """
    if not inputs:
        raise UsageError("give input files or folders, or --dataset FILE")
    exclude = Path(os.path.abspath(exclude)) if exclude is not None else None
    paths: list[Path] = []
    roots: list[Path] = []
    for arg in inputs:
        p = Path(os.path.abspath(arg))
        if p.is_dir():
            roots.append(p)
            paths.extend(_folder_files(p, globs, exclude))
        else:
            roots.append(p.parent)
            paths.append(p)
    paths = list(dict.fromkeys(paths))
    if not paths:
        raise InputError(
            f"no input files matching {', '.join(globs)} in {', '.join(map(str, inputs))}; "
            "check the folder or pass --glob PATTERN."
        )
    root = _common_root(roots)
    keys = [p.relative_to(root).as_posix() for p in paths]
    return [
        InputItem(key=k, path=p, base=b) for k, p, b in zip(keys, paths, _bases(keys), strict=True)
    ]
