"""Roles hold outside the screen: signed operator rows and role definitions, peppered PIN hashes,
and lock-outs that escalate to a supervisor unlock. On a live store (key from the keyring)."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from balie.crypto import KeyringKeySource
from balie.operators import (
    LockoutPolicy,
    Operators,
    Permission,
    Roles,
    ScryptParams,
    hash_pin,
    load_roles,
    save_roles,
    verify_pin,
)
from balie.privacy import attach_cipher
from balie.store import Store
from tests.fixtures.keyring import MemoryKeyring

NOW = datetime(2026, 6, 10, 13, 0, tzinfo=UTC)
FAST = ScryptParams(n=2**10, r=8, p=1)
POLICY = LockoutPolicy(3, timedelta(minutes=5), escalation=(1, 3), supervisor_after_rounds=3)


def _open_live(path: Path, ring: MemoryKeyring) -> Store:
    store = Store.open(path)
    attach_cipher(store, KeyringKeySource(ring))
    return store


@pytest.fixture
def ring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def live(tmp_path: Path, ring: MemoryKeyring):
    store = _open_live(tmp_path / "balie.sqlite3", ring)
    ops = Operators(store, scrypt=FAST, lockout=POLICY)
    assert ops.add("an", "An Peeters", "cashier", "482913", NOW) is None
    assert ops.add("bo", "Bo Claes", "supervisor", "775311", NOW) is None
    yield store, ops
    store.close()


def _sql(store: Store, statement: str, *params: object) -> None:
    """What someone with the file (and DB Browser for SQLite) does, outside balie."""
    con = sqlite3.connect(store.path)
    con.execute(statement, params)
    con.commit()
    con.close()


def test_cashier_who_makes_herself_supervisor_in_the_database_is_refused(live):
    store, ops = live
    _sql(store, "UPDATE operators SET role = 'supervisor' WHERE id = 'an'")
    result = ops.sign_in("an", "482913", NOW)
    assert not result.ok
    assert result.problem.code == "operator-tampered"
    assert "buiten balie gewijzigd" in result.problem.message
    assert "an" in ops.tampered() and "bo" not in ops.tampered()
    assert ops.sign_in("bo", "775311", NOW).ok  # the untouched row still works


def test_tampered_row_is_never_re_signed_by_a_pin_reset_or_unlock(live):
    store, ops = live
    _sql(store, "UPDATE operators SET role = 'supervisor' WHERE id = 'an'")
    assert ops.set_pin("an", "918273").code == "operator-tampered"
    assert ops.unlock("an").code == "operator-tampered"
    assert ops.sign_in("an", "918273", NOW).problem.code == "operator-tampered"
    ops.deactivate("an")  # switching someone off is always allowed
    assert "an" not in {o.id for o in ops.all()}


def test_copying_a_known_pin_hash_into_a_supervisor_row_is_refused(live):
    store, ops = live
    _sql(store, "UPDATE operators SET pin_hash = (SELECT pin_hash FROM operators WHERE id='an')"
                " WHERE id = 'bo'")
    assert ops.sign_in("bo", "482913", NOW).problem.code == "operator-tampered"


def test_resetting_a_lockout_in_the_database_is_refused(live):
    store, ops = live
    for _ in range(3):
        ops.sign_in("an", "000001", NOW)
    _sql(store, "UPDATE operators SET locked_until = NULL, failed_attempts = 0 WHERE id = 'an'")
    assert ops.sign_in("an", "482913", NOW).problem.code == "operator-tampered"


def test_role_definitions_edited_in_the_database_are_refused_for_the_defaults(live):
    store, _ops = live
    save_roles(store, Roles({"cashier": frozenset({Permission.SELL}),
                             "supervisor": frozenset(Permission)}))
    assert not load_roles(store).allows("cashier", Permission.CHECKIN)
    con = sqlite3.connect(store.path)
    raw = con.execute("SELECT value FROM settings WHERE key='operators.roles'").fetchone()[0]
    forged = raw.replace('"cashier": ["SELL"]', '"cashier": ["MANAGE_OPERATORS", "SELL"]')
    assert forged != raw
    con.execute("UPDATE settings SET value=? WHERE key='operators.roles'", (forged,))
    con.commit()
    con.close()
    roles = load_roles(store)
    assert not roles.allows("cashier", Permission.MANAGE_OPERATORS)
    assert roles.problem is not None and roles.problem.code == "roles-tampered"
    assert "standaardrollen" in roles.problem.message


def test_a_row_signed_with_another_stores_key_is_refused(tmp_path: Path, ring: MemoryKeyring):
    """The MAC is keyed: a row copied from another counter's store (same PIN known) fails."""
    first = _open_live(tmp_path / "a" / "balie.sqlite3", ring)
    Operators(first, scrypt=FAST).add("zz", "Zoë", "supervisor", "135792", NOW)
    row = sqlite3.connect(first.path).execute(
        "SELECT id, name, role, pin_hash, active, failed_attempts, created_at, mac"
        " FROM operators").fetchone()
    first.close()
    second = _open_live(tmp_path / "b" / "balie.sqlite3", ring)
    _sql(second, "INSERT INTO operators (id, name, role, pin_hash, active, failed_attempts,"
                 " created_at, mac, lockout_rounds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", *row)
    assert Operators(second, scrypt=FAST).sign_in("zz", "135792", NOW).problem.code \
        == "operator-tampered"
    second.close()


def test_pin_hash_in_the_store_cannot_be_checked_without_the_keyrings_pepper(live):
    store, _ops = live
    stored = sqlite3.connect(store.path).execute(
        "SELECT pin_hash FROM operators WHERE id='an'").fetchone()[0]
    assert stored.startswith("scrypt-p1$")
    assert not verify_pin("482913", stored)  # a thief with the file only: no pepper
    assert not verify_pin("482913", stored, pepper=b"\x00" * 32)  # guessing the pepper
    assert verify_pin("482913", stored, pepper=store.cipher.pepper)


def test_unpeppered_hashes_of_an_older_version_are_peppered_at_the_next_start(
        tmp_path: Path, ring: MemoryKeyring):
    path = tmp_path / "balie.sqlite3"
    old = Store(path, target="0003")  # the version before operator MACs and pepper
    _sql(old, "INSERT INTO operators (id, name, role, pin_hash, active, failed_attempts,"
              " created_at) VALUES ('an', 'An', 'cashier', ?, 1, 0, '2026-06-10T13:00:00.000000Z')",
         hash_pin("482913", FAST))
    old.close()
    again = _open_live(path, ring)  # migrates to the newest schema, then has the key
    stored = sqlite3.connect(again.path).execute("SELECT pin_hash FROM operators").fetchone()[0]
    assert stored.startswith("scrypt-p1$") and not verify_pin("482913", stored)
    assert Operators(again, scrypt=FAST).sign_in("an", "482913", NOW).ok
    again.close()


def test_an_unsigned_row_is_only_adopted_in_the_upgrade_not_later(live):
    store, ops = live
    _sql(store, "UPDATE operators SET mac = NULL, role = 'supervisor' WHERE id = 'an'")
    Operators(store, scrypt=FAST)  # a restart of the app on an up-to-date store
    assert ops.sign_in("an", "482913", NOW).problem.code == "operator-tampered"


def test_lockouts_escalate_and_the_last_round_waits_for_a_supervisor(live):
    _store, ops = live
    now = NOW

    def lock_round() -> object:
        for _ in range(3):
            result = ops.sign_in("an", "000001", now)
        return result

    first = lock_round()
    assert first.problem.code == "operator-locked"
    assert datetime.fromisoformat(first.problem.extras["until"]) == now + timedelta(minutes=5)
    now += timedelta(minutes=6)
    second = lock_round()
    assert datetime.fromisoformat(second.problem.extras["until"]) == now + timedelta(minutes=15)
    now += timedelta(minutes=16)
    third = lock_round()
    assert third.problem.code == "operator-locked-supervisor"
    assert "verantwoordelijke" in third.problem.message
    now += timedelta(days=30)
    assert ops.sign_in("an", "482913", now).problem.code == "operator-locked-supervisor"
    assert ops.unlock("an") is None  # the supervisor lifts it
    assert ops.sign_in("an", "482913", now).ok


def test_a_good_sign_in_starts_the_rounds_over(live):
    _store, ops = live
    for _ in range(3):
        ops.sign_in("an", "000001", NOW)
    later = NOW + timedelta(minutes=6)
    assert ops.sign_in("an", "482913", later).ok
    for _ in range(3):
        result = ops.sign_in("an", "000001", later)
    assert datetime.fromisoformat(result.problem.extras["until"]) == later + timedelta(minutes=5)


def test_building_the_operators_hashes_no_pin_and_an_unknown_code_costs_one_scrypt_like_a_known_one(
        live, monkeypatch):
    """A live counter builds its operators before its window opens: a PIN hashed there (for
    the unknown-code check) cost every start a scrypt, ~0.1 s at the live setting. A sign-in
    with an unknown code still runs one scrypt with the same parameters as a known code's, so
    the time does not tell which codes exist."""
    store, _ops = live
    work: list[int] = []
    real = hashlib.scrypt

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        work.append(kwargs["n"])
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counted)
    ops = Operators(store, scrypt=FAST, lockout=POLICY)
    assert work == [], "building the operators ran scrypt"
    assert ops.sign_in("an", "482913", NOW).ok
    assert work == [FAST.n]
    unknown = ops.sign_in("zz", "482913", NOW)
    assert not unknown.ok
    assert work == [FAST.n, FAST.n], "an unknown code must cost the same scrypt as a known one"
