"""The QR check-in codes dialog against the training platform: online it opens the link with the
desktop's handler (watched through the dialog's seam) or saves the real file; offline, or when
UiTPAS does not answer, it says plainly that this needs a connection."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt, QUrl

from balie.app import Composition, compose_training
from balie.sync.online_work import ClientOnlineWork
from balie.training import demo
from balie.ui.qr_codes import QrCodesDialog, QrWork

POOL_TODAY = demo.EVENTS["pool_today"].id


@pytest.fixture
def composition(platform, tmp_path) -> Iterator[Composition]:
    composition = compose_training(tmp_path / "counter", platform, organizer_key="pool")
    assert composition.refresh_reference(), "the training platform did not answer the refresh"
    yield composition
    platform.clear_faults()
    composition.stop()


def _dialog(qtbot, composition: Composition, *, online: bool = True,
            opened: list[QUrl] | None = None, save_to: Path | None = None) -> QrCodesDialog:
    work = QrWork(ClientOnlineWork(composition.client, composition.organizer_id),
                  is_online=lambda: online, events=composition.adapter.events,
                  current_event=lambda: POOL_TODAY,
                  open_url=lambda url: opened.append(url) is None if opened is not None else False,
                  choose_file=lambda _parent, name: str(save_to / name) if save_to else "")
    dialog = QrCodesDialog(work)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.online is not None, timeout=5000)
    return dialog


def test_open_hands_a_working_link_to_the_desktop(qtbot, composition):
    opened: list[QUrl] = []
    dialog = _dialog(qtbot, composition, opened=opened)
    assert dialog.activity.currentData() == POOL_TODAY  # the counter's activity is preselected
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert dialog.banner.text().startswith("De QR-codes zijn geopend.")
    file = requests.get(opened[0].toString(), timeout=10)
    assert file.status_code == 200 and file.content.startswith(b"%PDF-")


def test_save_as_zip_writes_the_file_where_the_cashier_chose(qtbot, composition, tmp_path):
    dialog = _dialog(qtbot, composition, save_to=tmp_path)
    dialog.file_format.setCurrentIndex(dialog.file_format.findData("zip"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    assert dialog.saved == tmp_path / f"qr-checkin-{POOL_TODAY}.zip"
    with zipfile.ZipFile(dialog.saved) as zf:
        assert any(name.endswith(".png") for name in zf.namelist())
    assert dialog.banner.text().startswith(f"QR-codes bewaard in {dialog.saved}")


def test_offline_it_says_this_needs_a_connection_before_anything_else(qtbot, composition):
    opened: list[QUrl] = []
    dialog = _dialog(qtbot, composition, online=False, opened=opened)
    assert dialog.banner.kind.value == "warning"
    assert dialog.banner.text().startswith(
        "QR-codes ophalen kan alleen met verbinding met UiTPAS, en de balie is nu offline.")
    assert not dialog.open_button.isEnabled() and not dialog.save_button.isEnabled()


def test_platform_gone_after_opening_says_offline_and_opens_nothing(qtbot, composition, platform):
    opened: list[QUrl] = []
    dialog = _dialog(qtbot, composition, opened=opened)
    platform.set_faults(refuse_connections=True)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.banner.kind.value == "warning", timeout=15000)
    assert "kan alleen met verbinding met UiTPAS" in dialog.banner.text()
    assert opened == []


def test_ctrl_k_opens_the_codes_of_the_counters_activity(counter_app, qtbot):
    window = counter_app.window
    assert window.qr_codes.action.text() == "&QR-check-incodes…"
    chosen = window.view.event_combo.currentData()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.qr_codes.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.online is not None, timeout=10000)
    assert dialog.online, dialog.banner.text()
    assert dialog.activity.currentData() == chosen
    assert dialog.open_button.isEnabled()
    dialog.reject()
