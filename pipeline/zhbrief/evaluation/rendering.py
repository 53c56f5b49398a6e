"""Reports as text or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .data import JSON_SCHEMA_VERSION, Confidence, EvalReport, MetricResult, RunInfo, WorstSegment

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
