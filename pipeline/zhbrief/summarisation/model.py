"""The fitted model: the linear score's coefficients, their hash and the signature.

``model.json`` is written by ``eval/fit_summariser.py`` (ridge least squares on
development data only) and never edited by hand: the script's ``--check`` says whether
the shipped file is exactly what it produces. The file records the feature version and
the n-gram size and damping the features were computed with; loading refuses a file
that does not match this code's (a feature change needs a refit).

The signature names what picked the sentences, like sacrebleu's: feature version,
the coefficients' hash, the fixed vector settings and the length settings from the
config, e.g.
``feat:2|coef:1a2b3c4d|ngram:2|damping:0.85|keys:0.1,2-7|sections:0.25,1-3|redundancy:0.5``.
It goes into the brief's provenance and the benchmark's output.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from ..config import SummariseConfig
from ..errors import ZhbriefError
from .vectors import DAMPING, NGRAM, FloatArray

FEATURE_VERSION = 2  # 1: ten features (with doc_position, paragraph_first, figures)
FEATURES = (
    "centrality",  # log LexRank score (mean 1 in its context)
    "degree",  # log(1 + summed cosine similarity to the other sentences)
    "position",  # index / (n - 1) within the context
    "first",  # the context's first sentence
    "length",  # log(1 + letters and digits)
    "short",  # fewer than SHORT letters and digits
    "first_paragraph",  # in the context's first paragraph (a news lede)
)
MODEL_FILE = "model.json"


class ModelError(ZhbriefError):
    """The shipped model file does not fit this code (a packaging or refit mistake)."""


@dataclass(frozen=True)
class Model:
    coefficients: dict[str, float]  # "bias" and one per feature
    feature_version: int = FEATURE_VERSION
    ngram: int = NGRAM
    damping: float = DAMPING

    def to_dict(self) -> dict[str, Any]:
        return {
            "feature_version": self.feature_version,
            "features": list(FEATURES),
            "ngram": self.ngram,
            "damping": self.damping,
            "coefficients": self.coefficients,
        }

    @property
    def hash(self) -> str:
        """First 8 hex digits of the SHA-256 of the canonical JSON of ``to_dict``."""
        canonical = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]

    def scores(self, features: FloatArray) -> FloatArray:
        """The linear score of each row of ``features`` (columns in ``FEATURES`` order)."""
        coef = np.array([self.coefficients[name] for name in FEATURES], dtype=np.float64)
        out: FloatArray = features @ coef + self.coefficients["bias"]
        return out


def from_dict(data: dict[str, Any]) -> Model:
    """A ``Model`` from ``model.json``'s content; ``ModelError`` when it was fitted with
    other features or vector settings than this code computes."""
    want = {"feature_version": FEATURE_VERSION, "features": list(FEATURES)}
    want |= {"ngram": NGRAM, "damping": DAMPING}
    for key, value in want.items():
        if data.get(key) != value:
            raise ModelError(
                f"summariser model: {key} is {data.get(key)!r}, the code computes {value!r};"
                " refit with python eval/fit_summariser.py --write"
            )
    coef = {k: float(v) for k, v in data["coefficients"].items()}
    if set(coef) != {"bias", *FEATURES}:
        raise ModelError("summariser model: coefficients do not match FEATURES; refit")
    return Model(coef)


def load() -> Model:
    text = resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return from_dict(json.loads(text))


MODEL = load()


def signature(config: SummariseConfig, model: Model = MODEL) -> str:
    """What picks the sentences, in one line (see the module docstring)."""
    c = config
    return "|".join(
        (
            f"feat:{model.feature_version}",
            f"coef:{model.hash}",
            f"ngram:{model.ngram}",
            f"damping:{model.damping}",
            f"keys:{c.key_points_ratio},{c.key_points_min}-{c.key_points}",
            f"sections:{c.ratio},{c.section_min}-{c.sentences_per_section}",
            f"redundancy:{c.redundancy}",
        )
    )
