"""Make docs/serve-page.png: the web page with the seed article's brief.

Starts ``zhbrief serve`` in-process on 127.0.0.1 with a model folder (``--model``; by
default the test suite's tiny random-weight model, so the English is noise), pastes the
seed article into the page in Debian's headless Chromium and saves a screenshot.

    python eval/serve_screenshot.py [--model FOLDER] [-o docs/serve-page.png]
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed" / "alibaba-rural-export.zh.txt"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "serve-page.png")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "pipeline"))
    import uvicorn
    from playwright.sync_api import sync_playwright

    from zhbrief.config import load_config
    from zhbrief.service.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        model = args.model
        if model is None:
            sys.path.insert(0, str(ROOT / "tests"))
            from tiny_model import build_tiny_model

            model = build_tiny_model(Path(tmp) / "tiny")
        config = load_config(
            None,
            {"translate.model": str(model), "translate.num_beams": 1, "cache.enabled": False},
        )
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(config), port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1000, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}/")
            page.get_by_label("Chinese text").fill(SEED.read_text(encoding="utf-8"))
            page.get_by_role("button", name="Make the brief").click()
            page.wait_for_selector("#sections .section", timeout=60_000)
            page.locator("#result").scroll_into_view_if_needed()
            page.evaluate(
                "window.scrollTo(0, document.getElementById('figures-section').offsetTop - 10)"
            )
            args.output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.output))
            browser.close()
        server.should_exit = True
        thread.join(30)
    print(args.output)


if __name__ == "__main__":
    main()
