"""Where the theme, icons and compiled translations live, and how they are loaded.

The files sit in ``resources/`` at the top of the source tree (a frozen build copies that folder
next to the executable), so one lookup serves both.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

#: languages the counter can be shown in; Dutch (nl-BE) is the source language of every string
LANGUAGES: tuple[str, ...] = ("nl", "fr", "en")
DEFAULT_LANGUAGE = "nl"
#: each language in its own name, so anyone can find their way back
LANGUAGE_NAMES: dict[str, str] = {"nl": "Nederlands", "fr": "Français", "en": "English"}
#: the store setting that holds the counter's screen language
SETTING_LANGUAGE = "ui.language"


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def apply_theme(app: QApplication) -> None:
    """The calm, large, high-contrast look; a missing file leaves Qt's default (still usable)."""
    qss = resources_dir() / "balie.qss"
    if qss.is_file():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


_installed: list[QTranslator] = []
_current: list[str] = [DEFAULT_LANGUAGE]


def current_language() -> str:
    """The language the screens are in now (the last one installed)."""
    return _current[0]


def install_language(language: str) -> str:
    """Switch the application's translator; returns the language actually in use.

    Dutch needs no translator (it is the source); an unknown or missing language falls back to
    Dutch rather than failing, because a counter must always start."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    locale = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}[language]
    QLocale.setDefault(QLocale(locale))
    _current[0] = DEFAULT_LANGUAGE
    _install_qt_own(app, language)
    ours = QTranslator(app)
    if ours.load(str(i18n_dir() / f"balie_{language}.qm")):
        # Dutch too: its file holds the singular and plural of each "%n" text
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != DEFAULT_LANGUAGE:
        return DEFAULT_LANGUAGE
    _current[0] = language
    return language


def _install_qt_own(app: QCoreApplication, language: str) -> None:
    """Qt's own texts (file dialogs, standard buttons, context menus) are English at source:
    its qtbase_nl / qtbase_fr files put them in the counter's language. Missing files (a
    trimmed build) leave them in English; nothing else depends on them."""
    if language == "en":
        return
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{language}", folder):
        app.installTranslator(translator)
        _installed.append(translator)
