"""The tiny MarianMT model the tests load, built at test time by ``zhbrief.testing``.

Its vocabulary is trained on the seed article; see ``zhbrief.testing.build_tiny_model``.
"""

from __future__ import annotations

from pathlib import Path

from zhbrief.testing import build_tiny_model as _build

SEED = Path(__file__).parent / "data" / "seed" / "alibaba-rural-export.zh.txt"


def seed_lines() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    pieces = text.replace("！", "。").replace("？", "。").split("。")
    return [p + "。" for p in pieces if p.strip()]


def build_tiny_model(path: Path, seed: int = 0) -> Path:
    """Write a complete, loadable MarianMT folder to ``path`` and return it."""
    return _build(path, seed_lines(), seed)
