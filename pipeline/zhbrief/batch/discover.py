"""Finding the inputs: files and folders, with unique output names.

Folders are walked recursively; names match the globs case-insensitively
(``report.TXT`` is a ``*.txt``). A match that is not a readable file (a folder named
``x.txt``, a broken symbolic link, a FIFO) is not dropped silently: it comes back as
an item with ``ignored`` set, and the batch lists it in its summary and manifest.
Hidden files and folders and the output folder are left out by design.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from ..errors import InputError, UsageError
from .options import DEFAULT_GLOBS, VIEWS, InputItem

# ---------------------------------------------------------------- discovering inputs


def _inside(path: Path, folder: Path | None) -> bool:
    return folder is not None and (path == folder or folder in path.parents)


def _matches(rel: str, globs: Sequence[str]) -> bool:
    # PurePath.match matches from the right, as rglob does; case folded on both sides
    name = PurePosixPath(rel.lower())
    return any(name.match(pattern.lower()) for pattern in globs)


def why_not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as an input, or ``None`` for a regular file."""
    if path.is_file():
        return None
    if path.is_symlink() and not path.exists():
        return "a broken symbolic link (its target does not exist)"
    if path.is_dir():
        return "a folder, not a file"
    if not path.exists():
        return None  # a named file that does not exist fails when read, as a failure
    return "not a regular file (a FIFO, socket or device)"


def _folder_files(
    folder: Path, globs: Sequence[str], exclude: Path | None
) -> tuple[list[Path], list[Path]]:
    """(files, other matches) under ``folder``; symlinked folders are not descended."""
    files: list[Path] = []
    others: list[Path] = []
    for top, dirs, names in os.walk(folder):
        here = Path(top)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not _inside(here / d, exclude)
        )
        for name in [*names, *dirs]:
            path = here / name
            if name.startswith(".") or not _matches(path.relative_to(folder).as_posix(), globs):
                continue
            (others if why_not_a_file(path) else files).append(path)
    return sorted(files), sorted(others)


def _common_root(args: Sequence[Path]) -> Path:
    return Path(os.path.commonpath([str(a) for a in args])) if args else Path.cwd()


def _stem(key: str) -> str:
    return Path(key).with_suffix("").as_posix() if Path(key).suffix else key


def output_bases(keys: Sequence[str]) -> list[str]:
    """Output bases: each key without its suffix, unless that would collide.

    A base shared by two inputs falls back to the full key for all of them, again
    until none is shared or nothing changes (keys are unique paths): ``x.txt``,
    ``x.md`` and ``x.txt.txt`` get ``x.txt``, ``x.md`` and ``x.txt.txt``.
    """
    bases = [_stem(k) for k in keys]
    while True:
        # Compared case-folded: on macOS and Windows X.txt and x.md would share X.brief.md
        seen: dict[str, int] = {}
        for b in bases:
            seen[b.casefold()] = seen.get(b.casefold(), 0) + 1
        wider = [k if seen[b.casefold()] > 1 else b for b, k in zip(bases, keys, strict=True)]
        if wider == bases:
            return bases
        bases = wider


def check_unique_outputs(items: Sequence[InputItem], formats: Sequence[str]) -> None:
    """Refuse, before any work, inputs that would write the same output file."""
    writers: dict[str, str] = {}
    for item in items:
        if item.ignored:
            continue
        for fmt in formats:
            for _, tag in VIEWS:
                name = f"{item.base}.{tag}.{fmt}"
                other = writers.setdefault(name, item.key)
                if other != item.key:
                    raise UsageError(
                        f"inputs {other} and {item.key} would both write {name}; "
                        "rename one of them or run them into different output folders."
                    )


def discover(
    inputs: Sequence[str | Path],
    globs: Sequence[str] = DEFAULT_GLOBS,
    *,
    exclude: Path | None = None,
) -> list[InputItem]:
    """Files named or found (recursively, matching ``globs``) in the folders named.

    Hidden files and folders and anything under ``exclude`` (the output folder) are
    left out. A named file that does not exist is kept: it fails when read. Matches
    that are not files come back with ``ignored`` set to the reason.
    """
    if not inputs:
        raise UsageError("give input files or folders, or --dataset FILE")
    exclude = Path(os.path.abspath(exclude)) if exclude is not None else None
    paths: list[Path] = []
    others: list[Path] = []
    roots: list[Path] = []
    for arg in inputs:
        p = Path(os.path.abspath(arg))
        if p.is_dir():
            roots.append(p)
            found, other = _folder_files(p, globs, exclude)
            paths.extend(found)
            others.extend(other)
        else:
            # Named explicitly: read, even a FIFO (``<(cmd)``); only a broken link is not
            roots.append(p.parent)
            broken = p.is_symlink() and not p.exists()
            (others if broken else paths).append(p)
    paths = list(dict.fromkeys(paths))
    others = [o for o in dict.fromkeys(others) if o not in paths]
    if not paths:
        listed = "; ".join(f"{o}: {why_not_a_file(o)}" for o in others)
        raise InputError(
            f"no input files matching {', '.join(globs)} in {', '.join(map(str, inputs))}"
            + (f" (not files: {listed})" if listed else "")
            + "; check the folder or pass --glob PATTERN."
        )
    root = _common_root(roots)
    keys = [p.relative_to(root).as_posix() for p in paths]
    items = [
        InputItem(key=k, path=p, base=b)
        for k, p, b in zip(keys, paths, output_bases(keys), strict=True)
    ]
    items += [
        InputItem(key=o.relative_to(root).as_posix(), path=o, base="", ignored=why_not_a_file(o))
        for o in others
    ]
    return items
