"""The two LibreTranslate client libraries users run, against a real ``zhbrief serve``
(uvicorn on loopback, tiny model, API keys on), with the settings the README gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from serving import running_server

from zhbrief.service.limits import new_key

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(
    tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    tmp = tmp_path_factory.mktemp("clients")
    key = new_key(tmp / "keys.txt")
    with running_server(tiny_model_dir, tmp, api_keys=str(tmp / "keys.txt")) as url:
        yield url, key


def test_libretranslatepy_round_trip(server: tuple[str, str]) -> None:
    from libretranslatepy import LibreTranslateAPI

    url, key = server
    lt = LibreTranslateAPI(url, api_key=key)
    english = lt.translate("中国经济增长了。", "zh", "en")
    assert isinstance(english, str) and english.strip()
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in english)
    assert lt.translate("經濟發展。", "zt", "en").strip()
    assert lt.detect("今天的天气很好") == [{"confidence": 100.0, "language": "zh-Hans"}]
    assert [x["code"] for x in lt.languages()] == ["zh-Hans", "zh-Hant", "en"]
    from urllib.error import HTTPError

    with pytest.raises(HTTPError) as refused:
        LibreTranslateAPI(url, api_key="wrong").translate("中文。", "zh", "en")
    assert refused.value.code == 403


def test_deep_translator_round_trip(server: tuple[str, str]) -> None:
    from deep_translator import LibreTranslator
    from deep_translator.exceptions import AuthorizationException

    url, key = server
    # custom_url must end with "/": the library appends "translate" to it
    translator = LibreTranslator(source="zh", target="en", custom_url=url + "/", api_key=key)
    english = translator.translate("中国经济增长了。")
    assert isinstance(english, str) and english.strip()
    batch = translator.translate_batch(["第一句话。", "第二句话。"])
    assert len(batch) == 2 and all(t.strip() for t in batch)
    wrong = LibreTranslator(source="zh", target="en", custom_url=url + "/", api_key="wrong")
    with pytest.raises(AuthorizationException):
        wrong.translate("中文。")
