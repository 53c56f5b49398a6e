"""Evaluation: score translations with sacrebleu and report what a pipeline needs.

Scores are sacrebleu's own (``BLEU``, ``CHRF``, ``TER`` with default settings unless
options say otherwise), each carried with its signature. On top of that this module
loads line files, ``datasets`` files (jsonl/csv/parquet) and sacrebleu test sets,
checks that everything lines up, lists the worst segments by sentence chrF, adds
bootstrap confidence intervals and records the translation run (model, revision,
config hash, speed). Reports are dataclasses; ``render_text`` and ``render_json``
turn them into output.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EvaluationError, InputError, UsageError

if TYPE_CHECKING:
    from .config import Config

METRICS = ("bleu", "chrf", "ter")
DEFAULT_METRICS = ("bleu", "chrf", "ter")
DEFAULT_BOOTSTRAP = 1000  # sacrebleu's default number of resamples
JSON_SCHEMA_VERSION = 1
_DOWNLOAD_TIMEOUT_S = 30.0


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


# --------------------------------------------------------------------------- loading


def parse_metrics(text: str) -> tuple[str, ...]:
    """``"bleu, chrF"`` -> ``("bleu", "chrf")``; order kept, duplicates dropped."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    return tuple(dict.fromkeys(names))


def split_lines(text: str) -> list[str]:
    """Lines as sacrebleu's CLI reads them: split at ``\\n``, trailing whitespace dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline ends the last line, it does not start a new one
    return [line.rstrip() for line in lines]


def read_lines(path: str) -> list[str]:
    """Read a UTF-8 file (``-`` = stdin) as segments, one per line."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        name = path
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file; check the path") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a directory; give a text file") from None
        except OSError as e:
            raise InputError(f"{path}: cannot read it ({e.strerror or e})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {e.start}); convert it first, "
            "for example `iconv -f GB18030 -t UTF-8`"
        ) from None
    lines = split_lines(text)
    if not lines:
        raise InputError(f"{name}: the file is empty; it must hold one segment per line")
    return lines


def write_lines(path: str, lines: Sequence[str]) -> None:
    text = "".join(f"{line}\n" for line in lines)
    if path == "-":
        sys.stdout.write(text)
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot write the hypotheses ({e.strerror or e})") from None


def check_aligned(streams: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Every stream must hold the same number of segments as the first."""
    first_name, first = streams[0]
    for name, lines in streams[1:]:
        if len(lines) != len(first):
            raise EvaluationError(
                f"line counts differ: {first_name} has {len(first)} lines, "
                f"{name} has {len(lines)}; segments must be line-aligned, one per line"
            )


def load_files(hyp: str | None, refs: Sequence[str], src: str | None = None) -> EvalData:
    """Line-aligned hypothesis, reference and source files."""
    if not refs:
        raise UsageError("give at least one reference file with --ref")
    references = [read_lines(path) for path in refs]
    hypotheses = read_lines(hyp) if hyp else None
    sources = read_lines(src) if src else None
    streams = [(f"reference {path}", lines) for path, lines in zip(refs, references, strict=True)]
    if hyp and hypotheses is not None:
        streams.insert(0, (f"hypothesis {hyp}", hypotheses))
    if src and sources is not None:
        streams.append((f"source {src}", sources))
    check_aligned(streams)
    inputs = {"hypotheses": hyp, "references": list(refs), "sources": src}
    return EvalData(references, hypotheses, sources, inputs)


_DATASET_BUILDERS = {
    ".jsonl": "json",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
}


def _dataset_builder(path: str) -> str:
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] in (".gz", ".bz2", ".xz", ".zst"):
        suffixes.pop()
    builder = _DATASET_BUILDERS.get(suffixes[-1]) if suffixes else None
    if builder is None:
        raise UsageError(
            f"{path}: cannot tell the dataset format from the file name; "
            "use a .jsonl, .json, .csv, .tsv or .parquet file"
        )
    return builder


def _dataset_columns(path: str, builder: str) -> dict[str, list[Any]]:
    """Load a local file with ``datasets`` (offline, cache in a temporary folder)."""
    import tempfile

    if not Path(path).is_file():
        raise InputError(f"{path}: no such file; check the --dataset path")
    kwargs: dict[str, Any] = {}
    if ".tsv" in Path(path).suffixes:
        kwargs = {"delimiter": "\t", "quoting": 3}  # csv.QUOTE_NONE: quotes are text in TSV
    import datasets

    bars = datasets.is_progress_bar_enabled()
    datasets.disable_progress_bars()  # stderr is for our messages, not "Generating split"
    try:
        with tempfile.TemporaryDirectory(prefix="zhbrief-ds-") as cache:
            ds = datasets.load_dataset(
                builder, data_files=path, split="train", cache_dir=cache, **kwargs
            )
            return {name: list(ds[name]) for name in ds.column_names}
    except Exception as e:  # datasets wraps parser errors in many types
        raise InputError(f"{path}: cannot read it as {builder}: {e}") from None
    finally:
        if bars:
            datasets.enable_progress_bars()


def _dataset_field(path: str, columns: dict[str, list[Any]], name: str) -> list[str]:
    if name not in columns:
        raise EvaluationError(
            f"{path}: no field {name!r}; the dataset has {', '.join(columns) or 'no fields'}. "
            "Name the right ones with --src-field/--ref-field/--hyp-field"
        )
    values = []
    for row, value in enumerate(columns[name], 1):
        if value is None:
            raise EvaluationError(f"{path}: row {row} has no value for field {name!r}")
        values.append(str(value).rstrip())
    return values


def load_dataset_file(
    path: str,
    src_field: str | None,
    ref_fields: Sequence[str],
    hyp_field: str | None = None,
) -> EvalData:
    """Sources, references (and hypotheses) from columns of a jsonl/csv/parquet file."""
    if not ref_fields:
        raise UsageError("give at least one reference field with --ref-field")
    columns = _dataset_columns(path, _dataset_builder(path))
    if not columns or not next(iter(columns.values())):
        raise InputError(f"{path}: the dataset is empty")
    references = [_dataset_field(path, columns, name) for name in ref_fields]
    sources = _dataset_field(path, columns, src_field) if src_field else None
    hypotheses = _dataset_field(path, columns, hyp_field) if hyp_field else None
    inputs = {
        "dataset": path,
        "src_field": src_field,
        "ref_fields": list(ref_fields),
        "hyp_field": hyp_field,
    }
    return EvalData(references, hypotheses, sources, inputs)


def _test_set_files(name: str, langpair: str) -> tuple[str, list[str]]:
    import socket

    import sacrebleu

    if name not in sacrebleu.DATASETS:
        raise UsageError(
            f"unknown sacrebleu test set {name!r}; `sacrebleu --list` shows them all "
            "(for example wmt22, wmt20, flores200)"
        )
    dataset: Any = sacrebleu.DATASETS[name]  # sacrebleu's dataset methods are untyped
    if langpair not in dataset.langpairs:
        pairs = ", ".join(sorted(dataset.langpairs))
        raise UsageError(f"test set {name} has no language pair {langpair!r}; it has {pairs}")
    old_timeout = socket.getdefaulttimeout()
    socket.setdefaulttimeout(_DOWNLOAD_TIMEOUT_S)  # sacrebleu's urlopen has no timeout
    try:
        return dataset.get_source_file(langpair), dataset.get_reference_files(langpair)
    except (Exception, SystemExit) as e:  # sacrebleu calls sys.exit on SSL/MD5 errors
        reason = str(e) or type(e).__name__
        if isinstance(e, SystemExit):
            reason = "sacrebleu stopped (its log above says why; delete a partial download)"
        raise EvaluationError(
            f"cannot get sacrebleu test set {name} ({langpair}): {reason}. "
            "It is downloaded on first use, which needs network access; fetch it once with "
            f"`sacrebleu -t {name} -l {langpair} --echo src` where the network allows and "
            "copy ~/.sacrebleu (or $SACREBLEU), or evaluate local files with --src/--ref"
        ) from None
    finally:
        socket.setdefaulttimeout(old_timeout)


def load_test_set(name: str, langpair: str = "zh-en") -> EvalData:
    """Source and references of a sacrebleu test set (downloaded on first use)."""
    src_file, ref_files = _test_set_files(name, langpair)
    sources = read_lines(src_file)
    references = [read_lines(path) for path in ref_files]
    streams = [(f"source {src_file}", sources)]
    streams += [
        (f"reference {path}", refs) for path, refs in zip(ref_files, references, strict=True)
    ]
    check_aligned(streams)
    inputs = {"test_set": name, "langpair": langpair, "references": ref_files}
    return EvalData(references, None, sources, inputs)


def limit(data: EvalData, n: int | None) -> EvalData:
    """The first ``n`` segments of every stream."""
    if n is None:
        return data
    if n <= 0:
        raise UsageError(f"--limit must be positive, got {n}")
    return replace(
        data,
        references=[refs[:n] for refs in data.references],
        hypotheses=data.hypotheses[:n] if data.hypotheses is not None else None,
        sources=data.sources[:n] if data.sources is not None else None,
    )


def with_hypotheses(data: EvalData, hypotheses: list[str], name: str) -> EvalData:
    """Attach hypotheses (from a file or a translation run) after checking alignment."""
    check_aligned([(f"hypothesis {name}", hypotheses), ("references", data.references[0])])
    return replace(data, hypotheses=hypotheses, inputs={**data.inputs, "hypotheses": name})


# --------------------------------------------------------------------------- scoring


def _metric(name: str, options: ScoreOptions) -> Any:
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    if name == "bleu":
        return BLEU(tokenize=options.tokenize, lowercase=options.lowercase)
    if name == "chrf":
        return CHRF(word_order=options.chrf_word_order, lowercase=options.lowercase)
    return TER()  # sacrebleu's default TER is already case-insensitive


def _details(name: str, score: Any) -> dict[str, Any]:
    if name == "bleu":
        return {
            "precisions": [float(p) for p in score.precisions],
            "brevity_penalty": float(score.bp),
            "ratio": float(score.ratio),
            "hyp_len": int(score.sys_len),
            "ref_len": int(score.ref_len),
        }
    if name == "chrf":
        return {
            "char_order": score.char_order,
            "word_order": score.word_order,
            "beta": score.beta,
        }
    return {"num_edits": int(score.num_edits), "ref_length": float(score.ref_length)}


def _transpose(references: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    return list(zip(*references, strict=True))


def _check_inputs(hypotheses: Sequence[str], references: Sequence[Sequence[str]]) -> None:
    if not references:
        raise EvaluationError("no references to score against")
    if not hypotheses:
        raise EvaluationError("no segments to score: the hypotheses are empty")
    streams = [("hypotheses", hypotheses)]
    streams += [(f"reference {i}", refs) for i, refs in enumerate(references, 1)]
    check_aligned(streams)


def score(
    hypotheses: Sequence[str],
    references: Sequence[Sequence[str]],
    options: ScoreOptions | None = None,
) -> tuple[MetricResult, ...]:
    """Corpus scores, one per metric; ``references`` holds one list per reference."""
    options = options or ScoreOptions()
    options.check()
    _check_inputs(hypotheses, references)
    results = []
    for name in options.metrics:
        metric = _metric(name, options)
        n_bootstrap = options.bootstrap if options.bootstrap > 1 else 1
        result = metric.corpus_score(list(hypotheses), [list(r) for r in references], n_bootstrap)
        confidence = None
        if options.bootstrap > 1:
            confidence = Confidence(
                float(result._mean), float(result._ci), options.bootstrap, str(metric.seed)
            )
        signature = metric.get_signature().format()
        details = _details(name, result)
        results.append(
            MetricResult(name, result.name, float(result.score), signature, details, confidence)
        )
    return tuple(results)


def sentence_chrf(
    hypotheses: Sequence[str],
    references: Sequence[Sequence[str]],
    options: ScoreOptions | None = None,
) -> list[float]:
    """Sentence-level chrF of every segment (best over its references)."""
    options = options or ScoreOptions()
    _check_inputs(hypotheses, references)
    metric = _metric("chrf", options)
    per_segment = _transpose(references)
    return [
        float(metric.sentence_score(hyp, list(refs)).score)
        for hyp, refs in zip(hypotheses, per_segment, strict=True)
    ]


def worst_segments(
    hypotheses: Sequence[str],
    references: Sequence[Sequence[str]],
    n: int,
    sources: Sequence[str] | None = None,
    options: ScoreOptions | None = None,
) -> tuple[WorstSegment, ...]:
    """The ``n`` segments with the lowest sentence chrF, lowest first (ties by line)."""
    if n <= 0:
        return ()
    scores = sentence_chrf(hypotheses, references, options)
    per_segment = _transpose(references)
    order = sorted(range(len(scores)), key=lambda i: (scores[i], i))[:n]
    return tuple(
        WorstSegment(
            line=i + 1,
            chrf=scores[i],
            hypothesis=hypotheses[i],
            references=per_segment[i],
            source=sources[i] if sources is not None else None,
        )
        for i in order
    )


def evaluate(
    data: EvalData,
    options: ScoreOptions | None = None,
    *,
    worst: int = 0,
    run: RunInfo | None = None,
) -> EvalReport:
    """Score ``data.hypotheses`` against ``data.references`` and build the report."""
    if data.hypotheses is None:
        raise UsageError("no hypotheses: give --hyp, or sources to translate")
    if worst < 0:
        raise UsageError(f"--worst must be >= 0, got {worst}")
    options = options or ScoreOptions()
    metrics = score(data.hypotheses, data.references, options)
    worst_list = worst_segments(data.hypotheses, data.references, worst, data.sources, options)
    return EvalReport(
        segments=len(data.hypotheses),
        references=len(data.references),
        metrics=metrics,
        worst=worst_list,
        run=run,
        inputs=dict(data.inputs),
    )


# --------------------------------------------------------------------------- translating


def _api_translate(lines: list[str], config: Config, progress: bool) -> Any:
    """The pipeline's translation entry point (imported late: it pulls in torch)."""
    from .api import translate_lines

    return translate_lines(lines, config, progress=progress)


Translate = Callable[[list[str], "Config", bool], Any]


def translate_sources(
    sources: list[str],
    config: Config,
    *,
    progress: bool = False,
    translate: Translate | None = None,
) -> tuple[list[str], RunInfo]:
    """Translate each source line to one English line and record the run."""
    translate = translate or _api_translate
    start = time.perf_counter()
    run = translate(sources, config, progress)
    wall = time.perf_counter() - start
    hypotheses = [" ".join(h.splitlines()) for h in run.hypotheses]  # keep one line each
    if len(hypotheses) != len(sources):
        raise EvaluationError(
            f"the pipeline returned {len(hypotheses)} translations for {len(sources)} "
            "source lines; line alignment is lost, so the run cannot be scored"
        )
    info = RunInfo(
        model_id=str(run.model_id),
        revision=run.revision,
        config_hash=config.digest(),
        config=config.to_dict(),
        segments=len(sources),
        target_tokens=int(run.target_tokens),
        seconds=float(run.seconds),
        wall_seconds=wall,
    )
    return hypotheses, info


# --------------------------------------------------------------------------- rendering


def _confidence_dict(c: Confidence | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "mean": c.mean,
        "half_width": c.half_width,
        "low": c.low,
        "high": c.high,
        "level": 0.95,
        "resamples": c.resamples,
        "seed": c.seed,
    }


def _run_dict(run: RunInfo | None) -> dict[str, Any] | None:
    if run is None:
        return None
    return {
        "model": run.model_id,
        "revision": run.revision,
        "config_hash": run.config_hash,
        "config": run.config,
        "segments": run.segments,
        "target_tokens": run.target_tokens,
        "seconds": run.seconds,
        "wall_seconds": run.wall_seconds,
        "segments_per_second": run.segments_per_second,
        "target_tokens_per_second": run.tokens_per_second,
    }


def report_to_dict(report: EvalReport) -> dict[str, Any]:
    """The stable JSON object (``schema`` is bumped when keys change)."""
    return {
        "schema": JSON_SCHEMA_VERSION,
        "segments": report.segments,
        "references": report.references,
        "metrics": {
            m.metric: {
                "name": m.name,
                "score": m.score,
                "signature": m.signature,
                **m.details,
                "confidence": _confidence_dict(m.confidence),
            }
            for m in report.metrics
        },
        "run": _run_dict(report.run),
        "worst": [
            {
                "line": w.line,
                "chrf": w.chrf,
                "source": w.source,
                "hypothesis": w.hypothesis,
                "references": list(w.references),
            }
            for w in report.worst
        ],
        "inputs": report.inputs,
    }


def render_json(report: EvalReport) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


def _metric_line(m: MetricResult) -> str:
    line = f"{m.name} = {m.score:.2f}"
    if m.metric == "bleu":
        d = m.details
        precisions = "/".join(f"{p:.1f}" for p in d["precisions"])
        line += (
            f" {precisions} (BP = {d['brevity_penalty']:.3f} ratio = {d['ratio']:.3f} "
            f"hyp_len = {d['hyp_len']} ref_len = {d['ref_len']})"
        )
    return line


def _metric_lines(m: MetricResult) -> list[str]:
    lines = [_metric_line(m), f"  signature: {m.signature}"]
    c = m.confidence
    if c is not None:
        lines.append(  # sacrebleu's own notation: bootstrap mean ± half the 95 % range
            f"  95% CI: μ = {c.mean:.2f} ± {c.half_width:.2f} "
            f"({c.low:.2f} to {c.high:.2f}; {c.resamples} bootstrap resamples)"
        )
    return lines


def _run_lines(run: RunInfo) -> list[str]:
    revision = run.revision or "default"
    return [
        f"model: {run.model_id} (revision {revision})",
        f"config: {run.config_hash}",
        f"time: {run.seconds:.1f} s translating, {run.wall_seconds:.1f} s with loading; "
        f"{run.segments_per_second:.2f} segments/s, "
        f"{run.tokens_per_second:.1f} target tokens/s ({run.target_tokens} tokens)",
    ]


def _worst_lines(worst: Sequence[WorstSegment]) -> list[str]:
    plural = "s" if len(worst) != 1 else ""
    lines = [f"{len(worst)} worst segment{plural} by sentence chrF:"]
    for w in worst:
        lines.append(f"  line {w.line}: chrF {w.chrf:.2f}")
        if w.source is not None:
            lines.append(f"    src: {w.source}")
        lines.append(f"    hyp: {w.hypothesis}")
        lines.extend(f"    ref: {ref}" for ref in w.references)
    return lines


def render_text(report: EvalReport) -> str:
    lines: list[str] = []
    for m in report.metrics:
        lines.extend(_metric_lines(m))
    lines.append(f"segments: {report.segments}, references: {report.references}")
    if report.run is not None:
        lines.extend(_run_lines(report.run))
    if report.worst:
        lines.append("")
        lines.extend(_worst_lines(report.worst))
    return "\n".join(lines) + "\n"
