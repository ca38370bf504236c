"""Refresh the translation sources and compile them: ``python -m balie.ui.i18n_build``.

Dutch (nl-BE) is the source language of every string. ``pyside6-lupdate`` collects the ``tr()``
strings of the screens into ``resources/i18n/balie_<lang>.ts`` (keeping the translations already
there); translators fill the French and English files (Qt Linguist, or any text editor); then
``pyside6-lrelease`` compiles them to the ``.qm`` files the app loads with QTranslator. The
compiled files are committed, so a checkout runs without this step.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from balie.ui.resources import LANGUAGES, i18n_dir

PACKAGE = Path(__file__).resolve().parents[1]


def tool(name: str) -> str:
    """The Qt tool ``name`` beside this interpreter (the venv's PySide6) or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name}).")
    return found


def sources() -> list[Path]:
    return sorted([*(PACKAGE / "ui").glob("*.py"), *(PACKAGE / "app").rglob("*.py")])


def update(languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    out = i18n_dir()
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for lang in languages:
        ts = out / f"balie_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "nl_BE",
                        "-target-language", lang, *map(str, sources()), "-ts", str(ts)],
                       check=True, capture_output=True)
        files.append(ts)
    return files


def release(languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    out = i18n_dir()
    compiled = []
    for lang in languages:
        ts, qm = out / f"balie_{lang}.ts", out / f"balie_{lang}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True, capture_output=True)
        compiled.append(qm)
    return compiled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true", help="only compile .ts -> .qm")
    args = parser.parse_args(argv)
    if not args.release_only:
        for path in update():
            print(f"updated {path}")
    for path in release():
        print(f"compiled {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
