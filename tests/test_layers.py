"""The folder tree is the architecture: these tests fail when a layer reaches where it must not."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "balie"
EDGE_PACKAGES = ("ui", "sync", "cardreader", "training", "app")
FORBIDDEN_IN_CORE = ("PySide6", "requests", "smartcard", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _core_modules() -> list[Path]:
    return [
        p for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] not in EDGE_PACKAGES
        and p.relative_to(PACKAGE).as_posix() != "cli.py"
    ]


def test_core_modules_exist():
    names = {p.name for p in _core_modules()}
    assert {"domain.py", "numbers.py"} <= names


@pytest.mark.parametrize("path", _core_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_imports_no_qt_http_or_pcsc(path: Path):
    bad = {n for n in _imports(path) if n.split(".")[0] in FORBIDDEN_IN_CORE}
    bad |= {n for n in _imports(path) if n.startswith(tuple(f"balie.{e}" for e in EDGE_PACKAGES))}
    assert not bad, f"{path.name} is core and must not import {sorted(bad)}"


@pytest.mark.parametrize("edge", ["ui", "sync", "cardreader"])
def test_edges_do_not_import_each_other(edge: str):
    others = tuple(f"balie.{o}" for o in ("ui", "sync", "cardreader", "training") if o != edge)
    for path in (PACKAGE / edge).rglob("*.py"):
        bad = {n for n in _imports(path) if n.startswith(others)}
        assert not bad, f"balie/{edge}/{path.name} imports {sorted(bad)}; connect them in balie/app/"


def test_core_never_imports_training():
    for path in _core_modules():
        assert not {n for n in _imports(path) if n.startswith("balie.training")}, path


# ---------------------------------------------------------------- the composition root stays on top
ROOT_MODULES = ("balie.app", "balie.cli")
#: every package below the composition root; none may reach back up into it
LOWER_PACKAGES = ("ui", "sync", "cardreader", "store", "training")


def _imported_modules(source: str) -> set[str]:
    """Every module the source names anywhere (inside functions too, so a lazy import counts):
    ``import a.b``, ``from a import b`` as both ``a`` and ``a.b`` (``from balie import app``
    imports the package ``balie.app``), and ``importlib.import_module("a.b")``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (isinstance(node, ast.Call) and node.args
              and (getattr(node.func, "attr", None) or getattr(node.func, "id", None)) == "import_module"):
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                names.add(first.value)
            elif isinstance(first, ast.JoinedStr) and first.values \
                    and isinstance(first.values[0], ast.Constant):
                names.add(str(first.values[0].value).rstrip("."))
    return names


def _reaches(names: set[str], modules: tuple[str, ...]) -> set[str]:
    return {n for n in names if any(n == m or n.startswith(m + ".") for m in modules)}


def test_the_import_walk_sees_lazy_aliased_and_dynamic_imports_of_the_root():
    source = '''
def later():
    from balie import app as composition
    import importlib
    importlib.import_module(f"balie.app.commands.{name}")

class Tool:
    def run(self):
        import balie.cli
'''
    assert _reaches(_imported_modules(source), ROOT_MODULES) == {
        "balie.app", "balie.app.commands", "balie.cli"}
    assert not _reaches(_imported_modules("from balie import application_lock\n"), ROOT_MODULES)


def test_only_the_composition_root_imports_balie_app():
    outside = [p for p in PACKAGE.rglob("*.py")
               if p.relative_to(PACKAGE).parts[0] != "app"
               and p.relative_to(PACKAGE).as_posix() != "cli.py"]
    bad = {str(p.relative_to(PACKAGE)): sorted(found) for p in outside
           if (found := _reaches(_imported_modules(p.read_text(encoding="utf-8")), ("balie.app",)))}
    assert not bad, f"only balie/app/ and balie/cli.py may import balie.app; found {bad}"


@pytest.mark.parametrize("lower", LOWER_PACKAGES)
def test_no_lower_package_imports_the_composition_root(lower: str):
    bad = {str(p.relative_to(PACKAGE)): sorted(found) for p in (PACKAGE / lower).rglob("*.py")
           if (found := _reaches(_imported_modules(p.read_text(encoding="utf-8")), ROOT_MODULES))}
    assert not bad, (f"balie/{lower}/ imports the composition root {bad}: hand it what it needs "
                     "(a port, a callback, a signal) from balie/app/ instead")


# -- no import cycles ---------------------------------------------------------------------------
# Every import counts: at module level, inside a function (lazy), and under TYPE_CHECKING. A lazy
# or type-only import hides a cycle from Python at run time, not from the reader: the two modules
# still cannot be understood, tested or moved one without the other.
#
# An edge goes to the module an import names: ``import a.b`` and ``from a import b`` (b a module)
# point at ``a.b``; ``from a.b import name`` points at ``a.b`` (its ``__init__`` when it is a
# package). Importing ``a.b`` also runs ``a/__init__.py`` first, but that is not counted as an edge:
# a package's ``__init__`` re-exporting its own submodules is its public face, and counting it
# would make every submodule "import" its siblings. A submodule that imports the package's
# ``__init__`` by name (``from balie.store import Store`` inside balie/store/) does count, so a
# re-export that closes a loop is still found. Relative imports are resolved against the module's
# package.


def _module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph(root: Path = PACKAGE) -> dict[str, dict[str, str]]:
    """module -> {imported module of ``root`` -> 'balie/x.py:line' of the first such import}."""
    modules = {_module_name(p, root): p for p in root.rglob("*.py")}
    graph: dict[str, dict[str, str]] = {name: {} for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join(up + ([node.module] if node.module else []))
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            for target in targets:
                while target not in modules and "." in target:  # balie.x.Name -> balie.x
                    target = target.rpartition(".")[0]
                if target in modules and target != name:
                    where = f"{path.relative_to(root.parent).as_posix()}:{node.lineno}"
                    graph[name].setdefault(target, where)
    return graph


def _strongly_connected(graph: dict[str, dict[str, str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the groups of modules that can each reach all the others."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(graph[nxt])))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def _one_cycle(graph: dict[str, dict[str, str]], group: list[str]) -> list[str]:
    """A shortest loop through the group's first module, as 'a (file:line) -> b ...' steps."""
    start, members = group[0], set(group)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier and start not in came_from:
        following = []
        for node in frontier:
            for nxt in sorted(graph[node]):
                if nxt in members and nxt not in came_from:
                    came_from[nxt] = node
                    following.append(nxt)
        frontier = following
    path = [start]
    while path[-1] != start or len(path) == 1:
        path.append(came_from[path[-1]])
    path.reverse()
    return [f"{a} imports {b} at {graph[a][b]}" for a, b in zip(path, path[1:], strict=False)]


def test_the_cycle_rule_sees_lazy_relative_and_type_only_imports_but_not_reexports(tmp_path: Path):
    """The rule is only as good as its graph: a toy package with each kind of hidden import."""
    pkg = tmp_path / "toy"
    (pkg / "store").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "store/__init__.py": "from toy.store.outbox import Outbox\nfrom toy.store.records import Records\n",
        "store/outbox.py": "def later():\n    from .records import Records\n",  # lazy and relative
        "store/records.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from toy.store import outbox\n",
        "plain.py": "import toy.store.records\n",  # only the __init__ re-exports: no cycle
    }
    for name, text in files.items():
        (pkg / name).write_text(text, encoding="utf-8")
    graph = _import_graph(pkg)
    assert graph["toy.store.outbox"] == {"toy.store.records": "toy/store/outbox.py:2"}
    assert graph["toy.store.records"] == {"toy.store.outbox": "toy/store/records.py:3"}
    assert _strongly_connected(graph) == [["toy.store.outbox", "toy.store.records"]]
    assert _one_cycle(graph, ["toy.store.outbox", "toy.store.records"]) == [
        "toy.store.outbox imports toy.store.records at toy/store/outbox.py:2",
        "toy.store.records imports toy.store.outbox at toy/store/records.py:3"]


def test_no_import_cycles():
    graph = _import_graph()
    found = _strongly_connected(graph)
    report = "\n".join(f"cycle of {len(g)} modules ({', '.join(g)}):\n    " + "\n    ".join(_one_cycle(graph, g))
                       for g in found)
    assert not found, f"import cycles in balie/ (lazy and TYPE_CHECKING imports count):\n{report}"
