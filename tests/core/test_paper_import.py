"""The paper fallback: validate every line, queue the good ones once, in one transaction."""

from __future__ import annotations

from datetime import datetime, timezone

from balie.domain import ActionKind, Operator
from balie.numbers import luhn_check_digit
from balie.paper_import import import_paper
from balie.store import Store
from tests.fixtures.store import DEMO_NOW, Demo

OP = Operator("op-1", "An Kassa")


def _number(serial: int) -> str:
    partial = f"09{serial:09d}1"
    return partial + luhn_check_digit(partial)


def _sheet(demo: Demo, *lines: str) -> str:
    return "soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald\n" + \
        "\n".join(line.replace("EV", demo.event.id) for line in lines) + "\n"


def test_good_lines_are_queued_and_bad_lines_reported_with_line_and_reason(
        store: Store, demo: Demo) -> None:
    text = _sheet(demo,
                  f"verkoop;{_number(1)};EV;Basistarief;10,00;10/06/2026;14:05;SOCIALTARIFF;2,00",
                  f"checkin;{_number(2)};EV;;;2026-06-10;14:07;;",
                  f"verkoop;{_number(3)[:-1]}0;EV;Basistarief;10,00;10/06/2026;14:05;;",
                  f"verkoop;{_number(4)};onbekend;Basistarief;10,00;10/06/2026;14:05;;",
                  f"verkoop;{_number(5)};EV;Basistarief;12,00;10/06/2026;14:05;;",
                  f"ruilen;{_number(6)};EV;;;10/06/2026;14:05;;",
                  f"checkin;{_number(7)};EV;;;31/12/2099;14:05;;")
    result = import_paper(store, text, OP, DEMO_NOW)
    assert result.queued == 2
    reasons = {b.line: b.reason for b in result.bad}
    assert set(reasons) == {4, 5, 6, 7, 8}
    assert "controlecijfer" in reasons[4]
    assert "niet gekend" in reasons[5]
    assert "past niet" in reasons[6]
    assert "verkoop" in reasons[7]
    assert "toekomst" in reasons[8]
    kinds = sorted(i.kind for i in store.outbox.in_status(*__import__("balie.domain", fromlist=["x"]).OutboxStatus))
    assert kinds == sorted([ActionKind.TICKET_SALE, ActionKind.CHECKIN])


def test_importing_the_same_file_twice_imports_nothing_new(store: Store, demo: Demo) -> None:
    text = _sheet(demo, f"verkoop;{_number(1)};EV;Basistarief;10,00;10/06/2026;14:05;;",
                  f"verkoop;{_number(1)};EV;Basistarief;10,00;10/06/2026;14:05;;")
    first = import_paper(store, text, OP, DEMO_NOW)
    second = import_paper(store, text, OP, DEMO_NOW)
    assert first.queued == 2  # two identical lines are two tickets
    assert second.queued == 0 and second.already_imported == 2
    assert store.outbox.stats().length == 2


def test_price_paid_comes_from_cached_static_tariff_when_not_written(
        store: Store, demo: Demo) -> None:
    text = _sheet(demo, f"verkoop;{_number(1)};EV;Basistarief;;10/06/2026;14:05;;")
    result = import_paper(store, text, OP, DEMO_NOW)
    assert result.queued == 1
    (line,) = store.records.ticket_sales(result.good[0].client_uuid)
    assert line.price_cents == 200 and line.provisional
    assert line.sold_at == datetime(2026, 6, 10, 12, 5, tzinfo=timezone.utc)


def test_a_header_without_required_columns_is_refused(store: Store, demo: Demo) -> None:
    result = import_paper(store, "naam;bedrag\nx;1\n", OP, DEMO_NOW)
    assert result.queued == 0 and result.bad[0].line == 1 and "kopregel" in result.bad[0].reason


def test_balie_import_command_reports_bad_lines_and_exit_code(
        tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from balie.cli import main
    from tests.fixtures.store import load_demo

    import io

    from balie.operators import Operators, ScryptParams

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    data = tmp_path / "data"
    with Store.open(data / "balie.sqlite3") as store:
        demo = load_demo(store, datetime.now(timezone.utc))
        Operators(store, scrypt=ScryptParams(2**10, 8, 1)).add(
            "an", "An Kassa", "cashier", "482913", datetime.now(timezone.utc))
    sheet = tmp_path / "papier.csv"
    sheet.write_text(_sheet(demo, f"checkin;{_number(2)};EV;;;10/06/2026;14:07;;",
                            "checkin;123;EV;;;10/06/2026;14:07;;"), encoding="utf-8")
    cli = ["import", str(sheet), "--data-dir", str(data), "--operator", "an", "--pin-stdin"]
    monkeypatch.setattr("sys.stdin", io.StringIO("482913\n"))
    assert main(cli) == 1
    out = capsys.readouterr().out
    assert "In de wachtrij gezet: 1" in out and "regel 3:" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("482913\n"))
    assert main(cli) == 1
    assert "al eerder ingelezen: 1" in capsys.readouterr().out
