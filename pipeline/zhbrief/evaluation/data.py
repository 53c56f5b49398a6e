"""Reports as dataclasses: scores with signatures, segments, runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import UsageError

if TYPE_CHECKING:
    pass

METRICS = ("bleu", "chrf", "ter")
DEFAULT_METRICS = ("bleu", "chrf", "ter")
DEFAULT_BOOTSTRAP = 1000  # sacrebleu's default number of resamples
JSON_SCHEMA_VERSION = 1
DOWNLOAD_TIMEOUT_S = 30.0


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class ScoreOptions:
    """How to score. Defaults are sacrebleu's defaults."""

    metrics: tuple[str, ...] = DEFAULT_METRICS
    tokenize: str | None = None  # BLEU tokenizer; None = sacrebleu's default (13a)
    lowercase: bool = False  # BLEU and chrF; TER is case-insensitive by default
    chrf_word_order: int = 0  # 2 gives chrF++
    bootstrap: int = 0  # resamples for a 95 % interval; 0 = none

    def check(self) -> None:
        unknown = [m for m in self.metrics if m not in METRICS]
        if unknown or not self.metrics:
            raise UsageError(
                f"unknown metric(s) {', '.join(unknown) or '(none given)'}; "
                f"choose from {', '.join(METRICS)} (comma-separated)"
            )
        if self.chrf_word_order < 0:
            raise UsageError(f"--chrf-word-order must be >= 0, got {self.chrf_word_order}")
        if self.bootstrap == 1 or self.bootstrap < 0:
            raise UsageError(f"bootstrap resamples must be 0 (off) or >= 2, got {self.bootstrap}")
        if self.tokenize is not None:
            from sacrebleu.metrics.bleu import BLEU

            names = list(BLEU.TOKENIZERS)
            if self.tokenize not in names:
                raise UsageError(
                    f"unknown BLEU tokenizer {self.tokenize!r}; choose from {', '.join(names)}"
                )


@dataclass(frozen=True)
class EvalData:
    """Aligned segments: hypotheses (if any), reference streams, sources (if any)."""

    references: list[list[str]]  # one list per reference, each as long as the test set
    hypotheses: list[str] | None = None
    sources: list[str] | None = None
    inputs: dict[str, Any] = field(default_factory=dict)  # where each part came from

    @property
    def size(self) -> int:
        return len(self.references[0])


@dataclass(frozen=True)
class Confidence:
    """sacrebleu's bootstrap estimate: mean and half-width of the 95 % interval."""

    mean: float
    half_width: float
    resamples: int
    seed: str

    @property
    def low(self) -> float:
        return self.mean - self.half_width

    @property
    def high(self) -> float:
        return self.mean + self.half_width


@dataclass(frozen=True)
class MetricResult:
    metric: str  # "bleu", "chrf" or "ter"
    name: str  # sacrebleu's display name: "BLEU", "chrF2", "chrF2++", "TER"
    score: float
    signature: str
    details: dict[str, Any]  # BLEU: precisions, brevity_penalty, ratio, hyp_len, ref_len
    confidence: Confidence | None = None


@dataclass(frozen=True)
class WorstSegment:
    line: int  # 1-based line number in the test set
    chrf: float  # sentence-level chrF against all references
    hypothesis: str
    references: tuple[str, ...]
    source: str | None = None


@dataclass(frozen=True)
class RunInfo:
    """How the hypotheses were produced (end-to-end evaluation only)."""

    model_id: str
    revision: str | None
    config_hash: str
    config: dict[str, Any]
    segments: int
    target_tokens: int
    seconds: float  # translation time reported by the pipeline
    wall_seconds: float  # including model loading

    @property
    def segments_per_second(self) -> float:
        return self.segments / self.seconds if self.seconds > 0 else 0.0

    @property
    def tokens_per_second(self) -> float:
        return self.target_tokens / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class EvalReport:
    segments: int
    references: int
    metrics: tuple[MetricResult, ...]
    worst: tuple[WorstSegment, ...] = ()
    run: RunInfo | None = None
    inputs: dict[str, Any] = field(default_factory=dict)

    def metric(self, name: str) -> MetricResult:
        for result in self.metrics:
            if result.metric == name:
                return result
        raise KeyError(name)
