"""Group mode at the counter, by keyboard, against the training platform: five passes of a class
(one with kansentarief, one blocked card) scanned into a list, sold or checked in with one key,
each row with its own status; offline they queue and are confirmed once each after sync; one row
undone on its own; the group total is what the day report and the drawer count."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt

from balie.domain import today_in_brussels, utcnow
from balie.group import GroupMode, RowState
from balie.training import demo
from balie.ui.banner import BannerKind
from tests.ui.conftest import chip_of, number_of
from tests.ui.fit import SCREENS, misfits

POOL_TODAY = demo.EVENTS["pool_today"].id
#: a school class: one with kansentarief, three without, one blocked card
CLASS = ("kansen_active", "regular", "few_points", "lost_new", "blocked")


def _open(qtbot, running):
    window = running.window
    combo = window.view.event_combo
    combo.setCurrentIndex(combo.findData(POOL_TODAY))
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = window.group.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.current_event() is not None, timeout=10000)
    assert dialog.current_event().id == POOL_TODAY, "the counter's activity is preselected"
    return dialog


def _idle(qtbot, dialog, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: not dialog.runner.busy and not dialog._todo, timeout=timeout)


def _type(qtbot, dialog, key: str) -> None:
    qtbot.keyClicks(dialog.scan_field, number_of(key))
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Return)
    _idle(qtbot, dialog)


def _scan_class(qtbot, dialog, running) -> None:
    """Taps and typing mixed, as at a real counter."""
    for index, key in enumerate(CLASS):
        if index % 2:
            _type(qtbot, dialog, key)
        else:
            running.signals.card_tapped.emit("Virtual PCD 00 00", chip_of(key))
            _idle(qtbot, dialog)
    assert len(dialog.group) == len(CLASS)


def _row(dialog, key: str):
    number = number_of(key)
    return next(r for r in dialog.group if r.uitpas_number == number)


def _status(dialog, key: str) -> str:
    index = next(i for i, r in enumerate(dialog.group) if r.uitpas_number == number_of(key))
    return dialog.table.item(index, 4).text()


def test_a_class_is_scanned_and_sold_with_one_key(counter_app, platform, qtbot):
    dialog = _open(qtbot, counter_app)
    _scan_class(qtbot, dialog, counter_app)
    blocked = _row(dialog, "blocked")
    assert blocked.state is RowState.CARD_REFUSED
    assert _status(dialog, "blocked").startswith("Geweigerd — ")
    assert blocked.reason, "the reason the card cannot come along is on its row"
    # the same pass again, typed this time: refused calmly, not added
    _type(qtbot, dialog, "kansen_active")
    assert len(dialog.group) == len(CLASS)
    assert dialog.banner.kind is BannerKind.INFO
    assert dialog.banner.text().startswith("Deze pas staat al in de lijst (rij 1).")
    assert dialog.summary.text().startswith("5 passen in de lijst · 0 bewaard")

    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F2)
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Escape)  # while it works: the list stays
    assert dialog.isVisible() and dialog.banner.text().startswith("De groep is nog bezig.")
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F8)  # undo while it works: says why it waits
    assert dialog.banner.text() == ("De groep is nog bezig.\n"
                                    "Druk F8 als alle rijen hun status hebben."), dialog.banner.text()
    _idle(qtbot, dialog)
    kansen = _row(dialog, "kansen_active")
    assert kansen.state is RowState.DONE and kansen.kansentarief
    assert dialog.table.item(0, 3).text() == f"{_euro(kansen.price_cents)} kansentarief"
    assert _status(dialog, "kansen_active") == "Verkocht"
    for key in ("regular", "few_points", "lost_new"):
        assert _row(dialog, key).state is RowState.REGULAR
        assert _status(dialog, key).startswith("Gewone prijs: reken af aan de kassa")
    assert _row(dialog, "blocked").state is RowState.CARD_REFUSED
    assert dialog.banner.text().startswith("Klaar: 1 pas bewaard.")
    totals = dialog.group.totals()
    assert totals.total_cents == kansen.price_cents and totals.regular == 3
    assert f"Totaal via UiTPAS: {_euro(kansen.price_cents)}" in dialog.summary.text()
    assert "3 aan gewone prijs: € 13,50 apart aan de kassa" in dialog.summary.text()

    # F2 again: nothing left to do, nothing sold twice
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F2)
    _idle(qtbot, dialog)
    assert dialog.banner.text().startswith("Er staat geen pas meer klaar.")
    store = counter_app.composition.store
    assert store.outbox.stats().length == 1

    # the group total is what the day report counts and the drawer should hold
    adapter = counter_app.composition.adapter
    day = today_in_brussels(utcnow())
    report = adapter.day_report(day)
    assert report.received_cents == totals.total_cents
    closing = adapter.close_drawer(day, totals.total_cents, 0)
    assert closing.expected_cents == totals.total_cents and closing.difference_cents == 0


def test_check_in_all_gives_each_pass_its_points_and_refuses_the_blocked_card(
        counter_app, platform, qtbot):
    dialog = _open(qtbot, counter_app)
    _scan_class(qtbot, dialog, counter_app)
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F3)
    _idle(qtbot, dialog)
    for key in ("kansen_active", "regular", "few_points", "lost_new"):
        row = _row(dialog, key)
        assert row.state is RowState.DONE and row.done_as is GroupMode.CHECKIN, row
        assert _status(dialog, key) == "Ingecheckt"
    assert _row(dialog, "blocked").state is RowState.CARD_REFUSED
    counter_app.window.sync_now()
    qtbot.waitUntil(lambda: all(r.confirmed for r in dialog.group if r.client_uuid),
                    timeout=20000)
    for key in ("kansen_active", "regular", "few_points", "lost_new"):
        assert platform.count_checkins(POOL_TODAY, number_of(key)) == 1
        assert _status(dialog, key) == "Ingecheckt, bevestigd door UiTPAS"
    assert platform.count_checkins(POOL_TODAY, number_of("blocked")) == 0


def test_offline_the_group_queues_and_after_sync_each_is_confirmed_once(
        counter_app, platform, qtbot):
    dialog = _open(qtbot, counter_app)
    for key in ("kansen_active", "minor", "regular"):  # known to the counter before the outage
        _type(qtbot, dialog, key)
    platform.set_faults(refuse_connections=True)
    try:
        qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F2)
        _idle(qtbot, dialog, timeout=60000)
        for key in ("kansen_active", "minor"):
            row = _row(dialog, key)
            assert row.state is RowState.QUEUED, row
            assert _status(dialog, key) == \
                "Verkocht (voorlopig: wordt verstuurd zodra UiTPAS bereikbaar is)"
        assert "2 voorlopig" in dialog.summary.text()
        assert platform.count_ticket_sales(POOL_TODAY) == 0
    finally:
        platform.clear_faults()
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F5)  # sync now, from the group screen
    qtbot.waitUntil(lambda: _row(dialog, "kansen_active").confirmed
                    and _row(dialog, "minor").confirmed, timeout=30000)
    assert _status(dialog, "minor") == "Verkocht, bevestigd door UiTPAS"
    for key in ("kansen_active", "minor"):
        assert platform.count_ticket_sales(POOL_TODAY, number_of(key)) == 1
    counter_app.window.sync_now()  # a second round sends nothing again
    qtbot.waitUntil(lambda: not counter_app.window.sync_asked, timeout=20000)
    assert platform.count_ticket_sales(POOL_TODAY) == 2


def test_one_row_is_undone_on_its_own_and_its_cancellation_reaches_uitpas(
        counter_app, platform, qtbot):
    dialog = _open(qtbot, counter_app)
    for key in ("kansen_active", "minor"):
        _type(qtbot, dialog, key)
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F2)
    _idle(qtbot, dialog)
    counter_app.window.sync_now()
    qtbot.waitUntil(lambda: all(r.confirmed for r in dialog.group), timeout=20000)
    assert platform.count_ticket_sales(POOL_TODAY) == 2
    # keyboard only: Up walks to the first row, F8 asks, F8 again undoes it
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Up)
    assert dialog.table.currentRow() == 0
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F8)
    assert dialog.banner.text().startswith("Rij 1 (Mehdi) ongedaan maken?")
    assert _row(dialog, "kansen_active").state is RowState.DONE, "one F8 only asks"
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F8)
    _idle(qtbot, dialog)
    assert _row(dialog, "kansen_active").state is RowState.UNDONE
    assert "De annulering wordt doorgestuurd naar UiTPAS" in dialog.banner.text()
    assert _row(dialog, "minor").state is RowState.DONE, "the other row stays sold"
    assert dialog.group.totals().total_cents == _row(dialog, "minor").price_cents
    counter_app.window.sync_now()
    qtbot.waitUntil(lambda: platform.count_ticket_sales(POOL_TODAY, number_of("kansen_active"))
                    == 0, timeout=20000)
    assert platform.count_ticket_sales(POOL_TODAY, number_of("minor")) == 1
    report = counter_app.composition.adapter.day_report(today_in_brussels(utcnow()))
    assert report.received_cents == dialog.group.totals().total_cents


def test_another_activity_reprices_the_waiting_rows_before_the_group_key(
        counter_app, platform, qtbot):
    dialog = _open(qtbot, counter_app)
    _type(qtbot, dialog, "kansen_active")
    assert _row(dialog, "kansen_active").kansentarief
    course = demo.EVENTS["pool_course"]  # kansentarief for Gent and Brussel, not Dender
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F6)
    assert dialog.event_combo.hasFocus()
    dialog.event_combo.setCurrentIndex(dialog.event_combo.findData(course.id))
    _idle(qtbot, dialog)
    row = _row(dialog, "kansen_active")
    assert not row.kansentarief and row.price_cents == 800
    assert dialog.table.item(0, 3).text() == "€ 8,00"
    assert row.state is RowState.WAITING and row.reason, "the reason there is no kansentarief"


def test_group_mode_is_in_the_menu_and_f1_and_fits_a_counter_screen(counter_app, qtbot):
    window = counter_app.window
    assert window.group.action.text() == "&Groep…"
    assert window.group.action in window.counter_menu.actions()
    dialog = _open(qtbot, counter_app)
    _scan_class(qtbot, dialog, counter_app)
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F2)
    _idle(qtbot, dialog)
    window.resize(SCREENS["1366x768"])
    dialog.resize(QSize(SCREENS["1366x768"].width() - 40, SCREENS["1366x768"].height() - 40))
    qtbot.waitUntil(lambda: dialog.width() <= 1366, timeout=2000)
    assert misfits(dialog) == []
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    rows = window.open_shortcuts().table
    keys = [rows.item(r, 0).text() for r in range(rows.rowCount())]
    assert "Ctrl+G" in keys and "Ctrl+K" in keys


def _euro(cents: int | None) -> str:
    from balie.domain import format_euro

    assert cents is not None
    return format_euro(cents)
