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
