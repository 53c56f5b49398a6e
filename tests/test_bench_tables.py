"""The tables the quality benchmarks write for the docs (eval/bench_structure.py,
eval/wmt22_official.py): exact cells from given results, no benchmark run."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import bench_structure  # noqa: E402
import wmt22_official  # noqa: E402


def summary(variant: str, tp: int, found: int, gold: int) -> dict[str, Any]:
    return {
        "variant": variant,
        "precision": tp / found,
        "recall": tp / gold,
        "levels_ok": f"{tp}/{gold}",
        "titles_ok": "5/5",
        "body_in_order": 0.99876,
        "paragraphs_exact": "113/114",
        "header_leaks": 1,
        "page_number_leaks": 0,
    }


def test_structure_variant_table_is_what_the_script_prints() -> None:
    table = bench_structure.variant_table([summary("pdf-plain", 30, 32, 60)])
    assert table == {
        "columns": [
            "variant", "heading P", "heading R", "levels", "titles", "body chars in order",
            "paragraphs exact", "header / page-number leaks",
        ],
        "rows": [["pdf-plain", "0.938", "0.500", "30/60", "5/5", "99.88%", "113/114", "1 / 0"]],
        "align": ["l", "r", "r", "r", "r", "r", "r", "r"],
    }  # fmt: skip


def test_structure_overview_names_the_variants_and_leaves_pdf_plain_out() -> None:
    held = [summary("pdf", 60, 60, 60), summary("pdf-plain", 30, 30, 60)]
    dev = [summary("docx-bold", 47, 48, 48)]
    table = bench_structure.overview_table([("held-out", held), ("reports", dev)])
    assert table["rows"] == [
        ["held-out", "PDF", "1.000", "1.000", "99.88 %", "1 / 0"],
        ["reports", "DOCX, bold Normal", "0.979", "0.979", "99.88 %", "1 / 0"],
    ]


def test_structure_counts_and_extractors_sum_over_documents() -> None:
    rows = [
        {"variant": "pdf", "gold": 12, "paragraphs": 20, "pages": 3},
        {"variant": "pdf", "gold": 10, "paragraphs": 25, "pages": None},
        {"variant": "html", "gold": 99, "paragraphs": 99, "pages": None},
    ]
    assert bench_structure.counts(rows) == {
        "documents": 2, "headings": 22, "paragraphs": 45, "pages": 3,
    }  # fmt: skip
    page = {"tp": 9, "found": 10, "gold": 9, "body_in_order": 1.0}
    other = {"tp": 9, "found": 9, "gold": 10, "body_in_order": 0.5}
    got = bench_structure.extractor_summary(
        [{"trafilatura": page, "readability": other}, {"trafilatura": page, "readability": page}]
    )
    assert [(e["extractor"], e["precision"], e["recall"], e["body_in_order"]) for e in got] == [
        ("trafilatura", 18 / 20, 18 / 18, 1.0),
        ("readability", 18 / 19, 18 / 19, 0.75),
    ]


def test_wmt22_table_puts_the_official_row_above_ours() -> None:
    metrics = ["bleu-A", "bleu-B", "bleu-all", "chrf-A", "chrf-B", "chrf-all"]
    ours = {m: 10.0 + i for i, m in enumerate(metrics)}
    official = {("DLUT", m): 10.00004 + i for i, m in enumerate(metrics)}
    table = wmt22_official.comparison_table(official, {"DLUT": ours})
    assert table == {
        "columns": ["system", *metrics],
        "rows": [
            ["DLUT (official)", "10.0000", "11.0000", "12.0000", "13.0000", "14.0000", "15.0000"],
            ["DLUT (ours)", "10.0000", "11.0000", "12.0000", "13.0000", "14.0000", "15.0000"],
        ],
    }
