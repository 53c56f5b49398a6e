"""CPU threads for a model: this process's cores, or on request a fair share of them.

By default a process uses ``translate.threads``, else every core it may run on, and
never looks at other processes: a benchmark beside another zhbrief run measures what
it asked for. ``translate.share_threads`` (opt-in) makes running jobs share the cores.
Two runs that each take every core oversubscribe the machine and both crawl (two
batches on 2 cores with the torch backend: neither finished in 600 s; with one thread
each, both in 42 s). With sharing on, every process that loads a model on the CPU
holds a lock on a file of its own in ``<cache folder>/jobs`` for as long as it runs
(the operating system drops the lock when the process ends, even on ``kill -9``), and
unless ``translate.threads`` is given it uses ``cores // running jobs`` threads. The
torch backend looks again every few seconds, so a job that started alone gives cores
back when another starts; CTranslate2 fixes its workers when the model loads.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import IO

from ..config import TranslateConfig

log = logging.getLogger(__name__)

ENV_JOBS_DIR = "ZHBRIEF_JOBS_DIR"  # overrides the default folder (tests)
_slot: IO[bytes] | None = None
_RECHECK_S = 5.0  # how often a running job looks again at the others
_last: tuple[float, int] | None = None  # (when, threads) of the last look


def jobs_dir() -> Path:
    env = os.environ.get(ENV_JOBS_DIR)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("zhbrief")) / "jobs"


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity, or the CPU count)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def register_job() -> None:
    """Hold this process's lock file (once per process) so others count it."""
    global _slot
    if _slot is not None:
        return
    import fcntl

    folder = jobs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    slot = open(folder / f"{os.getpid()}.lock", "wb")  # noqa: SIM115 - held until exit
    try:
        fcntl.flock(slot, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        slot.close()
        raise
    _slot = slot


def running_jobs() -> int:
    """Processes holding a job lock now (this one included); stale files are removed."""
    import fcntl

    live = 0
    for path in jobs_dir().glob("*.lock"):
        try:
            with open(path, "rb") as f:
                try:
                    fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
                except BlockingIOError:
                    live += 1  # held by a running job
                    continue
                path.unlink(missing_ok=True)  # its process has ended
        except OSError:
            continue
    return max(1, live)


def cpu_threads(config: TranslateConfig) -> int:
    """Threads for a model on the CPU: ``translate.threads``, else all usable cores, or
    this process's share of them when ``translate.share_threads`` is on."""
    if config.share_threads:
        return fair_threads(config.threads)
    return config.threads or usable_cores()


def fair_threads(requested: int | None) -> int:
    """``requested`` if given, else this process's share of its cores."""
    if requested:
        return requested
    cores = usable_cores()
    try:
        register_job()
        jobs = running_jobs()
    except (OSError, ImportError) as e:  # no fcntl (Windows) or no writable cache folder
        log.debug("cannot count running zhbrief jobs (%s); using all %d cores", e, cores)
        return cores
    threads = max(1, cores // jobs)
    if jobs > 1:
        log.info("%d zhbrief jobs share %d cores: using %d thread(s)", jobs, cores, threads)
    return threads


def shared_threads() -> int:
    """``fair_threads(None)``, looked up again at most every few seconds: a job that
    started alone shrinks when another starts (and grows back when it ends)."""
    global _last
    now = time.monotonic()
    if _last is None or now - _last[0] >= _RECHECK_S:
        _last = (now, fair_threads(None))
    return _last[1]
