"""The store is built top-down: ``store.py`` builds the topic modules over a narrow handle, and no
module of ``balie/store`` reaches back up to it, neither at load time nor lazily inside a function
nor for type checking only. A cycle there is how ``outbox`` and ``records`` once came to need
each other's half-loaded module (and why imports had to hide inside functions)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "balie"
STORE = PACKAGE / "store"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _store_modules() -> dict[str, Path]:
    return {_module_name(p): p for p in STORE.glob("*.py")}


def _edges(path: Path, known: set[str]) -> set[str]:
    """Every module of ``known`` that ``path`` imports anywhere: top level, inside functions,
    under ``if TYPE_CHECKING``. ``from balie.store import x`` counts as the submodule when there
    is one, else as the package (whose ``__init__`` runs)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    this = _module_name(path)
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = this if path.name == "__init__.py" else this.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{base}" if base else package
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                     for alias in node.names]
        found.update(n for n in names if n in known and n != this)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected group (Tarjan), each listed as a path a reader can follow."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_import_cycle_of_any_kind_inside_the_store() -> None:
    modules = _store_modules()
    graph = {name: _edges(path, set(modules)) for name, path in modules.items()}
    assert "balie.store.store" in graph["balie.store"], "the check must see the package's imports"
    cycles = _cycles(graph)
    assert not cycles, "import cycles in balie/store (lazy and TYPE_CHECKING imports count): " + \
        "; ".join(" <-> ".join(c) for c in cycles)


def test_topic_modules_never_import_the_store_module() -> None:
    """Only the package's ``__init__`` may name ``store.py``: the topics get the handle instead."""
    modules = _store_modules()
    reaching_up = sorted(name for name, path in modules.items()
                         if name not in ("balie.store", "balie.store.store")
                         and {"balie.store.store", "balie.store"} & _edges(path, set(modules)))
    assert not reaching_up, f"these store modules import store.py (or the package): {reaching_up}"


def test_the_cycle_check_finds_a_cycle() -> None:
    """The rule itself works: a loop through three modules is reported as one group."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
