"""The service as LibreTranslate clients and a public deployment meet it (issue 21):
hostile text, language codes and identification, limits, keys, durable jobs, names and
provenance in briefs, the port, offline docs. Through HTTP with the tiny model."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from test_serve import Gate, make_config

from zhbrief.service import adapter
from zhbrief.service.app import create_app
from zhbrief.service.limits import new_key

pytestmark = pytest.mark.slow
BODY = {"source": "zh", "target": "en"}


@pytest.fixture(scope="module")
def client(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    config = make_config(tiny_model_dir, tmp_path_factory.mktemp("cases"), req_limit=0)
    with TestClient(create_app(config)) as c:
        yield c


def _wait_job(c: TestClient, job: dict[str, Any], seconds: float = 30) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    while job["status"] not in ("done", "error") and time.monotonic() < deadline:
        time.sleep(0.05)
        job = c.get(job["status_url"]).json()
    return job


# -- 1. lone surrogates ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/translate", '{"q": "今天\\ud800", "source": "zh", "target": "en"}'),
        ("/translate", '{"q": ["好", "今天\\udfff"], "source": "zh", "target": "en"}'),
        ("/brief", '{"text": "今天\\ud800的天气很好。"}'),
        ("/detect", '{"q": "\\ud83d"}'),
    ],
)
def test_lone_surrogate_is_400_not_500(client: TestClient, path: str, body: str) -> None:
    r = client.post(path, content=body.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert list(r.json()) == ["error"] and "lone surrogate" in r.json()["error"]
    # A proper pair (an emoji) is a character and is accepted
    ok = client.post(
        "/translate",
        content='{"q": "好\\ud83d\\ude00", "source": "zh", "target": "en"}'.encode(),
        headers={"content-type": "application/json"},
    )
    assert ok.status_code == 200


# -- 2 and 3. language identification and codes ------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"), [("こんにちは世界、元気ですか", "ja"), ("안녕하세요 반갑습니다", "ko")]
)
def test_auto_refuses_japanese_and_korean(client: TestClient, text: str, code: str) -> None:
    r = client.post("/translate", json={"q": text, "source": "auto", "target": "en"})
    assert r.status_code == 400
    assert r.json()["error"].startswith(f"{code} is not supported")
    [found] = client.post("/detect", json={"q": text}).json()
    assert found["language"] == code and found["confidence"] > 50


def test_simplified_and_traditional_are_told_apart(client: TestClient) -> None:
    simplified = client.post("/detect", json={"q": "今天的天气很好，经济发展很快"}).json()
    traditional = client.post("/detect", json={"q": "今天的天氣很好，經濟發展很快"}).json()
    assert simplified[0]["language"] == "zh-Hans" and traditional[0]["language"] == "zh-Hant"
    r = client.post("/translate", json={"q": "經濟發展。", "source": "auto", "target": "en"})
    assert r.status_code == 200 and r.json()["detectedLanguage"]["language"] == "zh-Hant"


def test_zt_is_traditional_chinese_and_codes_are_case_blind(client: TestClient) -> None:
    zt = client.post("/translate", json={"q": "經濟發展。", "source": "zt", "target": "en"})
    hant = client.post("/translate", json={"q": "經濟發展。", "source": "zh-Hant", "target": "en"})
    assert zt.status_code == 200 and zt.json() == hant.json()
    upper = client.post("/translate", json={"q": "经济。", "source": "ZH-HANS", "target": "EN"})
    assert upper.status_code == 200


def test_detect_with_a_list_is_one_flat_list_of_candidates(client: TestClient) -> None:
    r = client.post("/detect", json={"q": ["今天的天气很好", "经济发展很快", "Good morning all"]})
    assert r.status_code == 200
    found = r.json()
    assert all(set(x) == {"language", "confidence"} for x in found)
    assert [x["language"] for x in found] == ["zh-Hans", "en"]  # by confidence, once each
    assert found[0]["confidence"] > found[1]["confidence"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("abc", "Invalid request: alternatives parameter is not a number"),
        (-1, "Invalid request: alternatives parameter is not a number"),
        (4, "Invalid request: alternatives parameter must be <= 3"),
        (True, "Invalid request: alternatives parameter is not a number"),
    ],
)
def test_alternatives_is_validated(client: TestClient, value: Any, message: str) -> None:
    r = client.post("/translate", json={"q": "中文。", **BODY, "alternatives": value})
    assert r.status_code == 400 and r.json() == {"error": message}
    ok = client.post("/translate", data={"q": "中文。", **BODY, "alternatives": "2"})
    assert ok.status_code == 200 and ok.json()["alternatives"] == []


# -- 5. keys and metrics ---------------------------------------------------------------


def test_failed_keys_are_rate_limited_and_metrics_need_a_token(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    keys = tmp_path / "keys.txt"
    key = new_key(keys)
    config = make_config(
        tiny_model_dir,
        tmp_path,
        api_keys=str(keys),
        auth_fail_limit=5,
        metrics_token="metrics-secret",
    )
    with TestClient(create_app(config)) as c:
        ok = c.get("/metrics", headers={"Authorization": "Bearer metrics-secret"})
        assert ok.status_code == 200 and "zhbrief_requests_total" in ok.text
        # Each failure (no token, a wrong token, a wrong key) counts against the address
        assert c.get("/metrics").status_code == 403
        assert c.get("/metrics", headers={"Authorization": "Bearer nope"}).status_code == 403
        codes = [
            c.post("/translate", json={"q": "中文。", **BODY, "api_key": f"guess{i}"}).status_code
            for i in range(6)
        ]
        assert codes == [403] * 3 + [429] * 3
        r = c.post("/translate", json={"q": "中文。", **BODY, "api_key": "guess"})
        assert "per minute" in r.json()["error"] and r.headers["retry-after"] == "1"
        # Only failures count: the right key still works from that address
        assert c.post("/translate", json={"q": "中文。", **BODY, "api_key": key}).status_code == 200


def test_metrics_closed_with_keys_and_no_token(tiny_model_dir: Path, tmp_path: Path) -> None:
    keys = tmp_path / "keys.txt"
    key = new_key(keys)
    config = make_config(tiny_model_dir, tmp_path, api_keys=str(keys))
    with TestClient(create_app(config)) as c:
        r = c.get("/metrics", headers={"X-API-Key": key})
        assert r.status_code == 403 and "metrics_token" in r.json()["error"]


# -- 6. durable jobs -------------------------------------------------------------------


def test_a_finished_jobs_result_survives_a_restart(
    tiny_model_dir: Path, tmp_path: Path, seed_text: str
) -> None:
    config = make_config(tiny_model_dir, tmp_path, req_limit=0)
    with TestClient(create_app(config)) as c:
        job = _wait_job(c, c.post("/brief", json={"text": seed_text, "async": True}).json())
        assert job["status"] == "done"
        before = c.get(job["results"]["md"]).text
    with TestClient(create_app(config)) as c:  # a new process, the same job store
        again = c.get(job["status_url"]).json()
        assert again["status"] == "done" and again["progress"] == job["progress"]
        assert c.get(job["results"]["md"]).text == before


def test_queued_jobs_wait_through_a_restart_and_running_ones_finish(
    tiny_model_dir: Path, tmp_path: Path, seed_text: str
) -> None:
    config = make_config(tiny_model_dir, tmp_path, req_limit=0, job_workers=1)
    holder: dict[str, Gate] = {}

    def factory() -> Gate:
        holder["gate"] = Gate(adapter.open_translator(config))
        return holder["gate"]

    app = create_app(config, translator_factory=factory)
    client = TestClient(app)
    client.__enter__()
    running = client.post("/brief", json={"text": seed_text, "async": True}).json()
    assert holder["gate"].entered.wait(30)
    queued = client.post("/brief", json={"text": "第二份报告。经济增长。", "async": True}).json()
    stopper = threading.Thread(target=client.__exit__, args=(None, None, None))
    stopper.start()  # what SIGTERM does: stop taking work, let the running job finish
    time.sleep(0.2)
    holder["gate"].open.set()
    stopper.join(60)
    assert not stopper.is_alive()
    with TestClient(create_app(config)) as c:
        first = c.get(running["status_url"]).json()
        assert first["status"] == "done"  # finished during the shutdown, result kept
        second = _wait_job(c, c.get(queued["status_url"]).json())
        assert second["status"] == "done"  # resumed by the new process
        assert c.get(second["results"]["json"]).status_code == 200


def test_a_second_server_on_the_same_job_store_is_refused(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from zhbrief.cli import cli

    config = make_config(tiny_model_dir, tmp_path, req_limit=0)
    memory = tmp_path / "memory.sqlite"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    argv = ["serve", "--port", str(port), "--cache", str(memory), "--model", str(tiny_model_dir)]
    with TestClient(create_app(config)):  # the first server holds the store
        result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 1, result.output
    assert f"the job store {tmp_path / 'zhbrief-jobs.sqlite'} is in use by another" in (
        result.output
    )
    assert f"pid {os.getpid()}" in result.output and "serve.jobs_path" in result.output
    assert "Traceback" not in result.output and "serving on" not in result.output
    # Once the first has stopped, a new one takes the store (and the jobs it left)
    with TestClient(create_app(config)) as c:
        assert c.get("/health").status_code == 200


def test_new_jobs_are_refused_while_stopping(tiny_model_dir: Path, tmp_path: Path) -> None:
    config = make_config(tiny_model_dir, tmp_path, req_limit=0)
    app = create_app(config)
    with TestClient(app) as c:
        app.state.service.jobs.shutdown()
        r = c.post("/brief", json={"text": "中国经济。", "async": True})
        assert r.status_code == 503 and r.headers["retry-after"] == "1"


# -- 7 and 9. names and provenance in briefs ---------------------------------------------


def test_name_is_escaped_in_markdown_and_keeps_its_slash(client: TestClient) -> None:
    name = "<img src=x onerror=alert(1)> *2024/05* report"
    md = client.post("/brief", json={"text": "中国的出口增长了。", "name": name}).text
    assert "<img" not in md and "&lt;img src=x onerror=alert(1)&gt;" in md
    assert "\\*2024/05\\* report" in md  # no emphasis, the slash kept
    data = client.post("/brief", json={"text": "出口增长。", "name": name, "format": "json"}).json()
    assert data["source"]["name"] == name  # JSON carries the name as it was given


def test_provenance_has_no_server_path_or_cli_wording(
    client: TestClient, tiny_model_dir: Path, seed_text: str
) -> None:
    outputs = {
        fmt: client.post("/brief", json={"text": seed_text, "format": fmt}).text
        for fmt in ("md", "json", "html")
    }
    for fmt, text in outputs.items():
        assert str(tiny_model_dir) not in text, fmt
        assert "--full" not in text, fmt
        assert "ask for the full translation" in text, fmt
    assert f"Translated by {tiny_model_dir.name} " in outputs["md"]
    assert str(tiny_model_dir) not in client.get("/health").text


# -- 8. the port and exit codes ----------------------------------------------------------


def test_busy_port_fails_before_the_model_loads(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from zhbrief.cli import cli

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(
            cli, ["serve", "--port", str(port), "--model", str(tmp_path / "no-model")]
        )
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and "--port" in result.output
    assert "Loading" not in result.output  # refused before the model


def test_sigterm_stops_the_server_with_exit_0(tiny_model_dir: Path, tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "ZHBRIEF_CACHE": str(tmp_path / "memory.sqlite")}
    proc = subprocess.Popen(
        # the installed entry point, as a user starts it (``python -m zhbrief.cli`` would
        # only import the module and exit 0, whatever the signal handling does)
        [str(Path(sys.executable).with_name("zhbrief")), "serve", "--port", str(port)]
        + ["--model", str(tiny_model_dir), "--beams", "1"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err


# -- 10. icon and offline docs -------------------------------------------------------------


def test_favicon_and_offline_docs(client: TestClient) -> None:
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/x-icon"
    assert icon.content[:4] == b"\x00\x00\x01\x00"  # an ICO file
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text
    assets = [
        a for a in ("swagger-ui-bundle.js", "swagger-ui.css") if f"/docs-assets/{a}" in docs.text
    ]
    assert len(assets) == 2
    for asset in assets:
        assert client.get(f"/docs-assets/{asset}").status_code == 200


def test_openapi_documents_every_request_body(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/translate", "/detect", "/translate_file", "/brief", "/summarise"):
        body = paths[path]["post"]["requestBody"]["content"]
        schema = body["application/json"]["schema"]
        assert schema["properties"], path
    translate = paths["/translate"]["post"]["requestBody"]["content"]["application/json"]
    assert set(translate["schema"]["required"]) == {"q", "source", "target"}
    brief = paths["/brief"]["post"]["requestBody"]["content"]
    assert brief["application/json"]["schema"]["properties"]["format"]["enum"] == [
        "md",
        "json",
        "html",
        "docx",
        "pdf",
    ]
    assert brief["multipart/form-data"]["schema"]["properties"]["file"]["format"] == "binary"
    assert "async" in brief["application/json"]["schema"]["properties"]


def test_translate_only_brief(client: TestClient, seed_text: str) -> None:
    data = client.post(
        "/brief", json={"text": seed_text, "format": "json", "translate_only": True}
    ).json()
    assert data["view"] == "translation"
    sentences = [s for sec in data["sections"] for p in sec["paragraphs"] for s in p["sentences"]]
    assert sentences and all(s["en"] is not None for s in sentences)
