"""Evaluation: score translations with sacrebleu and report what a pipeline needs.

Scores are sacrebleu's own (``BLEU``, ``CHRF``, ``TER`` with default settings unless
options say otherwise), each carried with its signature. On top of that this package
loads line files, ``datasets`` files (jsonl/csv/parquet) and sacrebleu test sets,
checks that everything lines up, lists the worst segments by sentence chrF, adds
bootstrap confidence intervals and records the translation run (model, revision,
config hash, speed).

- ``data``: the report dataclasses
- ``loading``: line files, datasets files, test sets
- ``scoring``: sacrebleu metrics, intervals, worst segments
- ``translating``: end-to-end runs through the pipeline
- ``rendering``: text and JSON reports
"""

from .data import (
    Confidence,
    EvalData,
    EvalReport,
    MetricResult,
    RunInfo,
    ScoreOptions,
    WorstSegment,
)
from .loading import (
    check_aligned,
    limit,
    load_dataset_file,
    load_files,
    load_test_set,
    parse_metrics,
    read_lines,
    split_lines,
    with_hypotheses,
    write_lines,
)
from .rendering import render_json, render_text, report_to_dict
from .scoring import evaluate, score, sentence_chrf, worst_segments
from .translating import TranslationRun, translate_lines, translate_sources

__all__ = [
    "Confidence",
    "EvalData",
    "EvalReport",
    "MetricResult",
    "RunInfo",
    "ScoreOptions",
    "TranslationRun",
    "WorstSegment",
    "check_aligned",
    "evaluate",
    "limit",
    "load_dataset_file",
    "load_files",
    "load_test_set",
    "parse_metrics",
    "read_lines",
    "render_json",
    "render_text",
    "report_to_dict",
    "score",
    "sentence_chrf",
    "split_lines",
    "translate_lines",
    "translate_sources",
    "with_hypotheses",
    "worst_segments",
    "write_lines",
]
