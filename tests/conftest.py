"""Shared fixtures: the tiny MarianMT model, built once per test session."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
# No test may reach the network: the hub and datasets run offline
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# The tiny model is all small ops: extra threads only spin, the more so on a busy machine
os.environ.setdefault("OMP_NUM_THREADS", "1")
# The translation memory defaults to the user's cache folder: keep tests out of it
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="zhbrief-test-cache-")

from tiny_model import build_tiny_model

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-marian"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (DATA / "seed" / "alibaba-rural-export.zh.txt").read_text(encoding="utf-8")


# Debian's Chromium, driven by Playwright (the web page's tests, PDFs printed by the browser)
CHROMIUM = os.environ.get("ZHBRIEF_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def need(ok: bool, why: str) -> None:
    """Skip without ``why``'s tool, but fail in CI (``CI`` set), which must run it."""
    if ok:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{why} (CI must run the browser tests)")
    pytest.skip(why)


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice's ``soffice``: skipped without it, but CI (``CI`` set) must have it."""
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("soffice (LibreOffice) is missing: CI must install libreoffice-writer")
        pytest.skip("LibreOffice is not installed (CI installs it)")
    return found


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """The system Chromium, headless; nothing downloaded."""
    need(Path(CHROMIUM).is_file() or shutil.which(CHROMIUM) is not None, f"no {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "playwright is not installed (pip install -e '.[browser]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that builds or runs the tiny model is ``slow``: ``-m "not slow"`` is the
    fast local loop, while ``pytest -q`` (the README command and CI) runs everything."""
    for item in items:
        if "tiny_model_dir" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
