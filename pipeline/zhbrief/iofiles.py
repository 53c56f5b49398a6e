"""Crash-safe file writes, and the one output writer every command uses.

An output is written to a temporary file in the same folder, flushed to disk and
renamed over the target (``os.replace`` is atomic on POSIX and Windows), so a reader
or a killed run sees either the old file or the new one, never half of one. A symlink
is written through to its target; a FIFO or character device (``/dev/stdout``) is
written directly, never replaced. New files follow the umask. Append-only logs (the
batch manifest) add whole lines and fsync after each. Every ``OSError`` becomes an
``OutputError`` naming the path.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .errors import OutputError, UsageError


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform (Windows)
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; on success it replaces ``target``.

    For writers that want a file name (``Dataset.to_parquet``). If the block raises,
    the temporary file is removed and ``target`` is untouched.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); an output keeps the mode it had, or
        # gets the usual one for a new file
        os.fchmod(fd, _mode_for(target))
        os.close(fd)
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def atomic_write_bytes(target: str | Path, data: bytes) -> None:
    with atomic_path(target) as tmp, open(tmp, "wb") as f:
        f.write(data)


def atomic_write_text(target: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``target`` atomically (``\\n`` line endings kept as given)."""
    atomic_write_bytes(target, text.encode(encoding))


def append_jsonl(path: str | Path, record: Mapping[str, Any]) -> None:
    """Append one JSON object as a line and fsync, so a finished record survives a kill.

    A line left incomplete by an earlier kill is closed first, so it cannot swallow
    this record; readers skip such broken lines.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
    with open(path, "ab+") as f:
        if f.tell() > 0:
            f.seek(-1, os.SEEK_END)
            if f.read(1) != b"\n":
                line = "\n" + line
        f.write(line.encode("utf-8"))
        f.flush()
        os.fsync(f.fileno())


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Every well-formed JSON object line of ``path``; a missing file is empty."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return []
    records: list[dict[str, Any]] = []
    for line in raw.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut short by a kill
        if isinstance(record, dict):
            records.append(record)
    return records


def _real_target(output: str | Path) -> Path:
    """The file an output path names: symlinks followed (even dangling ones)."""
    return Path(os.path.realpath(output))


def _is_stream(path: Path) -> bool:
    """A FIFO, character device or socket: written in place, never replaced."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


def check_output(output: str | Path | None, binary: str | None = None) -> None:
    """Fail now, before any work, if ``output`` can't be written.

    ``None`` and ``-`` are standard output; a ``binary`` format (docx, pdf) goes there
    only when it is not a terminal (a pipe or a redirect). A folder is refused;
    otherwise a temporary file is created and removed in the target's folder, which is
    the one test that also holds for ``/proc``, read-only mounts and full quotas.
    """
    if output is None or str(output) == "-":
        if binary is not None and sys.stdout.isatty():
            raise UsageError(
                f"--format {binary} is a binary file and standard output is a terminal; "
                f"give -o FILE.{binary} (or redirect standard output)"
            )
        return
    target = _real_target(output)
    if target.is_dir():
        raise OutputError(f"cannot write {output}: it is a folder; give a file name with -o")
    if _is_stream(target):
        return
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".probe", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise _output_error(output, e) from e


def check_output_dir(folder: str | Path) -> None:
    """Create ``folder`` (and its parents) and make sure files can be written in it."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".zhbrief.", suffix=".probe", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        reason = e.strerror or str(e)
        raise OutputError(f"cannot write {folder}: {reason}; choose another folder with -o") from e


def write_output(text: str | bytes, output: str | Path | None) -> None:
    """Write a command's output (text, or a binary format's bytes): stdout for
    ``None``/``-``, else the file, atomically."""
    if output is None or str(output) == "-":
        _write_stdout(text)
        return
    target = _real_target(output)
    if target.is_dir():
        raise OutputError(f"cannot write {output}: it is a folder; give a file name with -o")
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        if _is_stream(target):
            with open(target, "wb") as f:
                f.write(data)
        else:
            atomic_write_bytes(target, data)
    except OSError as e:
        raise _output_error(output, e) from e


def _write_stdout(text: str | bytes) -> None:
    try:
        if isinstance(text, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(text)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    except BrokenPipeError:
        raise  # the reader went away (``| head``): the CLI exits quietly
    except OSError as e:
        raise OutputError(f"cannot write to standard output: {e.strerror or e}") from e


def _output_error(output: str | Path, e: OSError) -> OutputError:
    reason = e.strerror or str(e)
    return OutputError(f"cannot write {output}: {reason}; choose another path with -o")
