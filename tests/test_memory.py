"""Translation memory: SQLite schema and keys, and the lazy caching translator."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from standins import StandIn, beams, wrapped

from zhbrief.config import TranslateConfig, load_config
from zhbrief.errors import CacheError, ConfigError
from zhbrief.pipeline import open_translator
from zhbrief.translate import translate_texts
from zhbrief.translate.memory import (
    SCHEMA_VERSION,
    CachedTranslator,
    Entry,
    TranslationMemory,
    TranslatorIdentity,
    default_cache_path,
    identity_for,
)

IDENT = TranslatorIdentity("m", "r1", {"num_beams": 4, "precision": "fp32"})


def _counting() -> StandIn:
    """``EN(piece)``; one token a character, so "甲，乙" (4 tokens) is split at the comma."""
    return StandIn(wrapped, max_input_tokens=3, batch_tokens=100)


def _cached(path: Path, inner: StandIn | None = None) -> CachedTranslator:
    def factory() -> StandIn:
        if inner is None:
            raise AssertionError("the model was loaded although everything was cached")
        return inner

    return CachedTranslator(factory, TranslationMemory(path), IDENT)


def test_memory_round_trip_and_inspectable_columns(tmp_path: Path) -> None:
    db = tmp_path / "tm.sqlite3"
    with TranslationMemory(db) as tm:
        assert tm.get_many(IDENT, ["一", "二"]) == {}
        assert tm.put_many(IDENT, [("一", Entry("one", 1)), ("二", Entry("two", 2))]) == 2
        assert tm.get_many(IDENT, ["二", "三", "二"]) == {"二": Entry("two", 2)}
        assert (tm.hits, tm.misses) == (1, 3)
        assert sorted(tm.entries()) == [("一", "one", "m", "r1"), ("二", "two", "m", "r1")]
        assert tm.integrity_ok()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    row = conn.execute("SELECT key, settings FROM translations WHERE source = '一'").fetchone()
    assert row == (IDENT.key("一"), '{"num_beams": 4, "precision": "fp32"}')


@pytest.mark.parametrize(
    "other",
    [
        TranslatorIdentity("m2", "r1", IDENT.settings),
        TranslatorIdentity("m", "r2", IDENT.settings),
        TranslatorIdentity("m", None, IDENT.settings),
        TranslatorIdentity("m", "r1", {**IDENT.settings, "num_beams": 1}),
    ],
)
def test_key_depends_on_model_revision_and_settings(tmp_path: Path, other: Any) -> None:
    with TranslationMemory(tmp_path / "tm.sqlite3") as tm:
        tm.put_many(IDENT, [("一", Entry("one", 1))])
        assert tm.get_many(other, ["一"]) == {}
        assert IDENT.key("一") != IDENT.key("一 ")


def test_cached_translator_sends_only_distinct_misses_in_one_call(tmp_path: Path) -> None:
    inner = _counting()
    ct = _cached(tmp_path / "tm.sqlite3", inner)
    assert not ct.loaded
    assert [t.text for t in ct.translate(["甲，乙", "丙"])] == ["EN(甲，) EN(乙)", "EN(丙)"]
    assert ct.loaded
    out = ct.translate(["丙", "丁", "", "丁", "甲，乙", "  "])
    assert [t.text for t in out] == ["EN(丙)", "EN(丁)", "", "EN(丁)", "EN(甲，) EN(乙)", ""]
    assert sorted(inner.inputs) == sorted(["甲，", "乙", "丙", "丁"])  # 丁 once, only misses
    # Piece counts come back from the memory as the model reported them
    assert [t.pieces for t in out] == [1, 1, 0, 1, 2, 0]
    assert (ct.hits, ct.misses) == (2, 3)  # the repeated 丁 is translated once


def test_fully_cached_run_never_builds_the_model(tmp_path: Path) -> None:
    db = tmp_path / "tm.sqlite3"
    first = _cached(db, _counting())
    first.translate(["一。", "二。"])
    first.close()
    second = _cached(db)  # its factory fails the test if called
    progress: list[int] = []
    out = second.translate(["二。", "一。"], on_progress=progress.append)
    assert [t.text for t in out] == ["EN(二。)", "EN(一。)"]
    assert not second.loaded and (second.hits, second.misses) == (2, 0)
    assert progress == [2]
    # Provenance without the model: the configured identity
    assert second.model_id == "m" and second.settings()["num_beams"] == 4


def test_other_schema_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "tm.sqlite3"
    TranslationMemory(db).close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE schema_version SET version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(CacheError, match=r"schema version 99.*--cache PATH"):
        TranslationMemory(db)


def test_corrupt_file_gives_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "tm.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CacheError, match=r"not a usable zhbrief translation memory.*--no-cache"):
        TranslationMemory(db)


def test_default_path_honours_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHBRIEF_CACHE", str(tmp_path / "x.sqlite3"))
    assert default_cache_path() == tmp_path / "x.sqlite3"
    monkeypatch.delenv("ZHBRIEF_CACHE")
    path = default_cache_path()
    assert path.name == "translation-memory.sqlite3" and "zhbrief" in path.parts


def test_identity_is_known_without_loading_and_tracks_the_model_folder(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text("{}")  # enough to resolve; nothing is loaded
    config = TranslateConfig(model=str(folder), precision="fp32", num_beams=2)
    ident = identity_for(config)
    assert ident.model_id == str(folder)
    assert ident.settings["precision"] == "fp32" and ident.settings["num_beams"] == 2
    assert ident.revision is not None and ident.revision.startswith("local-")
    assert identity_for(config) == ident
    (folder / "model.safetensors").write_bytes(b"new weights")
    assert identity_for(config).revision != ident.revision
    hub = identity_for(TranslateConfig(model="org/name", revision="v1", precision="int8"))
    assert (hub.model_id, hub.revision) == ("org/name", "v1")


def test_open_translator_puts_the_memory_in_front(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    flags = {"translate.model": str(folder), "cache.path": str(tmp_path / "tm.sqlite3")}
    translator = open_translator(load_config(None, flags))
    assert isinstance(translator, CachedTranslator)
    assert not translator.loaded  # the (broken) model folder is not touched yet
    assert translator.memory.path == tmp_path / "tm.sqlite3"
    translator.close()


def test_open_translator_without_memory(tiny_model_dir: Path) -> None:
    flags = {"translate.model": str(tiny_model_dir), "cache.enabled": False}
    translator = open_translator(load_config(None, flags))
    assert not isinstance(translator, CachedTranslator)
    assert translator.model_id == str(tiny_model_dir)


def test_variant_shares_model_and_memory_but_not_keys(tmp_path: Path) -> None:
    built: list[StandIn] = []

    def factory() -> StandIn:
        built.append(StandIn(beams))
        return built[-1]

    ct = CachedTranslator(factory, TranslationMemory(tmp_path / "tm.sqlite3"), IDENT)
    assert translate_texts(ct, ["一"]) == ["b4:一"]
    safer = ct.variant(num_beams=6)
    assert safer.settings()["num_beams"] == 6
    assert translate_texts(safer, ["一"]) == ["b6:一"]  # not the 4-beam entry
    assert translate_texts(safer, ["一"]) == ["b6:一"]
    assert len(built) == 1  # one model, two decoding settings
    assert (ct.hits, ct.misses) == (1, 2)  # counted across the variant
    with pytest.raises(ConfigError, match="not decoding settings: beams"):
        ct.variant(beams=2)
