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


@dataclass(frozen=True)
class BatchOptions:
    out_dir: Path
    formats: tuple[Format, ...] = ("md",)
    full: bool = False
    force: bool = False
    progress: bool = False
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


@dataclass
class BatchSummary:
    done: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    sentences: int = 0  # spans translated (from the model or the memory)
    cache_hits: int = 0
    cache_misses: int = 0  # distinct sentences the model translated
    model_loaded: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)
    manifest: Path | None = None

    def text(self, max_failures: int = 10) -> str:
        """The short report printed on stderr."""
        lookups = self.cache_hits + self.cache_misses
        share = f" ({self.cache_hits / lookups:.0%})" if lookups else ""
        lines = [
            f"batch: {self.done} done, {self.skipped} skipped, {self.failed} failed in "
            f"{_duration(self.seconds)}; {self.sentences:,} sentences, translation memory "
            f"{self.cache_hits:,} hits{share}, {self.cache_misses:,} translated"
        ]
        for key, reason in self.failures[:max_failures]:
            named = reason if reason.startswith(f"{key}:") else f"{key}: {reason}"
            lines.append(f"  failed: {named}")
        if len(self.failures) > max_failures:
            lines.append(f"  ... and {len(self.failures) - max_failures} more")
        if self.manifest is not None:
            lines.append(f"manifest: {self.manifest}")
        return "\n".join(lines)


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}m{secs:02d}s" if minutes < 60 else f"{minutes // 60}h{minutes % 60:02d}m"
