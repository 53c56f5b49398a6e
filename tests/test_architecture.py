"""The shape of the package: no import cycles, a listed public API, stages a reader can find."""

from __future__ import annotations

import ast
from pathlib import Path

import zhbrief

PACKAGE = Path(zhbrief.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """zhbrief modules imported anywhere in the file, deferred imports included."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("zhbrief"):
                found.add(target)
                found.update(f"{target}.{a.name}" for a in node.names)  # submodules
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("zhbrief"))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {m: _imports(p) & set(modules) - {m} for m, p in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path that ends where it starts, or ``None``."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        path.append(m)
        for d in sorted(graph.get(m, ())):
            if state.get(d) == 1:
                return path[path.index(d) :] + [d]
            if d not in state and (cycle := visit(d)):
                return cycle
        path.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (cycle := visit(m)):
            return cycle
    return None


def test_find_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycles() -> None:
    graph = _graph()
    # A package's __init__ importing its own submodules is how re-exports work; the
    # cycles that break imports are between modules, so edges into parents are dropped
    graph = {m: {d for d in deps if not m.startswith(d + ".")} for m, deps in graph.items()}
    assert "zhbrief.translate.base" in graph["zhbrief.translate.ct2"]  # the graph is real
    assert find_cycle(graph) is None


def test_public_api_is_listed_and_importable() -> None:
    assert "brief" in zhbrief.__all__ and "Document" in zhbrief.__all__
    for name in zhbrief.__all__:
        assert hasattr(zhbrief, name), name
    for package in ("pipeline", "translate", "checks", "numerals", "batch", "evaluation"):
        module = __import__(f"zhbrief.{package}", fromlist=["__all__"])
        assert module.__all__, package
        assert all(hasattr(module, n) for n in module.__all__), package


def test_each_stage_has_its_module_or_folder() -> None:
    for stage in ("reading", "segmentation", "summarise.py", "translate", "checks", "figures.py"):
        assert (PACKAGE / stage).exists(), stage
    assert not (PACKAGE / "numbers.py").exists()  # would shadow the standard library's
