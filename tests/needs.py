"""Optional tools in tests: skipped on a developer's machine, a failure in CI.

Where the environment variable ``CI`` is set, everything the suite uses is installed,
so a missing module means a broken CI image, not a reason to skip.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

import pytest


def need_module(name: str, install: str) -> ModuleType:
    """Import ``name``; fail under CI, skip elsewhere, saying how to install it."""
    try:
        return importlib.import_module(name)
    except ImportError as e:
        why = f"{name} is not installed ({install}): {e}"
        if os.environ.get("CI"):
            pytest.fail(f"{why}; CI must run this test")
        pytest.skip(why)
