"""Group mode and the QR check-in codes on a live counter: the store sealed with its key in the
keyring, the configured platform (here the training platform on 127.0.0.1), client credentials
from the keyring. Rows are looked up again in the sealed records after sync; nothing is sent
twice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QUrl

from balie import app
from balie.domain import IdentificationSource
from balie.group import RowState
from balie.sync.online_work import ClientOnlineWork
from balie.training import demo
from balie.ui.group_view import GroupDialog, GroupWork
from balie.ui.qr_codes import QrCodesDialog, QrWork
from balie.ui.today_adapter import TodayAdapter
from tests.e2e.test_gui_store_key import live_config
from tests.ui.test_lock_screen import FAST

POOL_TODAY = demo.EVENTS["pool_today"].id


@pytest.fixture
def live(platform, tmp_path, memory_keyring) -> Iterator[app.Composition]:
    composition = app.compose_configured(live_config(platform, tmp_path), None,
                                         operator_scrypt=FAST)
    assert composition.store.cipher is not None, "a live store is sealed"
    assert composition.refresh_reference()
    yield composition
    composition.stop()


def test_a_group_on_a_sealed_store_is_sold_confirmed_once_and_one_row_undone(
        live, platform, qtbot):
    work = GroupWork(live.adapter, TodayAdapter(live.store, live.counter),
                     current_event=lambda: POOL_TODAY)
    dialog = GroupDialog(work)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current_event() is not None, timeout=10000)
    for key in ("kansen_active", "minor", "blocked"):
        dialog.add_pass(demo.PASSES[key].uitpas_number, IdentificationSource.TYPED)
        qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10000)
    assert [r.state for r in dialog.group] == [RowState.WAITING, RowState.WAITING,
                                               RowState.CARD_REFUSED]
    # nobody signed in: the counter's role rules refuse each row, nothing is saved
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: not dialog.runner.busy and not dialog._todo, timeout=20000)
    assert [r.state for r in dialog.group][:2] == [RowState.REFUSED, RowState.REFUSED]
    assert "mag dit niet doen" in dialog.group[0].reason
    assert live.store.outbox.stats().length == 0
    assert live.session.create_first_supervisor("An", "4821").operator is not None
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F2)  # the same rows again, now signed in
    qtbot.waitUntil(lambda: not dialog.runner.busy and not dialog._todo, timeout=20000)
    assert [r.state for r in dialog.group][:2] == [RowState.DONE, RowState.DONE], \
        [r.reason for r in dialog.group]
    report = live.sync.drain()
    assert report is not None
    dialog.refresh_sync_state()
    qtbot.waitUntil(lambda: all(r.confirmed for r in dialog.group if r.client_uuid),
                    timeout=10000)
    for key in ("kansen_active", "minor"):
        assert platform.count_ticket_sales(POOL_TODAY, demo.PASSES[key].uitpas_number) == 1
    dialog.table.selectRow(1)
    dialog.undo_selected()
    dialog.undo_selected()
    qtbot.waitUntil(lambda: dialog.group[1].state is RowState.UNDONE, timeout=10000)
    live.sync.drain()
    assert platform.count_ticket_sales(POOL_TODAY, demo.PASSES["minor"].uitpas_number) == 0
    assert platform.count_ticket_sales(POOL_TODAY) == 1
    dialog.reject()


def test_qr_codes_on_a_live_counter(live, qtbot):
    opened: list[QUrl] = []
    work = QrWork(ClientOnlineWork(live.client, live.organizer_id), is_online=lambda: True,
                  events=live.adapter.events, current_event=lambda: POOL_TODAY,
                  open_url=lambda url: opened.append(url) is None)
    dialog = QrCodesDialog(work)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.online is not None, timeout=5000)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert "/qr-checkincodes/" in opened[0].toString()
