"""The day closing: per operator, the cash the counter expected, what was counted, the difference,
kept as a record and shown in the report, its CSV and ``balie report --close``."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from balie.cli import main
from balie.closing import close_day, closings, parse_amount
from balie.counter import Counter, new_action_key
from balie.domain import IdentificationSource, Operator, today_in_brussels
from balie.operators import Operators, ScryptParams
from balie.report import day_report, to_csv, to_text
from tests.fixtures.store import DEMO_NOW, Demo

SUPERVISOR = Operator("sup-1", "Sara Verantwoordelijke", "supervisor")


def _sell(counter: Counter, demo: Demo, tariff: str = "SOCIALTARIFF") -> str:
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer(tariff)
    result = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
    assert result.done
    return result.client_uuid


def _day_with_two_sales_a_cancel_and_a_pass(counter: Counter, demo: Demo) -> None:
    _sell(counter, demo)
    _sell(counter, demo)
    _sell(counter, demo)
    assert counter.cancel_last(action_key=new_action_key()).done  # the € 2,00 went back
    assert counter.register_passholder({"passholder": {}}, uitpas_number=demo.kansen_number,
                                       card_system_id=1, price_cents=500,
                                       action_key=new_action_key()).done


def test_expected_cash_is_what_the_operator_charged_and_the_difference_is_kept(
        counter: Counter, demo: Demo) -> None:
    _day_with_two_sales_a_cancel_and_a_pass(counter, demo)
    day = today_in_brussels(DEMO_NOW)
    (open_,) = closings(counter.store, day)
    assert (open_.operator_name, open_.received_cents, open_.closed) == ("An Kassa", 900, False)
    closing = close_day(counter.store, day, demo.operator, 5850, closed_by=demo.operator,
                        now=DEMO_NOW, opening_float_cents=5000)
    assert (closing.expected_at_closing_cents, closing.difference_cents) == (5900, -50)
    report = day_report(counter.store, day)
    text = to_text(report)
    assert "Kassa-afsluiting:" in text
    assert "An Kassa: verwacht € 59,00, geteld € 58,50, verschil -€ 0,50" in text
    rows = list(csv.reader(io.StringIO(to_csv(report)), delimiter=";"))
    header = rows.index(["dag", "medewerker", "wisselgeld_eur", "ontvangen_eur", "verwacht_eur",
                         "geteld_eur", "verschil_eur", "afgesloten_om"])
    assert rows[header + 1][1:7] == ["An Kassa", "50,00", "9,00", "59,00", "58,50", "-0,50"]


def test_a_recount_is_a_new_record_and_a_later_sale_asks_for_another_count(
        counter: Counter, demo: Demo) -> None:
    _sell(counter, demo)
    day = today_in_brussels(DEMO_NOW)
    close_day(counter.store, day, demo.operator, 150, closed_by=demo.operator, now=DEMO_NOW)
    close_day(counter.store, day, demo.operator, 200, closed_by=demo.operator,
              now=DEMO_NOW + timedelta(minutes=5))
    (closing,) = closings(counter.store, day)
    assert (closing.counted_cents, closing.difference_cents) == (200, 0)
    _sell(counter, demo)
    (closing,) = closings(counter.store, day)
    assert closing.changed_since_closing and closing.expected_cents == 400
    assert "sindsdien gewijzigd, nu verwacht € 4,00: tel opnieuw" in to_text(
        day_report(counter.store, day))
    with counter.store.read() as s:
        from sqlalchemy import func, select

        from balie.store.models import AuditLine, DayClosing

        assert s.scalar(select(func.count()).select_from(DayClosing)) == 2
        assert s.scalar(select(func.count()).select_from(AuditLine).where(
            AuditLine.action == "day.close")) == 2


@pytest.mark.parametrize("raw", ["-5", "abc", "1e30", "NaN", "99999999999"])
def test_a_counted_amount_that_cannot_be_in_a_drawer_is_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(raw)
    assert parse_amount("€ 1.234,50") == 123450 and parse_amount("80") == 8000


def _cli(counter: Counter, monkeypatch: pytest.MonkeyPatch, pin: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    return main(["report", "--data-dir", str(counter.store.path.parent), "--day",
                 today_in_brussels(DEMO_NOW).isoformat(), "--pin-stdin", *args])


def test_balie_report_close_needs_the_operators_pin_and_prints_the_closing(
        counter: Counter, demo: Demo, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _sell(counter, demo)
    operators = Operators(counter.store, scrypt=ScryptParams(2**10, 8, 1))
    assert operators.add("op-1", "An Kassa", "cashier", "4826", DEMO_NOW) is None
    assert _cli(counter, monkeypatch, "9999", "--close", "op-1", "--operator", "op-1",
                "--counted", "2,00") == 1
    assert "verkeerde pincode" in capsys.readouterr().err
    assert not closings(counter.store, today_in_brussels(DEMO_NOW))[0].closed
    assert _cli(counter, monkeypatch, "4826", "--close", "op-1", "--operator", "op-1",
                "--counted", "1,80") == 0
    out = capsys.readouterr().out
    assert "Kassa van An Kassa afgesloten: verwacht € 2,00, geteld € 1,80, verschil -€ 0,20." \
        in out
    assert "An Kassa: verwacht € 2,00, geteld € 1,80, verschil -€ 0,20" in out


def test_only_a_supervisor_may_close_someone_elses_drawer(
        counter: Counter, demo: Demo, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _sell(counter, demo)
    operators = Operators(counter.store, scrypt=ScryptParams(2**10, 8, 1))
    assert operators.add("op-1", "An Kassa", "cashier", "4826", DEMO_NOW) is None
    assert operators.add("op-2", "Bert Kassa", "cashier", "7391", DEMO_NOW) is None
    assert operators.add("sup-1", SUPERVISOR.name, "supervisor", "5173", DEMO_NOW) is None
    assert _cli(counter, monkeypatch, "7391", "--close", "op-1", "--operator", "op-2",
                "--counted", "2,00") == 1
    assert "mag dit niet doen" in capsys.readouterr().err
    assert _cli(counter, monkeypatch, "5173", "--close", "op-1", "--operator", "sup-1",
                "--counted", "2,00") == 0
    (closing,) = closings(counter.store, today_in_brussels(DEMO_NOW))
    assert closing.closed and closing.difference_cents == 0
