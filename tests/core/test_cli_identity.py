"""Roles hold outside the GUI: `balie import` (every writing command, through
balie.app.commands.identity) runs as an operator who gave their PIN, or as the PC's service identity
IT named in the machine-wide file; both are audited. Real store file, CLI in-process."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from balie.app.commands.identity import os_account
from balie.cli import main
from balie.crypto import KeyringKeySource
from balie.numbers import luhn_check_digit
from balie.operators import Operators, Permission, Roles, ScryptParams, save_roles
from balie.privacy import attach_cipher
from balie.store import Store
from tests.fixtures.store import load_demo

FAST = ScryptParams(n=2**10, r=8, p=1)
NOW = datetime.now(UTC)


def _number(serial: int) -> str:
    partial = f"09{serial:09d}1"
    return partial + luhn_check_digit(partial)


@pytest.fixture
def counter_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A counter's data dir with the demo event, a cashier and a supervisor; no user or
    machine config of the box running the tests."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setattr("balie.config.machine_config_path", lambda: tmp_path / "machine.ini")
    data = tmp_path / "data"
    with Store.open(data / "balie.sqlite3") as store:
        demo = load_demo(store, NOW)
        ops = Operators(store, scrypt=FAST)
        ops.add("an", "An Kassa", "cashier", "482913", NOW)
        ops.add("bo", "Bo Claes", "supervisor", "775311", NOW)
    sheet = tmp_path / "papier.csv"
    sheet.write_text(
        "soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald\n"
        f"checkin;{_number(2)};{demo.event.id};;;{NOW:%d/%m/%Y};00:01;;\n", encoding="utf-8")
    return tmp_path


def _import(folder: Path, *extra: str, stdin: str = "") -> int:
    import sys

    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        return main(["import", str(folder / "papier.csv"), "--data-dir", str(folder / "data"),
                     *extra])
    finally:
        sys.stdin = old


def _queued(folder: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(folder / "data" / "balie.sqlite3")
    rows = con.execute("SELECT operator_id, operator_name FROM outbox").fetchall()
    con.close()
    return rows


def _audit(folder: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(folder / "data" / "balie.sqlite3")
    rows = con.execute("SELECT operator_id, action FROM audit_log WHERE action LIKE 'cli.%'"
                       " OR action LIKE 'operator.%' ORDER BY id").fetchall()
    con.close()
    return rows


def test_import_without_an_identity_is_refused_and_writes_nothing(counter_dir: Path, capsys):
    assert _import(counter_dir) == 2
    err = capsys.readouterr().err
    assert "Wie voert dit uit?" in err and "--operator" in err and "Traceback" not in err
    assert _queued(counter_dir) == [] and _audit(counter_dir) == []


def test_a_supervisors_name_needs_the_supervisors_pin(counter_dir: Path, capsys):
    assert _import(counter_dir, "--operator", "bo", "--pin-stdin", stdin="482913\n") == 2
    assert "verkeerde pincode" in capsys.readouterr().err
    assert _queued(counter_dir) == []
    assert _audit(counter_dir) == []  # a failed try counts towards the lock-out, no action


def test_import_with_the_pin_from_stdin_is_recorded_and_audited_under_that_operator(
        counter_dir: Path, capsys):
    assert _import(counter_dir, "--operator", "bo", "--pin-stdin", stdin="775311\n") == 0
    assert "In de wachtrij gezet: 1" in capsys.readouterr().out
    assert _queued(counter_dir) == [("bo", "Bo Claes")]
    assert _audit(counter_dir) == [("bo", "operator.sign_in"), ("bo", "cli.import")]


def test_without_a_terminal_and_without_pin_stdin_no_pin_is_guessed(counter_dir: Path, capsys):
    assert _import(counter_dir, "--operator", "an") == 2
    assert "Geen pincode" in capsys.readouterr().err
    assert _queued(counter_dir) == []


def test_an_operator_whose_role_may_not_check_in_cannot_import_check_ins(counter_dir: Path,
                                                                         capsys):
    with Store.open(counter_dir / "data" / "balie.sqlite3") as store:
        save_roles(store, Roles({"cashier": frozenset({Permission.SELL}),
                                 "supervisor": frozenset(Permission)}))
    assert _import(counter_dir, "--operator", "an", "--pin-stdin", stdin="482913\n") == 2
    assert "mag dit niet" in capsys.readouterr().err
    assert _queued(counter_dir) == []


def test_service_identity_only_for_the_account_it_named_in_the_machine_file(counter_dir: Path,
                                                                            capsys):
    assert _import(counter_dir, "--service") == 2
    assert "niet het dienstaccount" in capsys.readouterr().err
    # a per-user file cannot grant it (group policy), nor can --config
    user = counter_dir / "cfg" / "balie" / "balie.ini"
    user.parent.mkdir(parents=True)
    user.write_text(f"[counter]\nservice_accounts = {os_account()}\n", encoding="utf-8")
    assert _import(counter_dir, "--service") == 2
    assert _import(counter_dir, "--service", "--config", str(user)) == 2
    assert _queued(counter_dir) == []
    (counter_dir / "machine.ini").write_text(
        f"[counter]\nservice_accounts = svc-other, {os_account()}\n", encoding="utf-8")
    assert _import(counter_dir, "--service") == 0
    me = f"service:{os_account()}"
    assert _queued(counter_dir) == [(me, f"Dienstaccount {os_account()}")]
    assert _audit(counter_dir) == [(me, "cli.import")]


def test_import_on_a_live_store_seals_the_paper_payloads(counter_dir: Path, memory_keyring,
                                                         capsys):
    path = counter_dir / "data" / "balie.sqlite3"
    with Store.open(path) as store:  # a live counter: its operators signed with its key
        attach_cipher(store, KeyringKeySource())
        with store.write() as s:
            s.execute(text("DELETE FROM operators"))
        Operators(store, scrypt=FAST).add("bo", "Bo Claes", "supervisor", "775311", NOW)
    assert _import(counter_dir, "--operator", "bo", "--pin-stdin", stdin="775311\n") == 0
    con = sqlite3.connect(path)
    (payload,) = con.execute("SELECT payload FROM outbox").fetchone()
    con.close()
    assert payload.startswith("e1:") and _number(2) not in payload
