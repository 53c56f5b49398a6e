"""Scoring with sacrebleu: BLEU, chrF, TER with signatures, bootstrap intervals, worst segments."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import EvaluationError, UsageError
from .data import (
    Confidence,
    EvalData,
    EvalReport,
    MetricResult,
    RunInfo,
    ScoreOptions,
    WorstSegment,
)
from .loading import check_aligned

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
