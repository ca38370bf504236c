"""The day report (F11): the same numbers as 'balie report --day', a chart, CSV and PDF export."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, timedelta

import pytest
from PySide6.QtCore import Qt

from balie.domain import BRUSSELS, utcnow
from balie.report import to_csv
from balie.ui.banner import BannerKind
from tests.ui.conftest import identify


def _sell_and_check_in(qtbot, running) -> None:
    window = running.window
    identify(qtbot, running, "kansen_active")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=5000)
    identify(qtbot, running, "regular")
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: "Check-in" in window.view.banner.text(), timeout=5000)


def _open(qtbot, running):
    qtbot.keyClick(running.window, Qt.Key.Key_F11)
    view = running.window.report_view
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
    return view


def test_report_shows_todays_kansentarief_sale_checkin_and_chart(counter_app, qtbot):
    _sell_and_check_in(qtbot, counter_app)
    view = _open(qtbot, counter_app)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    assert view.table.item(0, 1).text() == "Kansentarief"
    assert view.table.item(0, 2).text() == "1"
    assert "Kansentarief: 1 ticket," in view.totals.text()
    assert "Check-ins: 1" in view.totals.text()
    assert [(label, n, kansen) for label, n, _amount, kansen in view.chart.bars] == \
        [("Kansentarief", 1, True)]


def test_other_day_is_empty_and_says_so(counter_app, qtbot):
    _sell_and_check_in(qtbot, counter_app)
    view = _open(qtbot, counter_app)
    yesterday = (utcnow().astimezone(BRUSSELS) - timedelta(days=1)).date()
    view.day_edit.setDate(view.day_edit.date().addDays(-1))
    qtbot.waitUntil(lambda: view.report is not None and view.report.day == yesterday,
                    timeout=5000)
    assert view.table.rowCount() == 0
    assert view.chart.bars == [] and "Geen tickets" in view.chart.empty_text


def test_exports_csv_like_the_command_and_a_pdf(counter_app, qtbot, tmp_path):
    _sell_and_check_in(qtbot, counter_app)
    view = _open(qtbot, counter_app)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    csv_path, pdf_path = tmp_path / "dag.csv", tmp_path / "dag.pdf"
    view.export_csv(csv_path)
    assert csv_path.read_text(encoding="utf-8-sig") == to_csv(view.report)
    view.export_pdf(pdf_path)
    data = pdf_path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    # render the first page (poppler-utils, installed by dev.sh): readable, not just a header
    assert shutil.which("pdftoppm"), "pdftoppm missing: apt-get install poppler-utils"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf_path),
                    str(tmp_path / "page")], check=True, timeout=30)
    assert list(tmp_path.glob("page*.png"))


def test_kassa_afsluiten_records_the_count_and_the_report_screen_csv_and_pdf_show_it(
        counter_app, qtbot, tmp_path):
    _sell_and_check_in(qtbot, counter_app)
    view = _open(qtbot, counter_app)
    qtbot.waitUntil(lambda: bool(view.report.closings), timeout=5000)
    (open_,) = view.report.closings
    assert not open_.closed and "nog niet afgesloten" in view.totals.text()
    dialog = view.ask_closing()
    dialog.counted.setText("abc")
    dialog._check()
    assert dialog.isVisible() and "geen bedrag" in dialog.error.text()  # stays open, says why
    expected = open_.expected_cents
    dialog.counted.setText(f"{(expected - 50) // 100},{(expected - 50) % 100:02d}")
    dialog._check()
    qtbot.waitUntil(lambda: view.report.closings[0].closed, timeout=5000)
    assert "geteld" in view.totals.text() and "verschil -€ 0,50" in view.totals.text()
    assert "verschil_eur" in to_csv(view.report)
    pdf_path = tmp_path / "dag.pdf"
    view.export_pdf(pdf_path)
    text = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True,
                          check=True, timeout=30).stdout
    assert "verschil -€ 0,50" in text


@pytest.mark.parametrize(("code", "button", "title"), [
    ("nl", "&Kassa afsluiten…", "Kassa afsluiten"),
    ("fr", "&Clôturer la caisse…", "Clôturer la caisse"),
    ("en", "&Close the till…", "Close the till"),
])
def test_day_closing_speaks_the_chosen_language(qapp, qtbot, code, button, title):
    from balie.ui.report_view import CloseDrawerDialog, ReportView
    from balie.ui.resources import install_language
    from balie.ui.worker import Runner

    try:
        assert install_language(code) == code
        view = ReportView(lambda _day: None, Runner(), close_drawer=lambda *_a: None)
        qtbot.addWidget(view)
        assert view.drawer_button.text() == button
        dialog = CloseDrawerDialog(view)
        assert dialog.windowTitle() == title
    finally:
        install_language("nl")


def test_price_differences_after_sync_are_in_the_report_screen_and_its_pdf(qapp, qtbot):
    """A Dender holder charged the Gent static price: UiTPAS booked less. The day report (screen,
    and the PDF, which prints the same summary) says what goes back over the counter."""
    from datetime import date, datetime

    from balie.report import DayReport
    from balie.store.differences import PriceDifferenceItem
    from balie.ui.report_view import ReportView
    from balie.ui.worker import Runner

    sold = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
    item = PriceDifferenceItem(
        id=1, client_uuid="c-1", event_name="Vrij zwemmen", uitpas_number="0900000095902",
        tariff_name="Kansentarief", tickets=1, charged_cents=150, booked_cents=110,
        message_nl="", sold_at=sold, found_at=sold, training=True, settled_at=None,
        settled_by=None)
    report = DayReport(day=date(2026, 12, 6), lines=(), cancelled_tickets=0, checkins=0,
                       points_given=0, redemptions=0, points_redeemed=0, archived_tickets=0,
                       archived_paid_cents=0, price_differences=(item,))
    view = ReportView(lambda _day: report, Runner())
    qtbot.addWidget(view)
    lines = view.summary_lines(report)
    assert "Prijsverschillen met UiTPAS: 1 · terug te geven € 0,40 · nog te ontvangen € 0,00 " \
        "(zie Te behandelen)" in lines
    view.reload()
    qtbot.waitUntil(lambda: view.report is report, timeout=5000)
    assert "terug te geven € 0,40" in view.totals.text()


#: an activity name as organizers write them: long, with the place and the age group
LONG_EVENT = ("Zomerkamp natuur en avontuur voor kinderen van 8 tot 12 jaar in het Provinciaal "
              "Domein De Gavers met overnachting in tenten en begeleiding door de jeugddienst")


def _pdf_text(path) -> str:
    """The PDF's text as poppler reads it, in drawing order, each run of spaces/newlines one
    space: a name wrapped over three lines of its column reads as one name again."""
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                         check=True, timeout=30).stdout
    return re.sub(r"(\w)- (\w)", r"\1-\2", " ".join(raw.split()))  # "Kansentarief-\nkorting"


def test_pdf_wraps_long_names_and_headers_never_cuts_them_and_goes_on_to_a_next_page(
        counter_app, qtbot, tmp_path):
    import dataclasses

    _sell_and_check_in(qtbot, counter_app)
    view = _open(qtbot, counter_app)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    (line,) = view.report.lines
    long_line = dataclasses.replace(line, event_name=LONG_EVENT,
                                    tariff_name="Kansentarief jeugd (gemeentelijk reglement)")
    busy = [dataclasses.replace(line, event_name=f"Activiteit {n:02d} {LONG_EVENT[:40]}")
            for n in range(45)]
    view.report = dataclasses.replace(view.report, lines=(long_line, *busy))
    pdf_path = tmp_path / "dag.pdf"

    pages = view.export_pdf(pdf_path)

    text = _pdf_text(pdf_path)
    assert LONG_EVENT in text, "the long activity name is whole in the PDF"
    assert "Kansentarief jeugd (gemeentelijk reglement)" in text
    assert "Kansentarief-korting" in text  # the longest header, wrapped in its column
    assert "Betaald Basisprijs" in text, "neighbouring headers do not run into each other"
    assert "…" not in text, "nothing is cut with an ellipsis"
    info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True,
                          check=True, timeout=30).stdout
    assert pages >= 2 and f"Pages: {pages}" in " ".join(info.split())
    assert text.count("Kansentarief-korting") == pages, "each page repeats the header"
    assert "Activiteit 44" in text, "the last row made it onto a page"
