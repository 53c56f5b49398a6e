"""zhbrief: Chinese articles to faithful English translations and sectioned briefs.

    import zhbrief
    config = zhbrief.load_config("default", {"translate.model": "models/opus-mt-zh-en"})
    doc = zhbrief.brief("report.zh.txt", config)
    print(zhbrief.render(doc, "brief", "md"))

Importing the package is cheap: torch and transformers load only when a model is used.
"""

from __future__ import annotations

from .config import Config, load_config
from .document import Coverage, Document, KeyFigure, Provenance
from .errors import (
    CacheError,
    ConfigError,
    EvaluationError,
    InputError,
    ModelLoadError,
    OutputError,
    QualityError,
    RenderError,
    TranslationError,
    UsageError,
    ZhbriefError,
)
from .pipeline import (
    Checks,
    add_figures,
    analyse,
    brief,
    brief_documents,
    find_figures,
    open_translator,
    read,
    segment,
    summarise,
    translate_documents,
)
from .rendering import render
from .translate import Translation, Translator

__version__ = "0.1.0"
__all__ = [
    "CacheError",
    "Checks",
    "Config",
    "ConfigError",
    "Coverage",
    "Document",
    "EvaluationError",
    "InputError",
    "KeyFigure",
    "ModelLoadError",
    "OutputError",
    "Provenance",
    "QualityError",
    "RenderError",
    "Translation",
    "TranslationError",
    "Translator",
    "UsageError",
    "ZhbriefError",
    "__version__",
    "add_figures",
    "analyse",
    "brief",
    "brief_documents",
    "find_figures",
    "load_config",
    "open_translator",
    "read",
    "render",
    "segment",
    "summarise",
    "translate_documents",
]
