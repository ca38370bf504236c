"""Te behandelen is handled by keyboard: every Alt+letter in it means one thing, in every
language (two labels on one letter only move the focus between them: Alt+A never cancelled)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from balie.ui.resources import install_language


@pytest.fixture
def language(qapp) -> Iterator[None]:
    yield
    install_language("nl")


def mnemonics(widget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel)
             if w.isVisibleTo(widget)]
    return [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]


@pytest.mark.parametrize("code", ["nl", "fr", "en"])
def test_each_alt_letter_in_te_behandelen_means_one_thing(counter_app, language, qtbot, code):
    window = counter_app.window
    install_language(code)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    view = window.attention_view
    assert view is not None
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    letters = mnemonics(view)
    assert len(letters) >= 8, letters  # the four fields and the four buttons
    doubled = sorted(letter for letter, n in Counter(letters).items() if n > 1)
    assert not doubled, f"{code}: Alt+{doubled} is on more than one label or button"
    view.close()
