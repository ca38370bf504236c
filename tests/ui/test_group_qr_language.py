"""The group list (Ctrl+G) and the QR check-in codes (Ctrl+K) follow a language change while they
are open, as every other screen does: a cashier who switches to French mid-group does not have to
close the list (and lose it) to read the keys, the rows and the last message in French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QUrl

from balie.app import Composition, compose_training
from balie.sync.online_work import ClientOnlineWork
from balie.training import demo
from balie.ui.qr_codes import QrCodesDialog, QrWork
from balie.ui.resources import install_language
from tests.ui.conftest import number_of

POOL_TODAY = demo.EVENTS["pool_today"].id


@pytest.fixture
def dutch_after(qapp) -> Iterator[None]:
    yield
    install_language("nl")


def _choose(window, code: str) -> None:
    next(a for a in window.language_actions.actions() if a.data() == code).trigger()


def test_an_open_group_list_switches_language_with_its_rows_and_message(
        counter_app, dutch_after, qtbot):
    window = counter_app.window
    combo = window.view.event_combo
    combo.setCurrentIndex(combo.findData(POOL_TODAY))
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = window.group.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.current_event() is not None, timeout=10000)
    qtbot.keyClicks(dialog.scan_field, number_of("regular"))
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.group) == 1 and not dialog.runner.busy, timeout=20000)
    qtbot.keyClicks(dialog.scan_field, number_of("regular"))  # the same pass again
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Return)
    assert dialog.banner.text().startswith("Deze pas staat al in de lijst (rij 1).")
    assert dialog.table.item(0, 4).text().startswith("Klaar")

    _choose(window, "fr")
    qtbot.waitUntil(lambda: dialog.sell_button.text() == "F2  Tout vendre", timeout=10000)
    assert dialog.isVisible() and len(dialog.group) == 1, "the list stays open and whole"
    assert dialog.checkin_button.text() == "F3  Tout enregistrer"
    assert dialog.windowTitle() == "Groupe"
    assert dialog.scan_field.placeholderText().startswith("Présentez, scannez ou tapez")
    assert dialog.table.horizontalHeaderItem(2).text() == "Nom"
    assert dialog.table.item(0, 4).text().startswith("Prête")
    assert dialog.banner.text().startswith("Cette carte est déjà dans la liste (ligne 1)."), \
        f"the last message is said again in French: {dialog.banner.text()!r}"
    assert "Total via UiTPAS : " in dialog.summary.text()

    _choose(window, "nl")
    qtbot.waitUntil(lambda: dialog.sell_button.text() == "F2  Alles verkopen", timeout=10000)
    assert dialog.banner.text().startswith("Deze pas staat al in de lijst (rij 1).")
    assert dialog.table.item(0, 4).text().startswith("Klaar")


@pytest.fixture
def composition(platform, tmp_path) -> Iterator[Composition]:
    composition = compose_training(tmp_path / "counter", platform, organizer_key="pool")
    assert composition.refresh_reference(), "the training platform did not answer the refresh"
    yield composition
    composition.stop()


def _qr_dialog(qtbot, composition: Composition, *, online: bool,
               opened: list[QUrl] | None = None) -> QrCodesDialog:
    work = QrWork(ClientOnlineWork(composition.client, composition.organizer_id),
                  is_online=lambda: online, events=composition.adapter.events,
                  current_event=lambda: POOL_TODAY,
                  open_url=lambda url: opened.append(url) is None if opened is not None else False)
    dialog = QrCodesDialog(work)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.online is not None, timeout=5000)
    return dialog


def test_an_open_qr_dialog_offline_says_why_in_the_new_language(
        qtbot, composition, dutch_after):
    dialog = _qr_dialog(qtbot, composition, online=False)
    assert dialog.banner.text().startswith("QR-codes ophalen kan alleen met verbinding")
    install_language("fr")
    qtbot.waitUntil(lambda: dialog.open_button.text() == "&Ouvrir", timeout=10000)
    assert dialog.close_button.text() == "&Fermer"
    assert dialog.file_format.itemText(0) == "PDF à imprimer"
    assert dialog.banner.text().startswith(
        "Récupérer les codes QR n'est possible qu'avec une connexion à UiTPAS"), \
        dialog.banner.text()
    assert not dialog.open_button.isEnabled(), "still offline: nothing to press"


def test_an_open_qr_dialog_says_its_last_message_again_in_the_new_language(
        qtbot, composition, dutch_after):
    opened: list[QUrl] = []
    dialog = _qr_dialog(qtbot, composition, online=True, opened=opened)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert dialog.banner.text().startswith("De QR-codes zijn geopend.")
    install_language("fr")
    qtbot.waitUntil(lambda: dialog.save_button.text() == "&Enregistrer…", timeout=10000)
    assert dialog.banner.text().startswith("Les codes QR sont ouverts."), dialog.banner.text()
    assert dialog.explain.text().startswith("Les titulaires s'enregistrent eux-mêmes")
    assert dialog.file_format.currentData() == "pdf", "the choice stays as it was"
