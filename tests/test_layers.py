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
