"""What a cashier reads counts properly: "1 ticket", "3 tickets", never "ticket(s)" or "punt(en)",
in Dutch, French and English, and no text is left untranslated.

Reads the shipped translation sources and compiled files (resources/i18n) and the core's own Dutch
messages (string literals in balie/ outside the screens; log lines are English and for support,
not for the cashier)."""

from __future__ import annotations

import ast
import re
import subprocess
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
        if relative.startswith("balie/ui/"):
            continue  # screens: checked in the .ts above (the training platform's refusals reach
            # the cashier as UiTPAS's own words, so they count in words too)
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


#: what a translation must carry over from its Dutch source: the numbers put in (%1, %2), and an
#: access key when the source has one (keyboard-first: Alt+letter must work in every language)
PLACEHOLDER = re.compile(r"%\d")
ACCESS_KEY = re.compile(r"&(?!&)\w")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_translations_keep_the_numbers_the_access_keys_and_the_sentence_end(lang: str) -> None:
    """A translation that drops %2 shows a wrong amount; one without its & loses the Alt key;
    a question that becomes a statement (or a sentence that loses its full stop) reads as a
    different message than the Dutch one beside it in a screenshot."""
    wrong = []
    for message in _messages(lang):
        source = message.findtext("source") or ""
        for text in _shown(message, lang):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"numbers differ: {source!r} -> {text!r}")
            if bool(ACCESS_KEY.search(source.replace("&&", ""))) != \
                    bool(ACCESS_KEY.search(text.replace("&&", ""))):
                wrong.append(f"access key differs: {source!r} -> {text!r}")
            ends = source.rstrip()[-1:], text.rstrip()[-1:]
            if any(end and end in ".?…:!" for end in ends) and ends[0] != ends[1]:
                wrong.append(f"ends differently: {source!r} -> {text!r}")
    assert not wrong, f"{lang}:\n  " + "\n  ".join(wrong)


#: where the screen itself adds the next step after the message (one place, with its reason)
NEXT_STEP_ADDED_BY_THE_SCREEN = {
    # the lock screen follows every failed sign-in with "Kies opnieuw je naam ... pincode."
    ("balie/ui/lock_screen.py", "sign-in"),
}


def _problems_without_next_step(path: Path) -> list[str]:
    """``Problem(code, message[, next_step])`` calls whose message is written here (a literal,
    an f-string or a tr() call) and whose next step is missing or empty."""
    relative = path.relative_to(ROOT).as_posix()
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "Problem"):
            continue
        arguments = {**dict(enumerate(node.args)), **{k.arg: k.value for k in node.keywords}}
        code, message = arguments.get(0, arguments.get("code")), arguments.get(1, arguments.get("message"))
        written_here = isinstance(message, (ast.Constant, ast.JoinedStr)) or (
            isinstance(message, ast.Call) and isinstance(message.func, ast.Attribute)
            and message.func.attr == "tr")
        if not written_here:
            continue
        step = arguments.get(2, arguments.get("next_step"))
        if step is None or (isinstance(step, ast.Constant) and not str(step.value).strip()):
            key = code.value if isinstance(code, ast.Constant) else ""
            if (relative, key) not in NEXT_STEP_ADDED_BY_THE_SCREEN:
                found.append(f"{relative}:{node.lineno}: {ast.unparse(message)[:90]}")
    return found


def test_every_problem_says_what_to_do_next() -> None:
    """A Dutch problem is one reason and one next step: 'Pas niet gevonden.' alone leaves the
    cashier with the customer and nothing to try."""
    found = [line for path in sorted((ROOT / "balie").rglob("*.py"))
             if not path.relative_to(ROOT).as_posix().startswith("balie/training/")
             for line in _problems_without_next_step(path)]
    assert not found, "a problem without a next step:\n  " + "\n  ".join(found)


#: one name per thing: the words a person reads, and the ones they replace
RETIRED_WORDS = {
    r"\bevenement(en)?\b": "activiteit (the counter, the group list and the report say so)",
    r"\bEvenement(en)?\b": "Activiteit",
    r"\bmakkelijk": "gemakkelijk (nl-BE)",
    r"\bnogmaals\b": "nog eens",
    r"\bbel support\b|\bondersteuning\b": "de helpdesk",
    r"\bHet UiTPAS-platform\b|\bhet UiTPAS-platform\b": "UiTPAS (as the screens say it)",
    r"[Vv]irtuele kaarten": "Oefenkaarten",
    r"\b[Hh]andeling(en)?\b": "actie (as the queue, F8 and the status bar say it)",
    r"\b([Oo]pslaan|[Oo]pgeslagen)\b|\b[Oo]p&slaan": "bewaren / bewaard (as every other screen says)",
    r"\b[Kk]aartnummer|\buitpasnummer\b|\bUiTPAS nummer\b": "UiTPAS-nummer (as printed on the card)",
}
#: file formats keep their column names: the paper sheet's and the export's "evenement" column
FILE_FORMAT_MODULES = ("balie/paper_import.py", "balie/privacy.py", "balie/app/commands/import_csv.py",
                       "balie/sync/events.py")


def test_one_name_per_thing_in_every_dutch_text() -> None:
    texts = [(f"resources/i18n/balie_nl.ts: {message.findtext('source')!r}",
              message.findtext("source") or "") for message in _messages("nl")]
    for path in sorted((ROOT / "balie").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(("balie/ui/", "balie/training/", "balie/store/migrations/")) \
                or relative in FILE_FORMAT_MODULES:
            continue  # screens: in the .ts above; the training platform speaks for UiTPAS;
            # a migration's words are history (written once into old stores)
        texts += [(f"{relative}:{line}: {text[:80]!r}", text) for line, text in _core_texts(path)]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    texts.append(("README.md", readme.replace("soort;uitpasnummer;evenement;", "")))  # the sheet's columns
    wrong = [f"{where} — say {better}" for where, text in texts
             for pattern, better in RETIRED_WORDS.items() if re.search(pattern, text)]
    assert not wrong, "a retired word:\n  " + "\n  ".join(wrong)


def test_the_french_speaks_to_the_cashier_with_vous_throughout() -> None:
    """One register per language: the French screens said "Choisissez" on the counter and
    "Choisis" in the group list. Counter software in Belgium says "vous"."""
    informal = re.compile(r"\b(tu|ta|ton|tes|toi)\b|\b\w+[es]-(le|la|les|toi|en)\b")
    #: the imperatives the screens use, in their 'tu' form (the 'vous' form ends in -ez)
    commands = re.compile(r"(^|[.;:,] |\bou |\bet )(Choisis|Scanne|Présente|Tape|Appuie|Réessaie|"
                          r"Ferme|Ouvre|Indique|Pose|Insère|Montre|Branche|Laisse|Demande|Vérifie|"
                          r"Imprime|Affiche|Redémarre|Synchronise|Ajoute)\b", re.IGNORECASE)
    found = [text for message in _messages("fr") for text in _shown(message, "fr")
             if informal.search(text) or commands.search(text)]
    assert not found, "fr: 'tu' where the screens say 'vous':\n  " + "\n  ".join(found)


def test_the_translation_files_hold_every_text_the_screens_have(tmp_path: Path) -> None:
    """A tr() text added or changed without running ``python -m balie.ui.i18n_build`` is in no
    .ts file, so the checks above never see it and French and English screens show it in Dutch.
    lupdate reads the sources afresh here; its texts must be the committed ones."""
    from balie.ui.i18n_build import sources, tool

    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "nl_BE",
                    "-target-language", "fr", *map(str, sources()), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=60)

    def texts(path: Path) -> set[tuple[str, str]]:
        root = ElementTree.parse(path).getroot()
        return {(context.findtext("name") or "", message.findtext("source") or "")
                for context in root.findall("context") for message in context.findall("message")}

    in_code = texts(fresh)
    for lang in LANGUAGES:
        committed = texts(i18n_dir() / f"balie_{lang}.ts")
        new, gone = sorted(in_code - committed), sorted(committed - in_code)
        assert not new and not gone, (
            f"balie_{lang}.ts is behind the code: run python -m balie.ui.i18n_build\n"
            f"  not in the file: {new}\n  no longer in the code: {gone}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_file_is_the_translation_file_compiled(lang: str, tmp_path: Path) -> None:
    """The app loads the .qm, the checks above read the .ts: a translation fixed in the .ts but
    not compiled still shows the old words on screen."""
    from balie.ui.i18n_build import tool

    fresh = tmp_path / f"balie_{lang}.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(i18n_dir() / f"balie_{lang}.ts"),
                    "-qm", str(fresh)], check=True, capture_output=True, timeout=60)
    assert fresh.read_bytes() == (i18n_dir() / f"balie_{lang}.qm").read_bytes(), \
        f"balie_{lang}.qm is stale: run python -m balie.ui.i18n_build --release-only"
