"""Render stage: exact Markdown for a hand-made document, JSON schema, HTML escaping."""

from __future__ import annotations

import json

from zhbrief.document import (
    Document,
    Flag,
    Heading,
    MetaItem,
    Paragraph,
    Provenance,
    Section,
    Sentence,
    SourceInfo,
)
from zhbrief.pipeline import add_figures
from zhbrief.render import doc_title, render


def _doc() -> Document:
    text = "一、概况\n出口增长40.1%。今天天气好。\n责任编辑：李昂"
    s0 = Sentence("出口增长40.1%。", 5, 15, en="Exports grew 40.1%.", index=0)
    s0.in_summary = s0.key_point = True
    s1 = Sentence("今天天气好。", 15, 21, en="Nice <weather>.", index=1)
    s1.flags = [Flag("degenerate", "too short")]
    doc = Document(
        text=text,
        metadata=[MetaItem("李昂", 22, 29, en="Li Ang", key="editor", label="责任编辑：")],
        sections=[Section(Heading("一、概况", 0, 4, en="I. Overview"), [Paragraph([s0, s1])])],
        source=SourceInfo(name="in/report.txt", encoding="gb18030", chars=len(text)),
        provenance=Provenance(
            model="m",
            revision="0123456789abc",
            backend="ctranslate2",
            precision="int8",
            num_beams=4,
            scope="summary",
            made="2026-11-26",
        ),
    )
    return add_figures(doc)


def test_brief_markdown_exact() -> None:
    assert render(_doc(), "brief") == (
        "# Brief: report.txt\n\n"
        "*Source: in/report.txt, 29 characters (gb18030), 1 section, 2 sentences. "
        "Editor: Li Ang. Translated by m (rev 0123456, ctranslate2 int8, 4 beams), "
        "brief made 2026-11-26. Coverage: 2/2 sentences translated (summary only; --full "
        "translates all); 0 split for length; 1 flagged.*\n\n"
        "## Key points\n\n- Exports grew 40.1%.\n\n"
        "## Key figures\n\n| figure | what it measures | section |\n|---|---|---|\n"
        "| up 40.1% | Exports | 1 |\n\n"
        "## 1. I. Overview\n\n- Exports grew 40.1%.\n\n---\n\n"
        "*Checks: 2 sentences translated, 0 retried, 1 flagged (degenerate).*\n"
    )


def test_translation_markdown_keeps_sections_and_paragraphs() -> None:
    assert render(_doc(), "translation") == (
        "# Translation: report.txt\n\n*Editor: Li Ang*\n\n## 1. I. Overview\n\n"
        "Exports grew 40.1%. Nice <weather>.\n"
    )


def test_json_schema_and_coverage() -> None:
    data = json.loads(render(_doc(), "brief", "json"))
    assert data["view"] == "brief"
    assert data["coverage"] == {
        "sentences": 2,
        "translated": 2,
        "split": 0,
        "retried": 0,
        "flagged": 1,
    }
    assert data["key_points"] == [0]
    section = data["sections"][0]
    assert section["title"] == {
        "zh": "一、概况",
        "en": "I. Overview",
        "start": 0,
        "end": 4,
        "level": 1,
    }
    assert section["paragraphs"][0]["sentences"][1]["flags"][0]["kind"] == "degenerate"


def test_html_escapes_and_is_bilingual() -> None:
    out = render(_doc(), "brief", "html", full=True)
    assert "Nice &lt;weather&gt;." in out and "<weather>" not in out
    assert out.count('<td class="zh" lang="zh">') == 2


def test_untitled_stdin_document() -> None:
    doc = Document(text="", source=SourceInfo(name="<stdin>"))
    assert doc_title(doc) == "Brief"
