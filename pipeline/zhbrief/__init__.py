"""zhbrief: Chinese articles to faithful English translations and sectioned briefs.

Importing the package is cheap: torch and transformers load only when a model is used.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
