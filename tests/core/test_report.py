"""The day report as an organizer's bookkeeping reads it: kansentarief given, points, cancellations."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from balie.cli import main
from balie.counter import Counter, new_action_key
from balie.domain import IdentificationSource, today_in_brussels
from balie.report import day_report, to_csv, to_text
from tests.fixtures.store import DEMO_NOW, Demo


def _sell_kansentarief(counter: Counter, demo: Demo) -> str:
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    result = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
    assert result.done
    return result.client_uuid


def test_report_shows_kansentarief_given_as_regular_minus_paid(counter: Counter, demo: Demo):
    _sell_kansentarief(counter, demo)
    report = day_report(counter.store, today_in_brussels(DEMO_NOW))
    assert report.tickets == 1
    assert report.paid_cents == 200
    assert report.kansentarief_tickets == 1
    assert report.kansentarief_given_cents == 1000 - 200
    assert report.provisional_tickets == 1  # offline: not yet confirmed by the platform
    text = to_text(report)
    assert "Kansentarief: 1 ticket, korting € 8,00" in text
    assert "Nog niet bevestigd door UiTPAS: 1 ticket." in text


def test_cancelled_sale_is_counted_apart_not_in_the_money(counter: Counter, demo: Demo):
    _sell_kansentarief(counter, demo)
    _sell_kansentarief(counter, demo)
    cancel = counter.cancel_last(action_key=new_action_key())
    assert cancel.done
    report = day_report(counter.store, today_in_brussels(DEMO_NOW))
    assert (report.tickets, report.cancelled_tickets, report.paid_cents) == (1, 1, 200)


def test_check_in_points_appear_in_the_report(counter: Counter, demo: Demo):
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    assert counter.check_in(ident, demo.event, action_key=new_action_key()).done
    report = day_report(counter.store, today_in_brussels(DEMO_NOW))
    assert (report.checkins, report.points_given) == (1, demo.event.checkin_points)


def test_other_days_are_not_in_the_report(counter: Counter, demo: Demo):
    _sell_kansentarief(counter, demo)
    report = day_report(counter.store, today_in_brussels(DEMO_NOW) - timedelta(days=1))
    assert report.tickets == 0 and "Geen tickets verkocht." in to_text(report)


def test_csv_has_one_line_per_event_and_tariff_and_no_personal_data(counter: Counter, demo: Demo):
    _sell_kansentarief(counter, demo)
    csv_text = to_csv(day_report(counter.store, today_in_brussels(DEMO_NOW)))
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("dag;activiteit;tarief")
    assert lines[1].split(";")[1:6] == [demo.event.name, "Kansentarief", "SOCIALTARIFF", "1", "2,00"]
    assert lines[-1].split(";")[1] == "TOTAAL"
    assert demo.kansen_number not in csv_text


def test_balie_report_command_prints_the_day_and_writes_csv(counter: Counter, demo: Demo,
                                                             tmp_path, capsys):
    _sell_kansentarief(counter, demo)
    data_dir = counter.store.path.parent
    out_csv = tmp_path / "dag.csv"
    day = today_in_brussels(DEMO_NOW).isoformat()
    rc = main(["report", "--data-dir", str(data_dir), "--day", day, "--csv", str(out_csv)])
    assert rc == 0
    assert "Kansentarief: 1 ticket," in capsys.readouterr().out
    assert "Kansentarief" in out_csv.read_text(encoding="utf-8")
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf"), "BOM: Belgian Excel reads UTF-8"
    assert ";2,00;" in out_csv.read_text(encoding="utf-8-sig"), "decimal comma"


def test_balie_report_rejects_a_bad_date(capsys, tmp_path):
    try:
        main(["report", "--data-dir", str(tmp_path), "--day", "25/11/2026"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "JJJJ-MM-DD" in capsys.readouterr().err


def test_balie_report_on_an_empty_data_dir_says_there_is_nothing_yet(tmp_path, capsys):
    assert main(["report", "--data-dir", str(tmp_path), "--day", date.today().isoformat()]) == 1
    assert "nog geen baliegegevens" in capsys.readouterr().err


def test_platform_confirmation_clears_the_provisional_mark_everywhere(counter: Counter, demo: Demo):
    sale = _sell_kansentarief(counter, demo)
    store, now = counter.store, counter.clock()
    assert store.outbox.mark_sent(sale, now)
    assert store.outbox.mark_confirmed(sale, ["platform-sale-1"], now)
    report = day_report(store, today_in_brussels(DEMO_NOW))
    assert report.tickets == 1 and report.provisional_tickets == 0
    assert "Nog niet bevestigd" not in to_text(report)
    assert to_csv(report).strip().splitlines()[1].split(";")[-1] == "0"
    (line,) = store.records.ticket_sales(sale)
    assert not line.provisional and line.platform_id == "platform-sale-1"


def test_a_new_pass_sold_at_registration_is_part_of_what_was_received(
        counter: Counter, demo: Demo):
    _sell_kansentarief(counter, demo)
    registered = counter.register_passholder(
        {"passholder": {}}, uitpas_number=demo.kansen_number, card_system_id=1,
        price_cents=500, action_key=new_action_key())
    assert registered.done
    report = day_report(counter.store, today_in_brussels(DEMO_NOW))
    assert (report.passes_sold, report.pass_sales_cents) == (1, 500)
    assert report.received_cents == 200 + 500
    assert "Ontvangen: € 7,00" in to_text(report)
    rows = [line.split(";") for line in to_csv(report).strip().splitlines()]
    assert ["(nieuwe passen)", "UiTPAS", "PAS", "1", "5,00"] == rows[-2][1:6]
    assert rows[-1][1] == "TOTAAL" and rows[-1][5] == "7,00"


def test_csv_cells_never_start_a_spreadsheet_formula(counter: Counter, demo: Demo):
    from dataclasses import replace

    from balie.report import SalesLine

    _sell_kansentarief(counter, demo)
    report = day_report(counter.store, today_in_brussels(DEMO_NOW))
    evil = [SalesLine(name, "@SUM(A1)", "SOCIALTARIFF", 1, 200, 1000, 0)
            for name in ("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "\tTab", "\rCR")]
    text = to_csv(replace(report, lines=tuple(evil)))
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1:-1]
    assert [row[1] for row in rows] == ["'=HYPERLINK(\"http://x\")", "'+1+1", "'-2+3", "'\tTab",
                                        "'\nCR"]
    assert all(row[2] == "'@SUM(A1)" for row in rows)
    assert all(row[5] == "2,00" and row[7] == "8,00" for row in rows)  # numbers stay numbers
