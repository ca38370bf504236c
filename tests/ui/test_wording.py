"""What a cashier reads counts properly: "1 ticket", "3 tickets", never "ticket(s)" or "punt(en)",
in Dutch, French and English, and no text is left untranslated.

Reads the shipped translation sources and compiled files (resources/i18n) and the core's own Dutch
messages (string literals in balie/ outside the screens; log lines are English and for support,
not for the cashier)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from balie.ui.resources import LANGUAGES, i18n_dir

ROOT = Path(__file__).resolve().parents[2]
#: a word with its plural glued on in brackets: "ticket(s)", "punt(en)", "trouvé(s)"
COUNTED_BY_BRACKETS = re.compile(r"[a-zà-ÿ]\((s|en|e|es|x)\)", re.IGNORECASE)


def _messages(lang: str) -> list[ElementTree.Element]:
    tree = ElementTree.parse(i18n_dir() / f"balie_{lang}.ts")
    return tree.getroot().findall("./context/message")


def _shown(message: ElementTree.Element, lang: str) -> list[str]:
    """The texts this language shows for a message: its translations, or for Dutch (the source
    language) the source itself where no translation is needed."""
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.findall("numerusform")]
    if forms:
        return forms
    if lang == "nl" and translation.get("type") == "unfinished":
        return [message.findtext("source") or ""]
    return [translation.text or ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_counts_with_brackets_in_any_language(lang: str) -> None:
    found = [text for message in _messages(lang) for text in _shown(message, lang)
             if COUNTED_BY_BRACKETS.search(text)]
    assert not found, f"{lang}: counted with brackets instead of Qt's plural forms:\n  " \
        + "\n  ".join(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_is_translated(lang: str) -> None:
    """French and English have every text; Dutch is the source language, so only its plural
    forms need writing out (one form for 1, one for every other number)."""
    missing = []
    for message in _messages(lang):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        numerus = message.get("numerus") == "yes"
        if lang != "nl" or numerus:
            texts = _shown(message, lang)
            if translation.get("type") == "unfinished" or not all(texts):
                missing.append(message.findtext("source") or "")
    assert not missing, f"{lang}: not translated:\n  " + "\n  ".join(missing)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_translations_count_properly_too(lang: str) -> None:
    """The .qm the app loads is compiled from the .ts: a stale one would still say "(s)"."""
    compiled = (i18n_dir() / f"balie_{lang}.qm").read_bytes()
    for brackets in ("(s)", "(en)"):
        assert brackets.encode("utf-16-be") not in compiled, f"balie_{lang}.qm: {brackets}"


def _core_texts(path: Path) -> list[tuple[int, str]]:
    """String literals of a module that can reach a person: not docstrings, not log lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) \
                and node.body and isinstance(node.body[0], ast.Expr) \
                and isinstance(node.body[0].value, ast.Constant):
            skip.add(id(node.body[0].value))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) \
                and node.func.value.id in ("log", "logger", "logging"):
            skip.update(id(sub) for arg in node.args for sub in ast.walk(arg))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in skip]


def test_the_cores_dutch_messages_count_in_words() -> None:
    """Outside the screens there is no Qt: the core counts with balie.wording.count_nl."""
    found = []
    for path in sorted((ROOT / "balie").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(("balie/ui/", "balie/training/")):
            continue  # screens: checked in the .ts above; the training platform speaks API
        found += [f"{relative}:{line}: {text!r}" for line, text in _core_texts(path)
                  if COUNTED_BY_BRACKETS.search(text)]
    assert not found, "counted with brackets:\n  " + "\n  ".join(found)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_no_text_says_one_with_a_plural(lang: str) -> None:
    """'1 punten' / '1 points': a number put in with %1 before a plural word reads wrong for one;
    such a text must count with %n and its plural forms."""
    plural_after_number = re.compile(r"%1 (punten|points|tickets|acties|actions)\b")
    wrong = [text for message in _messages(lang) for text in _shown(message, lang)
             if plural_after_number.search(text)]
    assert not wrong, f"{lang}: a count with %1 before a plural:\n  " + "\n  ".join(wrong)
