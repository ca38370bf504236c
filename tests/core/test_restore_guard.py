"""``balie restore`` may not quietly drop what only the current store holds, nor swap the file
under a running counter app."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from balie.app_lock import AppLock, app_holder
from balie.backup import make_backup
from balie.cli import main
from balie.counter import Counter, new_action_key
from balie.domain import IdentificationSource, OutboxStatus
from balie.operators import Operators, ScryptParams
from balie.restore_guard import describe, open_items
from balie.store import Store
from balie.store.handle import next_sequence
from tests.fixtures.store import DEMO_NOW, Demo

CHEAP = ScryptParams(2**10, 8, 1)


def _sell(counter: Counter, demo: Demo) -> str:
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    result = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
    assert result.done
    return result.client_uuid


def _day_after_the_backup(counter: Counter, demo: Demo) -> tuple[Path, list[str]]:
    """A backup with one confirmed sale; then two sales, a check-in and a refused sale after it."""
    store = counter.store
    first = _sell(counter, demo)
    store.outbox.mark_sent(first, DEMO_NOW)
    store.outbox.mark_confirmed(first, ["p-1"], DEMO_NOW)
    ops = Operators(store, scrypt=CHEAP)
    assert ops.add("sup", "Sara", "supervisor", "582913", DEMO_NOW) is None
    assert ops.add("an", "An", "cashier", "482913", DEMO_NOW) is None
    copy = make_backup(store.path, store.path.parent / "backups", reason="manual")
    later = [_sell(counter, demo), _sell(counter, demo)]
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    later.append(counter.check_in(ident, demo.event, action_key=new_action_key()).client_uuid)
    refused = _sell(counter, demo)
    store.outbox.move_to_needs_attention(refused, "geweigerd", DEMO_NOW)
    store.close()  # the counter app is closed, as for every restore
    return copy, [*later, refused]


SUPERVISOR = ("--operator", "sup", "--pin-stdin")


def _restore(store_path: Path, copy: Path, *extra: str, pin: str = "") -> int:
    sys.stdin = io.StringIO(pin + "\n")
    try:
        return main(["restore", "--data-dir", str(store_path.parent), str(copy), *extra])
    finally:
        sys.stdin = sys.__stdin__


def test_open_items_are_named_and_the_restore_refused(
        counter: Counter, demo: Demo, capsys: pytest.CaptureFixture[str]) -> None:
    copy, _later = _day_after_the_backup(counter, demo)
    items = open_items(counter.store.path)
    assert describe(items) == ("3 nog niet verstuurd naar UiTPAS (1 check-in, 2 ticketverkopen) "
                               "en 1 te behandelen (1 ticketverkoop)")
    assert _restore(counter.store.path, copy) == 1
    out = capsys.readouterr().out
    assert "Niet teruggezet. De huidige databank bevat 3 nog niet verstuurd" in out
    assert "--carry-over" in out and "--operator" in out
    assert open_items(counter.store.path).total == 4  # nothing was swapped


def test_carry_over_brings_the_open_items_into_the_restored_store_in_order(
        counter: Counter, demo: Demo, capsys: pytest.CaptureFixture[str]) -> None:
    copy, later = _day_after_the_backup(counter, demo)
    assert _restore(counter.store.path, copy, "--carry-over", *SUPERVISOR, pin="582913") == 0
    assert "Meegenomen uit de vervangen databank: 4" in capsys.readouterr().out
    with Store.open(counter.store.path) as restored:
        items = restored.outbox.in_status(*OutboxStatus)
        assert [i.status for i in items[:1]] == [OutboxStatus.CONFIRMED]
        assert [i.client_uuid for i in items[1:]] == later
        assert [i.sequence for i in items] == sorted({i.sequence for i in items})
        assert len(restored.records.ticket_sales(later[0])) == 1
        with restored.write() as s:  # a new sale is numbered after the carried ones
            assert next_sequence(s) > items[-1].sequence


def test_a_supervisor_pin_confirms_dropping_them_a_cashier_pin_does_not(
        counter: Counter, demo: Demo, capsys: pytest.CaptureFixture[str]) -> None:
    copy, _later = _day_after_the_backup(counter, demo)
    assert _restore(counter.store.path, copy, "--operator", "an", "--pin-stdin",
                    pin="482913") == 1
    assert "mag dit niet doen" in capsys.readouterr().out
    assert _restore(counter.store.path, copy, "--operator", "sup", "--pin-stdin",
                    pin="582913") == 0
    out = capsys.readouterr().out
    assert "Bevestigd door Sara: 3 nog niet verstuurd" in out and "Teruggezet:" in out
    assert open_items(counter.store.path).total == 0


def test_restore_is_refused_while_a_counter_app_holds_the_data_dir(
        counter: Counter, demo: Demo, capsys: pytest.CaptureFixture[str]) -> None:
    copy, _later = _day_after_the_backup(counter, demo)
    data_dir = counter.store.path.parent
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from balie.app_lock import AppLock
            lock = AppLock(Path({str(data_dir)!r}))
            assert lock.acquire()
            print("held", flush=True)
            sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert app_holder(data_dir) is not None
        assert _restore(counter.store.path, copy, "--carry-over", *SUPERVISOR, pin="582913") == 1
        out = capsys.readouterr().out
        assert f"De kassa-app (proces {holder.pid} op" in out and "Sluit balie af" in out
    finally:
        holder.communicate("\n", timeout=30)
    assert app_holder(data_dir) is None  # the OS let go with the process
    assert _restore(counter.store.path, copy, "--carry-over", *SUPERVISOR, pin="582913") == 0


def test_the_lock_is_the_processes_own_and_released_on_stop(tmp_path: Path) -> None:
    lock = AppLock(tmp_path)
    assert lock.acquire() and app_holder(tmp_path) is not None
    assert not AppLock(tmp_path).acquire()  # a second app on the same folder
    lock.release()
    assert app_holder(tmp_path) is None
