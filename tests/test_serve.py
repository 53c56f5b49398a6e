"""The HTTP service through the ASGI test client, with the tiny MarianMT model.

Every endpoint, every error code, LibreTranslate's response shapes, the limits, API
keys, path traversal and script injection. The tiny model's English is noise, so tests
check shapes, invariants and codes, never wording.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from zhbrief.config import Config, load_config
from zhbrief.service import adapter
from zhbrief.service.app import create_app
from zhbrief.service.batching import Batcher, QueueFull, ShuttingDown
from zhbrief.service.limits import KeyStore, RateLimited, RateLimiter, hash_key, new_key
from zhbrief.translate import Translation

pytestmark = pytest.mark.slow

SEED_FIGURE = "%"  # the seed article states growth rates


def make_config(model: Path, tmp: Path, **serve: Any) -> Config:
    flags = {
        "translate.model": str(model),
        "translate.num_beams": 1,
        "cache.path": str(tmp / "memory.sqlite"),
    }
    flags.update({f"serve.{k}": v for k, v in serve.items()})
    return load_config(None, flags)


@pytest.fixture(scope="module")
def client(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    config = make_config(tiny_model_dir, tmp_path_factory.mktemp("serve"), req_limit=0)
    with TestClient(create_app(config)) as c:
        yield c


class Gate:
    """The real tiny-model translator behind a gate the test opens (to hold a batch)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.open = threading.Event()
        self.entered = threading.Event()
        self.model_id = inner.model_id
        self.revision = inner.revision

    @property
    def stats(self) -> Any:
        return self.inner.stats

    def settings(self) -> dict[str, Any]:
        return dict(self.inner.settings())

    def variant(self, **changes: Any) -> Any:
        return self.inner.variant(**changes)

    def translate(self, texts: list[str], *, on_progress: Any = None) -> list[Translation]:
        self.entered.set()
        assert self.open.wait(30)
        return list(self.inner.translate(texts, on_progress=on_progress))


# -- LibreTranslate -------------------------------------------------------------------


def test_translate_string_gives_translated_text(client: TestClient) -> None:
    r = client.post("/translate", json={"q": "中国经济增长了。", "source": "zh", "target": "en"})
    assert r.status_code == 200
    body = r.json()
    assert list(body) == ["translatedText"]
    assert isinstance(body["translatedText"], str) and body["translatedText"].strip()


def test_translate_list_keeps_order_and_length(client: TestClient) -> None:
    q = ["第一句话。", "第二句话。", "第三句话。"]
    r = client.post("/translate", json={"q": q, "source": "zh", "target": "en"})
    assert r.status_code == 200
    out = r.json()["translatedText"]
    assert isinstance(out, list) and len(out) == 3
    # Each element is what the same text alone gives (order kept, no mixing)
    singles = [
        client.post("/translate", json={"q": t, "source": "zh", "target": "en"}).json() for t in q
    ]
    assert out == [s["translatedText"] for s in singles]


def test_form_fields_are_read_like_json(client: TestClient) -> None:
    fields = {"q": "数字平台帮助农民。", "source": "zh-Hans", "target": "en"}
    as_json = client.post("/translate", json=fields).json()
    as_form = client.post("/translate", data=fields).json()
    as_multipart = client.post("/translate", data=fields, files={"x": ("x", b"")}).json()
    assert as_json == as_form == as_multipart


def test_lines_and_non_chinese_text_are_kept(client: TestClient) -> None:
    text = "第一行。\n\nISO 9001 ABC-123\n第二行。"
    out = client.post("/translate", json={"q": text, "source": "zh", "target": "en"}).json()
    lines = out["translatedText"].split("\n")
    assert len(lines) == 4 and lines[1] == "" and lines[2] == "ISO 9001 ABC-123"


def test_auto_detects_and_passes_english_through(client: TestClient) -> None:
    r = client.post(
        "/translate",
        json={"q": ["中文的句子。", "An English sentence."], "source": "auto", "target": "en"},
    )
    body = r.json()
    assert r.status_code == 200
    zh, en = body["detectedLanguage"]
    assert zh["language"] == "zh-Hans" and 50 <= zh["confidence"] <= 100
    assert en["language"] == "en"
    assert body["translatedText"][1] == "An English sentence."
    single = client.post("/translate", json={"q": "中文。", "source": "auto", "target": "en"})
    assert set(single.json()["detectedLanguage"]) == {"confidence", "language"}


def test_auto_detects_html_by_its_text_not_its_markup(client: TestClient) -> None:
    markup = '<p class="article-body main-content highlighted">中国经济</p>'
    r = client.post(
        "/translate", json={"q": markup, "source": "auto", "target": "en", "format": "html"}
    )
    assert r.json()["detectedLanguage"]["language"] == "zh-Hans"
    assert r.json()["translatedText"] != markup


def test_alternatives_field_is_answered(client: TestClient) -> None:
    r = client.post(
        "/translate", json={"q": "中文。", "source": "zh", "target": "en", "alternatives": 3}
    )
    assert r.json()["alternatives"] == []


def test_html_keeps_markup_and_escapes_text(client: TestClient) -> None:
    markup = (
        '<p class="lead">中国<b>经济</b>增长。</p><script>var a = "中文";</script>'
        "<p>价格 &lt;script&gt;alert(1)&lt;/script&gt; 上涨。</p>"
    )
    r = client.post(
        "/translate", json={"q": markup, "source": "zh", "target": "en", "format": "html"}
    )
    out = r.json()["translatedText"]
    assert out.startswith('<p class="lead">') and "<b>" in out and "</b>" in out
    assert '<script>var a = "中文";</script>' in out  # scripts are not translated
    assert out.count("<script>") == 1  # the escaped text never turns into a tag
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in out.replace('"中文"', ""))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"source": "zh", "target": "en"}, "Invalid request: missing q parameter"),
        ({"q": "", "source": "zh", "target": "en"}, "Invalid request: missing q parameter"),
        ({"q": "中文", "target": "en"}, "Invalid request: missing source parameter"),
        ({"q": "中文", "source": "zh"}, "Invalid request: missing target parameter"),
        ({"q": "中文", "source": "fr", "target": "en"}, "fr is not supported"),
        ({"q": "中文", "source": "zh", "target": "de"}, "de is not supported"),
        ({"q": "中文", "source": "zh", "target": "en", "format": "pdf"}, "format must be"),
        ({"q": [1, 2], "source": "zh", "target": "en"}, "q must be a string or a list"),
    ],
)
def test_translate_bad_requests_are_400(client: TestClient, body: Any, message: str) -> None:
    r = client.post("/translate", json=body)
    assert r.status_code == 400
    assert list(r.json()) == ["error"] and message in r.json()["error"]


def test_invalid_json_is_400(client: TestClient) -> None:
    r = client.post(
        "/translate", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert r.status_code == 400 and "not valid JSON" in r.json()["error"]


def test_char_limit_is_per_text_and_batch_limit_per_list(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    config = make_config(tiny_model_dir, tmp_path, char_limit=10, batch_limit=3, req_limit=0)
    with TestClient(create_app(config)) as c:
        # As LibreTranslate: the limit holds for each text, not for the list summed
        ok = c.post(
            "/translate",
            json={"q": ["中文中文中文。", "中文中文中文。"], "source": "zh", "target": "en"},
        )
        assert ok.status_code == 200 and len(ok.json()["translatedText"]) == 2
        r = c.post(
            "/translate",
            json={"q": ["中文。", "中文中文中文中文中文。"], "source": "zh", "target": "en"},
        )
        assert r.status_code == 400
        assert r.json() == {"error": "Invalid request: request (11) exceeds text limit (10)"}
        many = c.post("/translate", json={"q": ["一。"] * 4, "source": "zh", "target": "en"})
        assert many.json() == {
            "error": "Invalid request: request (4 texts) exceeds batch limit (3)"
        }
        settings = c.get("/frontend/settings").json()
        assert settings["charLimit"] == 10 and settings["batchLimit"] == 3
        long = c.post("/detect", json={"q": "中文中文中文中文中文中文"})
        assert long.status_code == 400 and "exceeds text limit (10)" in long.json()["error"]


def test_languages_and_settings_shapes(client: TestClient) -> None:
    langs = client.get("/languages").json()
    assert all(set(x) == {"code", "name", "targets"} for x in langs)
    by_code = {x["code"]: x for x in langs}
    assert by_code["zh-Hans"]["targets"] == ["en"] and by_code["zh-Hant"]["targets"] == ["en"]
    # Each language once, as a client's menu shows them
    assert [x["code"] for x in langs] == ["zh-Hans", "zh-Hant", "en"]
    settings = client.get("/frontend/settings").json()
    assert settings["filesTranslation"] is True and settings["keyRequired"] is False
    assert settings["language"]["source"]["code"] == "zh-Hans"
    assert ".txt" in settings["supportedFilesFormat"]


def test_detect(client: TestClient) -> None:
    r = client.post("/detect", json={"q": "今天的天气很好"})
    assert r.status_code == 200
    [found] = r.json()
    assert found == {"language": "zh-Hans", "confidence": 100.0}
    [found] = client.post("/detect", data={"q": "The weather is fine today"}).json()
    assert found["language"] == "en"
    assert client.post("/detect", json={}).status_code == 400


def test_translate_file_and_download(client: TestClient) -> None:
    text = "第一段。第二句。\n第二段。\n"
    r = client.post(
        "/translate_file",
        data={"source": "zh", "target": "en"},
        files={"file": ("报告 notes.md", text.encode("gb18030"), "text/markdown")},
    )
    assert r.status_code == 200
    url = r.json()["translatedFileUrl"]
    assert list(r.json()) == ["translatedFileUrl"]
    assert url.startswith("http://testserver/download_file/") and url.endswith(".md")
    got = client.get(url)
    assert got.status_code == 200
    expected = client.post("/translate", json={"q": text, "source": "zh", "target": "en"})
    assert got.text == expected.json()["translatedText"]
    assert "attachment" in got.headers["content-disposition"]
    assert "notes.en.md" in got.headers["content-disposition"]


def test_translate_file_html_and_errors(client: TestClient) -> None:
    page = "<!DOCTYPE html><html><body><h1>标题</h1><p>正文。</p></body></html>"
    r = client.post(
        "/translate_file",
        data={"source": "zh", "target": "en"},
        files={"file": ("page.html", page.encode())},
    )
    out = client.get(r.json()["translatedFileUrl"]).text
    assert out.startswith("<!DOCTYPE html><html><body><h1>") and out.endswith("</p></body></html>")
    missing = client.post("/translate_file", data={"source": "zh", "target": "en"})
    assert missing.status_code == 400 and "missing file" in missing.json()["error"]
    broken = client.post(
        "/translate_file",
        data={"source": "zh", "target": "en"},
        files={"file": ("report.txt", b"%PDF-1.7\nnot really a PDF")},
    )
    assert broken.status_code == 400 and "PDF" in broken.json()["error"]
    image = client.post(
        "/translate_file",
        data={"source": "zh", "target": "en"},
        files={"file": ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200))},
    )
    assert image.status_code == 400 and "PNG image" in image.json()["error"]


def _report_spec() -> Any:
    from doc_fixtures import Spec

    return Spec(
        title="出口报告",
        items=[
            ("h1", "一、总体情况"),
            ("p", "2021年，跨境电商进出口规模约1.92万亿元，同比增长18.6%。出口继续增长。"),
            ("h1", "二、下一步工作"),
            ("p", "我们将继续支持中小企业开拓国际市场。数字平台帮助农民。"),
        ],
    )


def test_pdf_and_docx_uploads_are_read_by_content(client: TestClient) -> None:
    from doc_fixtures import render_docx, render_pdf

    spec = _report_spec()
    pdf = client.post(
        "/brief", data={"format": "json"}, files={"file": ("report", render_pdf(spec))}
    )
    assert pdf.status_code == 200
    data = pdf.json()
    assert data["source"]["name"] == "report"
    headings = [sec["title"]["zh"] for sec in data["sections"] if sec["title"]]
    assert any("总体情况" in h for h in headings)
    assert any("%" in f["figure"] for f in data["key_figures"])
    docx = client.post(
        "/translate_file",
        data={"source": "zh", "target": "en"},
        files={"file": ("report.docx", render_docx(spec))},
    )
    assert docx.status_code == 200
    url = docx.json()["translatedFileUrl"]
    assert url.endswith(".txt")
    got = client.get(url)
    assert got.status_code == 200 and got.text.strip()
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in got.text)  # all translated


@pytest.mark.parametrize(
    "name",
    [
        "../secret.txt",
        "..%2Fsecret.txt",
        "%2e%2e/secret.txt",
        "..%5Csecret.txt",
        "/etc/passwd",
        "%2Fetc%2Fpasswd",
        "files/../../secret.txt",
        "00000000000000000000000000000000.txt",
        ".00000000000000000000000000000000.txt.name",
    ],
)
def test_download_file_cannot_escape(client: TestClient, name: str) -> None:
    service = client.app.state.service  # type: ignore[attr-defined]
    (service.folder / "secret.txt").write_text("SECRET", encoding="utf-8")
    r = client.get(f"/download_file/{name}")
    # (the HTTP client may normalise dots away, then the router answers the 404)
    assert r.status_code == 404 and list(r.json()) == ["error"] and "SECRET" not in r.text
    # The name as a server could receive it raw (curl --path-as-is), decoded or not
    from urllib.parse import unquote

    from zhbrief.service.app import NotFound

    for raw in (name, unquote(name)):
        with pytest.raises(NotFound):
            service.file_path(raw)


# -- zhbrief endpoints -----------------------------------------------------------------


def test_brief_json_has_the_page_data(client: TestClient, seed_text: str) -> None:
    r = client.post("/brief", json={"text": seed_text, "format": "json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    data = r.json()
    assert data["view"] == "brief"
    sentences = [s for sec in data["sections"] for p in sec["paragraphs"] for s in p["sentences"]]
    shown = [s for s in sentences if s["in_summary"] or s["key_point"]]
    assert shown and all(s["en"] is not None for s in shown)
    assert data["coverage"]["translated"] == len(shown)
    assert data["key_figures"] and any(SEED_FIGURE in f["figure"] for f in data["key_figures"])
    assert data["checks"].startswith("Checks: ")


def test_brief_formats_and_upload(client: TestClient, seed_text: str) -> None:
    md = client.post("/brief", json={"text": seed_text})
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# ") and "## Key figures" in md.text
    html = client.post("/brief", json={"text": seed_text, "format": "html", "full": True})
    assert html.text.startswith("<!DOCTYPE html>")
    assert "script-src" not in html.headers["content-security-policy"]
    assert "default-src 'none'" in html.headers["content-security-policy"]
    up = client.post(
        "/brief",
        data={"format": "json"},
        files={"file": ("article.txt", seed_text.encode("utf-8"))},
    )
    assert up.status_code == 200
    pasted = client.post("/brief", json={"text": seed_text, "format": "json"}).json()
    assert up.json()["source"]["name"] == "article.txt"
    assert up.json()["sections"] == pasted["sections"]


def test_summarise_and_options(client: TestClient, seed_text: str) -> None:
    r = client.post("/summarise", json={"text": seed_text, "format": "json", "sentences": 1})
    data = r.json()
    assert r.status_code == 200 and data["view"] == "summary"
    for sec in data["sections"]:
        assert sum(s["in_summary"] for p in sec["paragraphs"] for s in p["sentences"]) <= 1
    bad = client.post("/brief", json={"text": seed_text, "ratio": 5})
    assert bad.status_code == 400 and "summarise.ratio" in bad.json()["error"]
    nan = client.post("/brief", json={"text": seed_text, "sentences": "many"})
    assert nan.status_code == 400


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "missing text"),
        ({"text": "   "}, "missing text"),
        ({"text": "only English here"}, "no Chinese characters"),
        ({"text": "中文", "format": "docx"}, "format must be md, json or html"),
    ],
)
def test_brief_bad_requests(client: TestClient, body: Any, message: str) -> None:
    r = client.post("/brief", json=body)
    assert r.status_code == 400 and message in r.json()["error"]


def test_upload_limit_is_413_and_nothing_spills(tiny_model_dir: Path, tmp_path: Path) -> None:
    config = make_config(tiny_model_dir, tmp_path, upload_limit=2000, req_limit=0)
    with TestClient(create_app(config)) as c:
        service = c.app.state.service  # type: ignore[attr-defined]
        ok = c.post("/brief", files={"file": ("a.txt", "中文句子。".encode() * 50)})
        assert ok.status_code == 200
        r = c.post("/brief", files={"file": ("a.txt", "中文句子。".encode() * 200)})
        assert r.status_code == 413 and "limit of 2,000" in r.json()["error"]
        assert list(service.spill.iterdir()) == []


def test_jobs_report_progress_and_results(client: TestClient, seed_text: str) -> None:
    r = client.post("/brief", json={"text": seed_text, "async": True})
    assert r.status_code == 202 and r.headers["location"] == r.json()["status_url"]
    job = r.json()
    for _ in range(300):
        job = client.get(job["status_url"]).json()
        if job["status"] in ("done", "error"):
            break
        time.sleep(0.05)
    assert job["status"] == "done"
    assert job["progress"]["done"] == job["progress"]["total"] > 0
    for fmt in ("md", "json", "html"):
        assert client.get(job["results"][fmt]).status_code == 200
    data = json.loads(client.get(job["results"]["json"]).text)
    assert data["view"] == "brief"
    assert client.get("/jobs/" + "0" * 32).status_code == 404
    assert client.get(job["results"]["md"].replace("md", "pdf")).status_code == 400


def test_long_text_becomes_a_job(tiny_model_dir: Path, tmp_path: Path, seed_text: str) -> None:
    config = make_config(tiny_model_dir, tmp_path, sync_chars=100, req_limit=0)
    with TestClient(create_app(config)) as c:
        r = c.post("/brief", json={"text": seed_text})
        assert r.status_code == 202 and r.json()["status_url"].startswith("/jobs/")


def test_health_and_metrics(client: TestClient) -> None:
    client.post("/translate", json={"q": "健康检查。", "source": "zh", "target": "en"})
    health = client.get("/health").json()
    assert health["status"] == "ok" and health["queue"] == 0 and health["model"]
    text = client.get("/metrics").text
    assert 'zhbrief_requests_total{route="/translate",status="200"}' in text
    for name in (
        "zhbrief_queue_depth",
        "zhbrief_batch_texts_bucket",
        "zhbrief_batch_requests_count",
        "zhbrief_memory_hits_total",
        "zhbrief_model_texts_total",
        'zhbrief_request_latency_recent_seconds{quantile="0.95"}',
        "zhbrief_request_seconds_bucket",
    ):
        assert name in text


def test_page_and_static_files(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and '<html lang="en">' in page.text
    assert "script-src" not in page.headers["content-security-policy"]
    assert "default-src 'self'" in page.headers["content-security-policy"]
    js = client.get("/static/app.js").text
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "eval(" not in js
    assert "http" not in page.text.replace('lang="en"', "")  # nothing from another host
    assert client.get("/docs").status_code == 200
    assert client.get("/openapi.json").json()["paths"]["/translate"]


# -- injection -------------------------------------------------------------------------


def test_script_in_text_and_file_name_never_becomes_markup(client: TestClient) -> None:
    evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    text = f"标题{evil}\n\n中国的出口增长了百分之十。{evil}这是第二句。"
    html = client.post("/brief", json={"text": text, "format": "html", "full": True}).text
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    r = client.post(
        "/brief", data={"format": "html"}, files={"file": (evil + ".txt", text.encode())}
    )
    assert r.status_code == 200 and "<img" not in r.text and "<script>" not in r.text
    f = client.post(
        "/translate_file",
        data={"source": "zh", "target": "en"},
        files={"file": (evil + ".txt", text.encode())},
    )
    got = client.get(f.json()["translatedFileUrl"])
    assert "<" not in got.headers["content-disposition"]
    assert "default-src 'none'" in got.headers["content-security-policy"]


# -- keys, limits, queue, errors ------------------------------------------------------


def test_api_keys(tiny_model_dir: Path, tmp_path: Path) -> None:
    keys = tmp_path / "keys.txt"
    key = new_key(keys)
    limited = new_key(keys)
    lines = keys.read_text().splitlines()
    keys.write_text("\n".join([*lines[:-1], lines[-1] + " 2"]) + "\n")
    assert key not in keys.read_text() and hash_key(key) in keys.read_text()
    config = make_config(tiny_model_dir, tmp_path, api_keys=str(keys))
    body = {"q": "中文。", "source": "zh", "target": "en"}
    with TestClient(create_app(config)) as c:
        assert c.post("/translate", json=body).status_code == 403
        bad = c.post("/translate", json={**body, "api_key": "wrong"})
        assert bad.status_code == 403 and bad.json() == {"error": "Invalid API key"}
        assert c.post("/translate", json={**body, "api_key": key}).status_code == 200
        assert c.post("/translate", json=body, headers={"X-API-Key": key}).status_code == 200
        assert c.post("/translate", data={**body, "api_key": key}).status_code == 200
        assert c.get("/frontend/settings").json()["keyRequired"] is True
        codes = [
            c.post("/translate", json={**body, "api_key": limited}).status_code for _ in range(3)
        ]
        assert codes == [200, 200, 429]
        assert c.post("/brief", json={"text": "中文。"}).status_code == 403
        assert c.get("/languages").status_code == 200  # public, like LibreTranslate


def test_key_file_errors(tmp_path: Path) -> None:
    from zhbrief.errors import ConfigError

    plain = tmp_path / "plain.txt"
    plain.write_text("my-secret-key\n")
    with pytest.raises(ConfigError, match="stored hashed"):
        KeyStore.load(plain)
    with pytest.raises(ConfigError, match="cannot read"):
        KeyStore.load(tmp_path / "missing.txt")


def test_rate_limit_per_ip(tiny_model_dir: Path, tmp_path: Path) -> None:
    config = make_config(tiny_model_dir, tmp_path, req_limit=3)
    body = {"q": "中文。", "source": "zh", "target": "en"}
    with TestClient(create_app(config)) as c:
        codes = [c.post("/translate", json=body).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = c.post("/detect", json={"q": "中文"})
        assert r.status_code == 429 and r.headers["retry-after"] == "1"
        assert "per minute" in r.json()["error"]


def test_rate_limiter_window_and_bound() -> None:
    limiter = RateLimiter(2, max_clients=3)
    limiter.hit("a")
    limiter.hit("a")
    with pytest.raises(RateLimited):
        limiter.hit("a")
    for name in "bcdef":
        limiter.hit(name)
    assert len(limiter._hits) == 3
    RateLimiter(0).hit("x")  # 0 = no limit


def _gated_app(model: Path, tmp: Path, **serve: Any) -> tuple[Any, Gate]:
    config = make_config(model, tmp, req_limit=0, **serve)
    holder: dict[str, Gate] = {}

    def factory() -> Gate:
        holder["gate"] = Gate(adapter.open_translator(config))
        return holder["gate"]

    app = create_app(config, translator_factory=factory)
    return app, holder  # type: ignore[return-value]


def test_full_queue_answers_429_at_once(tiny_model_dir: Path, tmp_path: Path) -> None:
    app, holder = _gated_app(tiny_model_dir, tmp_path, queue_size=2, batch_wait_ms=0)
    with TestClient(app) as c, ThreadPoolExecutor(2) as pool:
        gate = holder["gate"]  # type: ignore[index]
        body = {"source": "zh", "target": "en"}
        first = pool.submit(c.post, "/translate", json={**body, "q": "第一。"})
        assert gate.entered.wait(10)
        second = pool.submit(c.post, "/translate", json={**body, "q": "第二。"})
        deadline = time.monotonic() + 10
        while app.state.service.batcher.depth < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        started = time.perf_counter()
        r = c.post("/translate", json={**body, "q": "第三。"})
        elapsed = time.perf_counter() - started
        assert r.status_code == 429 and "queue is full" in r.json()["error"]
        assert elapsed < 0.5  # answered at once, not after the model
        gate.open.set()
        assert first.result().status_code == 200 and second.result().status_code == 200
        assert c.get("/health").json()["status"] == "ok"


def test_concurrent_requests_share_batches_and_memory(tiny_model_dir: Path, tmp_path: Path) -> None:
    app, holder = _gated_app(tiny_model_dir, tmp_path, batch_wait_ms=0)
    with TestClient(app) as c, ThreadPoolExecutor(8) as pool:
        gate = holder["gate"]  # type: ignore[index]
        body = {"source": "zh", "target": "en"}
        block = pool.submit(c.post, "/translate", json={**body, "q": "挡住。"})
        assert gate.entered.wait(10)
        same = [
            pool.submit(c.post, "/translate", json={**body, "q": "重复的句子。"}) for _ in range(6)
        ]
        deadline = time.monotonic() + 10
        while app.state.service.batcher.depth < 7 and time.monotonic() < deadline:
            time.sleep(0.01)
        gate.open.set()
        answers = {f.result().json()["translatedText"] for f in same}
        assert block.result().status_code == 200 and len(answers) == 1
        stats = app.state.service.batcher.stats
        assert max(stats.requests_per_batch) == 6  # six requests, one model batch
        memory = gate.inner
        assert memory.misses == 2  # the repeated sentence was translated once


def test_internal_errors_carry_no_traceback(tiny_model_dir: Path, tmp_path: Path) -> None:
    config = make_config(tiny_model_dir, tmp_path, req_limit=0)

    class Broken(Gate):
        def translate(self, texts: list[str], *, on_progress: Any = None) -> list[Translation]:
            raise RuntimeError("secret detail from /opt/internal/path")

    app = create_app(config, translator_factory=lambda: Broken(adapter.open_translator(config)))
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/translate", json={"q": "中文。", "source": "zh", "target": "en"})
        assert r.status_code == 500 and list(r.json()) == ["error"]
        assert "Traceback" not in r.text and "secret" not in r.text and "/opt" not in r.text
        job = c.post("/brief", json={"text": "中国经济。", "async": True}).json()
        for _ in range(200):
            job = c.get(job["status_url"]).json()
            if job["status"] == "error":
                break
            time.sleep(0.02)
        assert job["status"] == "error" and "secret" not in job["error"]


# -- the batcher -----------------------------------------------------------------------


def test_batcher_drains_on_stop(tiny_model_dir: Path, tmp_path: Path) -> None:
    config = make_config(tiny_model_dir, tmp_path)
    gate: dict[str, Gate] = {}

    def factory() -> Gate:
        gate["g"] = Gate(adapter.open_translator(config))
        return gate["g"]

    batcher = Batcher(factory, wait_ms=0, max_texts=4, queue_size=4)
    batcher.start()
    future = batcher.submit(["一。", "二。"])
    assert gate["g"].entered.wait(10)
    stopper = threading.Thread(target=batcher.stop)
    stopper.start()
    time.sleep(0.05)
    with pytest.raises(ShuttingDown):
        batcher.submit(["三。"])
    gate["g"].open.set()
    results = future.result(10)
    stopper.join(10)
    assert (
        len(results) == 2 and all(r.text for r in results) and [r.pieces for r in results] == [1, 1]
    )


def test_batcher_serves_small_requests_between_slices(tiny_model_dir: Path, tmp_path: Path) -> None:
    config = make_config(tiny_model_dir, tmp_path)
    batcher = Batcher(
        lambda: adapter.open_translator(config), wait_ms=20, max_texts=4, queue_size=2
    )
    batcher.start()
    order: list[str] = []
    big = batcher.submit([f"第{i}句话。" for i in range(40)])
    small = batcher.submit(["小的请求。"])
    big.add_done_callback(lambda _: order.append("big"))
    small.add_done_callback(lambda _: order.append("small"))
    with pytest.raises(QueueFull):
        batcher.submit(["满了。"])
    assert len(big.result(30)) == 40 and small.result(30)[0].text
    assert order == ["small", "big"]
    batcher.stop()


def test_plan_text_rejoins_sentences() -> None:
    plan = adapter.plan_text("第一句。第二句！\n\nABC 123\n  第三句", Config())
    assert plan.sources() == ["第一句。", "第二句！", "第三句"]
    assert plan.join(["One.", "Two!", "Three"]) == "One. Two!\n\nABC 123\n  Three"


# -- command line ----------------------------------------------------------------------


def test_serve_command_fails_cleanly_on_a_bad_model(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from zhbrief.cli import cli

    runner = CliRunner()
    assert runner.invoke(cli, ["serve", "--help"]).exit_code == 0
    result = runner.invoke(
        cli, ["serve", "--host", "0.0.0.0", "--model", str(tmp_path / "no-model"), "--no-cache"]
    )
    assert result.exit_code == 1
    assert "without API keys" in result.output
    assert "Traceback" not in result.output and "no-model" in result.output
    bad = runner.invoke(cli, ["serve", "--req-limit", "many"])
    assert bad.exit_code == 2 and "requests per minute" in bad.output


def test_graceful_shutdown_finishes_requests_in_flight(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    import socket

    import httpx
    import uvicorn

    app, holder = _gated_app(tiny_model_dir, tmp_path, batch_wait_ms=0)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    gate = holder["gate"]  # type: ignore[index]
    body = {"q": "关机前的请求。", "source": "zh", "target": "en"}
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(
            httpx.post, f"http://127.0.0.1:{port}/translate", json=body, timeout=30
        )
        assert gate.entered.wait(10)
        server.should_exit = True  # what SIGTERM does
        time.sleep(0.2)
        gate.open.set()
        answer = pending.result(30)
    thread.join(30)
    assert answer.status_code == 200 and answer.json()["translatedText"]
    assert not thread.is_alive()
    assert not app.state.service.folder.exists()  # the private folder is removed
