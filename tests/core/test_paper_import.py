"""The paper fallback: validate every line, queue the good ones once, in one transaction."""

from __future__ import annotations

from datetime import UTC, datetime

from balie.domain import ActionKind, Operator, OutboxStatus, TariffOffer, TariffType
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
                  f"checkin;{_number(2)};EV;;;10/06/2026;14:07;;")
    first = import_paper(store, text, OP, DEMO_NOW)
    second = import_paper(store, text, OP, DEMO_NOW)
    assert first.queued == 2 and first.ok
    assert second.queued == 0 and second.already_imported == 2 and second.ok
    assert store.outbox.stats().length == 2


def test_an_identical_line_needs_allow_duplicates_to_be_a_second_sale(
        store: Store, demo: Demo) -> None:
    line = f"verkoop;{_number(1)};EV;Basistarief;10,00;10/06/2026;14:05;;"
    text = _sheet(demo, line, line)
    refused = import_paper(store, text, OP, DEMO_NOW)
    assert (refused.queued, refused.bad_count, refused.duplicates) == (1, 1, 1)
    assert refused.bad[0].line == 3 and "--allow-duplicates" in refused.bad[0].reason
    allowed = import_paper(store, text, OP, DEMO_NOW, allow_duplicates=True)
    assert (allowed.queued, allowed.already_imported, allowed.ok) == (1, 1, True)
    again = import_paper(store, text, OP, DEMO_NOW)  # both are in now: nothing to refuse
    assert (again.queued, again.already_imported, again.ok) == (0, 2, True)
    assert store.outbox.stats().length == 2


def test_implausible_amounts_tariffs_and_dates_are_refused_with_line_and_reason(
        store: Store, demo: Demo) -> None:
    n = _number(1)
    text = _sheet(demo,
                  f"verkoop;{n};EV;Basistarief;10,00;10/06/2026;14:05;SOCIALTARIFF;-2,00",
                  f"verkoop;{n};EV;Basistarief;10,00;10/06/2026;14:05;SOCIALTARIFF;950,00",
                  f"verkoop;{n};EV;Basistarief;10,00;10/06/2026;14:05;GRATIS;0,00",
                  f"verkoop;{n};EV;Basistarief;10,00;10/06/1900;14:05;SOCIALTARIFF;2,00",
                  f"checkin;{n};EV;;;10/06/2925;14:05;;",
                  f"verkoop;{n};EV;Basistarief;10,00;10/06/2026;14:05;SOCIALTARIFF;"
                  "99999999999999999999999,00",
                  f"verkoop;{n};EV;Reductie;7,00;10/06/2026;14:05;KORTING;1,00",
                  f"verkoop;{n};EV;Basistarief;10,00;10/06/2026;14:05;SOCIALTARIFF;2,00")
    result = import_paper(store, text, OP, DEMO_NOW)
    reasons = {b.line: b.reason for b in result.bad}
    assert result.queued == 1 and set(reasons) == {2, 3, 4, 5, 6, 7, 8}
    assert "negatief" in reasons[2]
    assert "hoger dan de basisprijs" in reasons[3] and "950,00" in reasons[3]
    assert "nooit aangeboden" in reasons[4] and "SOCIALTARIFF" in reasons[4]
    assert "meer dan een jaar terug" in reasons[5]
    assert "toekomst" in reasons[6]
    assert "onmogelijk groot" in reasons[7]
    assert "nooit aangeboden" in reasons[8] and "nog geen tarieven" in reasons[8]
    (sale,) = [i for i in store.outbox.in_status(*OutboxStatus)]
    assert store.records.ticket_sales(sale.client_uuid)[0].price_cents == 200


def test_a_coupon_this_pass_was_offered_is_accepted(store: Store, demo: Demo) -> None:
    n = _number(1)
    store.reference.save_pass_tariffs(
        n, demo.event.id, 1000, [TariffOffer("coupon-7", "Gratis zwemmen", 0, TariffType.COUPON)],
        None, DEMO_NOW)
    text = _sheet(demo, f"verkoop;{n};EV;Basistarief;10,00;10/06/2026;14:05;coupon-7;",
                  f"verkoop;{_number(2)};EV;Basistarief;10,00;10/06/2026;14:05;coupon-7;")
    result = import_paper(store, text, OP, DEMO_NOW)
    assert result.queued == 1 and [b.line for b in result.bad] == [3]
    (line,) = store.records.ticket_sales(result.good[0].client_uuid)
    assert (line.price_cents, line.tariff_type) == (0, "COUPON")


def test_an_unreadable_line_late_in_the_file_leaves_nothing_half_imported(
        store: Store, demo: Demo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from balie import paper_import

    monkeypatch.setattr(paper_import, "BATCH", 2)  # the good lines are written before the error
    good = [f"checkin;{_number(i)};EV;;;10/06/2026;14:07;;" for i in range(1, 8)]
    text = _sheet(demo, *good, "checkin;" + "x" * 200_000 + ";EV;;;10/06/2026;14:07;;")
    result = import_paper(store, text, OP, DEMO_NOW)
    assert result.queued == 0 and result.bad[0].line == 9 and "onleesbare regel" in \
        result.bad[0].reason
    assert store.outbox.stats().length == 0 and store.records.day_totals(
        DEMO_NOW.date()).checkins == 0


def test_lines_are_written_in_blocks_with_progress_and_gapless_sequences(
        store: Store, demo: Demo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from balie import paper_import

    monkeypatch.setattr(paper_import, "BATCH", 7)
    monkeypatch.setattr(paper_import, "PROGRESS_EVERY", 10)
    seen: list[int] = []
    lines = [f"checkin;{_number(i)};EV;;;10/06/2026;14:07;;" for i in range(1, 26)]
    result = import_paper(store, _sheet(demo, *lines), OP, DEMO_NOW, progress=seen.append)
    assert result.queued == 25 and seen == [10, 20, 25]
    items = store.outbox.in_status(*OutboxStatus)
    assert [i.sequence for i in items] == list(range(1, 26))
    assert {i.payload["uitpasNumber"] for i in items} == {_number(i) for i in range(1, 26)}


def test_price_paid_comes_from_cached_static_tariff_when_not_written(
        store: Store, demo: Demo) -> None:
    text = _sheet(demo, f"verkoop;{_number(1)};EV;Basistarief;;10/06/2026;14:05;;")
    result = import_paper(store, text, OP, DEMO_NOW)
    assert result.queued == 1
    (line,) = store.records.ticket_sales(result.good[0].client_uuid)
    assert line.price_cents == 200 and line.provisional
    assert line.sold_at == datetime(2026, 6, 10, 12, 5, tzinfo=UTC)


def test_a_header_without_required_columns_is_refused(store: Store, demo: Demo) -> None:
    result = import_paper(store, "naam;bedrag\nx;1\n", OP, DEMO_NOW)
    assert result.queued == 0 and result.bad[0].line == 1 and "kopregel" in result.bad[0].reason


def test_balie_import_command_reports_bad_lines_and_exit_code(
        tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import io

    from balie.cli import main
    from balie.operators import Operators, ScryptParams
    from tests.fixtures.store import load_demo

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    data = tmp_path / "data"
    with Store.open(data / "balie.sqlite3") as store:
        demo = load_demo(store, datetime.now(UTC))
        Operators(store, scrypt=ScryptParams(2**10, 8, 1)).add(
            "an", "An Kassa", "cashier", "482913", datetime.now(UTC))
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
