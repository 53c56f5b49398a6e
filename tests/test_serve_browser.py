"""The web page in a real browser: Debian's Chromium, headless, driven by Playwright.

A uvicorn server with the tiny model runs on 127.0.0.1 on a free port in a thread.
Nothing is downloaded: Playwright is pointed at the system Chromium. In CI (``CI``
set) a missing browser or Playwright fails these tests instead of skipping them.

Waits go through locators and ``expect`` (which retry in Python), never
``wait_for_function`` with a string: the page's CSP forbids eval, so a string check
that is not already true on its first try fails on a loaded machine.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serving import running_server

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture(scope="module")
def server(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(tiny_model_dir, tmp_path_factory.mktemp("serve-browser")) as url:
        yield url


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    outside: list[str] = []
    pg.on(
        "request",
        lambda r: outside.append(r.url) if not r.url.startswith((server, "blob:")) else None,
    )
    pg.goto(server + "/")
    yield pg
    assert dialogs == [], "a script ran from user text"
    assert outside == [], "the page fetched from another host"
    context.close()


def _expect() -> Any:
    from playwright.sync_api import expect

    return expect


# A brief of the seed article takes seconds alone and much longer on a loaded machine
BRIEF_TIMEOUT_MS = 180_000


def _wait_for_brief(page: Any) -> None:
    _expect()(page.locator("#status-text")).to_have_text("Done.", timeout=BRIEF_TIMEOUT_MS)
    _expect()(page.locator("#sections .section").first).to_be_visible()


def test_paste_seed_article_shows_bilingual_brief(
    page: Any, seed_text: str, tmp_path: Path
) -> None:
    page.get_by_label("Chinese text").fill(seed_text)
    page.get_by_role("button", name="Make the brief").click()
    _wait_for_brief(page)
    pairs = page.locator("#sections .pair")
    assert pairs.count() > 0
    for i in range(min(pairs.count(), 5)):
        zh = pairs.nth(i).locator("p[lang=zh]").inner_text()
        en = pairs.nth(i).locator("p[lang=en]").inner_text()
        assert zh.strip() and en.strip() and zh in seed_text.replace("\n", "")
    figures = page.locator("#key-figures tbody tr")
    assert figures.count() > 0
    assert any("%" in figures.nth(i).inner_text() for i in range(figures.count()))
    # What a figure measures: English first, its Chinese phrase as a second line
    label = figures.nth(0).locator("td").nth(1)
    assert label.locator("span[lang=en]").count() == 1
    assert label.locator("small[lang=zh]").inner_text().strip()
    assert page.locator("#key-points li").count() > 0
    assert page.locator("#checks").inner_text().startswith("Checks: ")
    page.screenshot(path=str(tmp_path / "brief.png"), full_page=True)
    assert (tmp_path / "brief.png").stat().st_size > 10_000

    with page.expect_download() as info:
        page.get_by_role("button", name="Download JSON").click()
    download = info.value
    assert download.suggested_filename == "brief.json"
    data = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert data["view"] == "brief" and data["key_figures"]
    shown = [
        s["zh"]
        for sec in data["sections"]
        for p in sec["paragraphs"]
        for s in p["sentences"]
        if s["en"] is not None
    ]
    assert shown[0] == pairs.nth(0).locator("p[lang=zh]").inner_text()


def test_upload_a_file(page: Any, seed_text: str, tmp_path: Path) -> None:
    article = tmp_path / "出口报告.txt"
    article.write_bytes(seed_text.encode("gb18030"))
    page.set_input_files("#file", str(article))
    assert "出口报告.txt" in page.locator("#file-name").inner_text()
    page.get_by_role("button", name="Make the brief").click()
    _wait_for_brief(page)
    assert "出口报告.txt" in page.locator("#provenance").inner_text()
    assert "gb18030" in page.locator("#provenance").inner_text().lower()
    # The Word download is the same brief, made as a .docx from the same upload
    with page.expect_download() as info:
        page.get_by_role("button", name="Download Word").click()
    download = info.value
    assert download.suggested_filename == "brief.docx"
    import docx

    made = docx.Document(download.path())
    assert made.paragraphs[0].style.name == "Title"
    assert made.paragraphs[-1].text.startswith("Checks: ")


def test_upload_a_pdf(page: Any, tmp_path: Path) -> None:
    from doc_fixtures import Spec, render_pdf

    spec = Spec(
        title="出口报告",
        items=[
            ("h1", "一、总体情况"),
            ("p", "2021年，跨境电商进出口规模约1.92万亿元，同比增长18.6%。出口继续增长。"),
            ("h1", "二、下一步工作"),
            ("p", "我们将继续支持中小企业开拓国际市场。数字平台帮助农民。"),
        ],
    )
    report = tmp_path / "report.pdf"
    report.write_bytes(render_pdf(spec))
    page.set_input_files("#file", str(report))
    page.get_by_role("button", name="Make the brief").click()
    _wait_for_brief(page)
    assert page.locator("#brief-title-zh").inner_text() == "出口报告"
    headings = page.locator("#sections h4 .zh").all_inner_texts()
    assert any("总体情况" in h for h in headings)
    assert any("%" in row for row in page.locator("#key-figures tbody tr").all_inner_texts())


def test_user_text_is_never_markup(page: Any) -> None:
    evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    page.get_by_label("Chinese text").fill(f"中国的出口{evil}增长了百分之十。第二句话{evil}。")
    page.get_by_role("button", name="Make the brief").click()
    _wait_for_brief(page)
    assert page.locator("#result img, #result script").count() == 0
    assert "<img" in page.locator("#sections").inner_text()  # shown as text


def test_errors_are_shown_and_phone_layout_fits(page: Any, browser: Any, server: str) -> None:
    page.get_by_role("button", name="Make the brief").click()
    assert "Paste some Chinese text" in page.locator("#error").inner_text()
    page.get_by_label("Chinese text").fill("only English")
    page.get_by_role("button", name="Make the brief").click()
    _expect()(page.locator("#error")).to_contain_text("no Chinese", timeout=BRIEF_TIMEOUT_MS)

    phone = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    small = phone.new_page()
    small.goto(server + "/")
    small.get_by_label("Chinese text").fill("第一部分\n\n中国经济增长了百分之五。出口增加。")
    small.get_by_role("button", name="Make the brief").click()
    _wait_for_brief(small)
    width = small.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
    phone.close()


def test_a_chosen_file_is_shown_and_can_be_removed(
    page: Any, seed_text: str, tmp_path: Path
) -> None:
    article = tmp_path / "报告.txt"
    article.write_text("第一部分\n\n文件里的句子。", encoding="utf-8")
    page.get_by_label("Chinese text").fill(seed_text)
    page.set_input_files("#file", str(article))
    chosen = page.locator("#file-chosen")
    assert chosen.is_visible() and "报告.txt" in chosen.inner_text()
    assert "not the pasted text" in chosen.inner_text()
    page.get_by_role("button", name="Remove the file").click()
    assert chosen.is_hidden()
    assert page.locator("#file").input_value() == ""
    page.get_by_role("button", name="Make the brief").click()
    _wait_for_brief(page)
    assert "pasted text" in page.locator("#provenance").inner_text()  # the text was used


def test_translate_only_mode(page: Any) -> None:
    text = "第一部分\n\n中国经济增长了百分之五。出口增加。进口也增加了。"
    page.get_by_label("Chinese text").fill(text)
    page.get_by_label("Only a translation of the whole text").check()
    page.get_by_role("button", name="Make the brief").click()
    _wait_for_brief(page)
    zh = page.locator("#sections .pair p[lang=zh]").all_inner_texts()
    assert zh == ["中国经济增长了百分之五。", "出口增加。", "进口也增加了。"]
    assert page.locator("#key-points-section").is_hidden()


def test_flags_are_numbered_visible_and_explained(page: Any, seed_text: str) -> None:
    page.get_by_label("Chinese text").fill(seed_text)
    page.get_by_label("A brief and the whole text translated").check()
    page.get_by_role("button", name="Make the brief").click()
    _wait_for_brief(page)
    assert page.locator("#legend").is_visible()
    assert "Highlighted" in page.locator("#legend").inner_text()
    numbers = page.locator("#sections .pair p[lang=zh]")
    first = numbers.nth(0).get_attribute("data-n")
    assert first is not None and first.isdigit()
    drawn = page.evaluate(
        "() => getComputedStyle(document.querySelector('#sections .pair .zh'), '::before').content"
    )
    assert drawn == f'"{first}"'  # the number is on screen
    links = page.locator("#flags li a")
    assert links.count() > 0  # the tiny model's noise always trips the number check
    for i in range(min(links.count(), 5)):
        label = links.nth(i).inner_text()
        n = re.fullmatch(r"Sentence (\d+)", label)
        assert n is not None
        row = page.locator(f"#sentence-{n.group(1)}")
        assert row.locator("p[lang=zh]").get_attribute("data-n") == n.group(1)
        reason = row.locator(".flag-reason").first
        assert reason.is_visible() and reason.inner_text().startswith("Check: ")
