"""What a batch run is given and what it reports: inputs, options, summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CacheError, ModelLoadError, UsageError
from ..render import Format, View

DEFAULT_GLOBS = ("*.txt", "*.md", "*.pdf", "*.docx", "*.html", "*.htm")
FORMATS: tuple[Format, ...] = ("md", "json", "html")
MANIFEST_NAME = "manifest.jsonl"
# (view, file tag): out/<base>.brief.<fmt> and out/<base>.en.<fmt>
VIEWS: tuple[tuple[View, str], ...] = (("brief", "brief"), ("translation", "en"))
DATASET_BUILDERS = {".jsonl": "json", ".json": "json", ".csv": "csv", ".parquet": "parquet"}
# Errors that no other input can escape: stop the batch instead of failing every input
FATAL: tuple[type[BaseException], ...] = (UsageError, ModelLoadError, CacheError)


@dataclass(frozen=True)
class InputItem:
    """One input file: ``key`` names it in the manifest, ``base`` its outputs."""

    key: str  # path relative to the inputs' common folder, POSIX separators
    path: Path
    base: str  # output path relative to the output folder, without view and format
    ignored: str | None = None  # why a match is not read (a folder, a broken link)


@dataclass(frozen=True)
class BatchOptions:
    out_dir: Path
    formats: tuple[Format, ...] = ("md",)
    full: bool = False
    force: bool = False
    progress: bool = False  # bars on stderr (a terminal)
    status_every: float | None = None  # else a status line every so many seconds
    chunk_docs: int = 32
    chunk_sentences: int = 2000

    def check(self) -> None:
        if not self.formats:
            raise UsageError("give at least one output format (--format md,json,html)")
        bad = [f for f in self.formats if f not in FORMATS]
        if bad:
            raise UsageError(
                f"unknown output format {', '.join(map(repr, bad))}; choose from "
                f"{', '.join(FORMATS)} (comma-separated)"
            )
        if self.chunk_docs < 1 or self.chunk_sentences < 1:
            raise UsageError("chunk sizes must be positive")


@dataclass(frozen=True)
class RayOptions:
    """Where and how wide the Ray executor runs."""

    address: str | None = None  # None: a local cluster for the run; "auto"; "HOST:PORT"
    workers: int | None = None  # model actors; None: as many as fit
    cpus_per_worker: float = 1.0  # also the translator's threads (rounded up)
    gpus_per_worker: float = 0.0
    retries: int = 2  # times a chunk is retried after its actor died
    num_cpus: int | None = None  # CPUs of a local cluster started here; None: all
    connect_timeout_s: float = 10.0  # an address that does not answer by then: an error
    quiet: bool = False  # -q: Ray's own log lines off stderr too

    def check(self) -> None:
        check_address(self.address)
        if self.connect_timeout_s <= 0:
            raise UsageError(f"connect_timeout_s must be positive, got {self.connect_timeout_s}")
        if self.workers is not None and self.workers < 1:
            raise UsageError(f"--workers must be at least 1, got {self.workers}")
        if self.cpus_per_worker <= 0:
            raise UsageError(f"--cpus-per-worker must be positive, got {self.cpus_per_worker}")
        if self.gpus_per_worker < 0:
            raise UsageError(f"--gpus-per-worker must be >= 0, got {self.gpus_per_worker}")
        if self.retries < 0:
            raise UsageError(f"retries must be >= 0, got {self.retries}")


def check_address(address: str | None, what: str = "--address") -> None:
    """Refuse the Ray Client form (``ray://``) and anything else with a scheme."""
    if address and "://" in address:
        raise UsageError(
            f"{what} {address}: Ray Client addresses (ray://) are not supported; run "
            "zhbrief batch on a node of the cluster with --address auto (or HOST:6379, "
            "the head's GCS port), or submit it with `ray job submit -- zhbrief batch ...`."
        )


@dataclass
class BatchSummary:
    """What a batch did; ``text()`` is the report printed on stderr.

    The counters add up: every input found is done, skipped (unchanged since a
    finished run), failed, ignored (not a file) or, after a stop, not reached; every
    text sent for translation (the ``sentences`` segments of the documents
    translated, plus ``retried`` degenerate ones sent again with safer decoding) was
    answered either by the translation memory (``from_memory``) or by the model
    (``by_model``).
    """

    done: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    # Segments (title, metadata, headings, sentences) of the inputs translated: the done
    # ones and any whose outputs could then not be written
    sentences: int = 0
    retried: int = 0  # of those, degenerate output translated again with safer decoding
    from_memory: int = 0  # texts (segments + retries) the translation memory answered
    by_model: int = 0  # texts the model translated
    cache_hits: int = 0  # translation memory lookups answered, all attempts included
    cache_misses: int = 0  # distinct texts the model translated, all attempts included
    model_loaded: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)
    stopped: str | None = None  # why the batch stopped before the end (disk full)
    not_reached: int = 0  # inputs left when it stopped
    manifest: Path | None = None

    def text(self, max_failures: int = 10) -> str:
        """The short report printed on stderr."""
        texts = self.from_memory + self.by_model
        share = f" ({self.from_memory / texts:.0%})" if texts else ""
        ignored = f", {len(self.ignored)} ignored" if self.ignored else ""
        if self.stopped is not None:
            ignored += f", {self.not_reached} not reached"
        lines = [
            f"batch: {self.done} done, {self.skipped} skipped, {self.failed} failed{ignored} "
            f"in {_duration(self.seconds)}; {self.sentences:,} segments + {self.retried:,} "
            f"retried = {texts:,} texts: {self.from_memory:,} from the translation "
            f"memory{share}, {self.by_model:,} by the model"
        ]
        for key, reason in self.failures[:max_failures]:
            named = reason if reason.startswith(f"{key}:") else f"{key}: {reason}"
            if reason == self.stopped:
                named = f"{key}: its outputs did not fit (see stopped:)"
            lines.append(f"  failed: {named}")
        if len(self.failures) > max_failures:
            lines.append(f"  ... and {len(self.failures) - max_failures} more")
        for key, reason in self.ignored[:max_failures]:
            lines.append(f"  ignored: {key}: {reason}")
        if len(self.ignored) > max_failures:
            lines.append(f"  ... and {len(self.ignored) - max_failures} more ignored")
        if self.stopped is not None:
            lines.append(f"stopped: {self.stopped}")
        if self.manifest is not None:
            lines.append(f"manifest: {self.manifest}")
        return "\n".join(lines)


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}m{secs:02d}s" if minutes < 60 else f"{minutes // 60}h{minutes % 60:02d}m"
