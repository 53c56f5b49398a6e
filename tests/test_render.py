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
from zhbrief.pipeline import add_figures, find_figures
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
    find_figures(doc)
    doc.key_figures[0].label.en = "Exports"  # as the translate stage leaves it
    return add_figures(doc)


def test_brief_markdown_exact() -> None:
    assert render(_doc(), "brief") == (
        "# I. Overview\n\n"
        "*Source: in/report.txt, 29 characters (gb18030), 1 section, 2 sentences. "
        "Editor: Li Ang. Translated by m (rev 0123456, ctranslate2 int8, 4 beams), "
        "brief made 2026-11-26. Coverage: 2/2 sentences translated (summary only; --full "
        "translates all); 0 split for length; 1 flagged.*\n\n"
        "## Key points\n\n- Exports grew 40.1%.\n\n"
        "## Key figures\n\n| figure | what it measures | section |\n|---|---|---|\n"
        "| up 40.1% | Exports<br><sub>出口</sub> | 1 |\n\n"
        "## 1. I. Overview\n\n- Exports grew 40.1%.\n\n---\n\n"
        "*Checks: 2 sentences translated, 0 retried, 1 flagged (degenerate).*\n"
    )


def test_translation_markdown_keeps_sections_and_paragraphs() -> None:
    assert render(_doc(), "translation") == (
        "# I. Overview\n\n*Editor: Li Ang*\n\n## 1. I. Overview\n\n"
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
        "repaired": 0,
    }
    assert data["key_points"] == [0]
    section = data["sections"][0]
    assert section["title"] == {
        "zh": "一、概况",
        "en": "I. Overview",
        "start": 0,
        "end": 4,
        "level": 1,
        "guessed": False,
    }
    assert section["paragraphs"][0]["sentences"][1]["flags"][0]["kind"] == "degenerate"


def test_html_escapes_and_is_bilingual() -> None:
    out = render(_doc(), "brief", "html", full=True)
    assert "Nice &lt;weather&gt;." in out and "<weather>" not in out
    assert out.count('<td class="zh" lang="zh">') == 2


def test_untitled_stdin_document() -> None:
    doc = Document(text="", source=SourceInfo(name="<stdin>"))
    assert doc_title(doc) == "Brief"


def test_html_key_figure_label_is_english_with_the_chinese_as_tooltip() -> None:
    out = render(_doc(), "brief", "html")
    assert '<td title="出口">Exports<br><small class="zh" lang="zh">出口</small></td>' in out
    doc = _doc()
    doc.key_figures[0].label.en = None  # not translated: the Chinese alone, marked as such
    assert '<td lang="zh">出口</td>' in render(doc, "brief", "html")
    assert "| up 40.1% | 出口 | 1 |" in render(doc, "brief")


def test_untitled_document_is_named_after_its_top_key_point() -> None:
    text = "2021年，阿里国际站推出纾困十条，帮助中小商家。天气很好。"
    s0 = Sentence("2021年，阿里国际站推出纾困十条，帮助中小商家。", 0, 24, index=0)
    s0.key_point = True
    s1 = Sentence("天气很好。", 24, 29, index=1)
    doc = Document(
        text=text,
        sections=[Section(None, [Paragraph([s0, s1])])],
        source=SourceInfo(name="in/report.txt"),
    )
    find_figures(doc)
    assert doc.topic is not None
    assert (doc.topic.zh, doc.topic.start, doc.topic.end) == ("阿里国际站推出纾困十条", 6, 17)
    assert text[doc.topic.start : doc.topic.end] == doc.topic.zh
    assert doc_title(doc) == "阿里国际站推出纾困十条"  # not translated yet
    doc.topic.en = "alibaba.com launched ten relief measures."
    assert doc_title(doc) == "Alibaba.com launched ten relief measures"
    assert json.loads(render(doc, "brief", "json"))["topic"]["en"] == doc.topic.en
    assert render(doc, "brief").startswith("# Alibaba.com launched ten relief measures\n")
    # a document that opens with a heading is named after it; a titled one keeps its title
    assert doc_title(_doc()) == "I. Overview"
    assert _doc().topic is None
