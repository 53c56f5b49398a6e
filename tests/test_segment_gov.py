"""The segmenter on real structured documents: the State Council's Government Work
Reports 2013-2017 (one paragraph per line, some lines broken by removed links). It must
find exactly the gold section and subsection headings, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_segment import assert_lossless

from zhbrief.document import Document
from zhbrief.segmentation import segment

GOV = Path(__file__).parent / "data" / "gov-work-reports"
YEARS = [2013, 2014, 2015, 2016, 2017]


def gold_headings(year: int) -> list[str]:
    lines = (GOV / f"gwr_{year}.headings.txt").read_text(encoding="utf-8").split("\n")
    return [ln for ln in lines if ln.strip()]


@pytest.fixture(scope="module", params=YEARS)
def report(request: pytest.FixtureRequest) -> tuple[int, Document]:
    year = request.param
    doc = segment((GOV / f"gwr_{year}.zh.txt").read_text(encoding="utf-8"))
    return year, doc


def test_lossless(report: tuple[int, Document]) -> None:
    _, doc = report
    assert_lossless(doc)
    assert doc.provenance.segment_fallback is None


def test_headings_match_gold_exactly(report: tuple[int, Document]) -> None:
    year, doc = report
    gold = gold_headings(year)
    found = [h.zh for h in doc.headings()]
    assert found == gold  # same set, in document order, none twice


def test_heading_levels(report: tuple[int, Document]) -> None:
    _, doc = report
    for h in doc.headings():
        assert h.level == (2 if h.zh.startswith("（") else 1), h.zh


def test_salutation_is_body_not_heading(report: tuple[int, Document]) -> None:
    _, doc = report
    assert all("各位代表" not in h.zh for h in doc.headings())
    salutations = [s for s in doc.sentences() if s.zh.rstrip("\u200d").endswith("各位代表：")]
    assert salutations, "the opening 各位代表： should be a body sentence"
    assert doc.metadata == []


def test_every_section_has_text(report: tuple[int, Document]) -> None:
    _, doc = report
    top = [s for s in doc.sections if s.heading is None or s.heading.level == 1]
    assert all(any(True for _ in s.sentences()) for s in top)
    assert sum(1 for _ in doc.sentences()) > 300
