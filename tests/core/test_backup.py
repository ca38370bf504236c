"""Backups of the store: consistent while the app writes, pruned, and restorable only when sound."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from balie.backup import (
    PRE_MIGRATION,
    CopyVerdict,
    RestoreError,
    backup_if_due,
    check_copy,
    list_backups,
    make_backup,
    prune_backups,
    restore_backup,
)

KNOWN = {"0001_initial", "0002_outbox"}
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def make_store(path: Path, *, version: str | None = "0002_outbox", sales: int = 3) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE ticket_sale (id INTEGER PRIMARY KEY, price_cents INTEGER, note TEXT)")
    conn.executemany("INSERT INTO ticket_sale (price_cents, note) VALUES (?, ?)",
                     [(150 * i, "x" * 400) for i in range(sales)])
    if version is not None:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (version,))
    conn.commit()
    conn.close()
    return path


def sale_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM ticket_sale").fetchone()[0]
    finally:
        conn.close()


def test_backup_restore_round_trip_brings_back_the_sales_of_that_day(tmp_path: Path):
    store = make_store(tmp_path / "balie.sqlite3", sales=3)
    copy = make_backup(store, tmp_path / "backups", now=T0)
    conn = sqlite3.connect(store)
    conn.execute("DELETE FROM ticket_sale")  # the disaster
    conn.commit()
    conn.close()
    assert sale_count(store) == 0

    result = restore_backup(copy, store, KNOWN, now=T0 + timedelta(hours=1))

    assert sale_count(store) == 3
    assert result.schema_version == "0002_outbox"
    assert result.replaced_kept_at is not None and sale_count(result.replaced_kept_at) == 0


def test_backup_taken_while_a_writer_holds_uncheckpointed_wal_pages_has_every_committed_sale(
        tmp_path: Path):
    store = make_store(tmp_path / "balie.sqlite3", sales=1)
    writer = sqlite3.connect(store)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.executemany("INSERT INTO ticket_sale (price_cents, note) VALUES (?, ?)",
                       [(200, "wal")] * 50)
    writer.commit()  # committed, but only in the -wal file
    try:
        copy = make_backup(store, tmp_path / "backups", now=T0)
    finally:
        writer.close()
    assert sale_count(copy) == 51
    assert check_copy(copy, KNOWN).ok


def test_corrupt_copy_is_refused_and_the_store_is_untouched(tmp_path: Path):
    store = make_store(tmp_path / "balie.sqlite3", sales=2)
    bad = make_store(tmp_path / "bad.sqlite3", sales=200)
    data = bytearray(bad.read_bytes())
    data[4096 * 2: 4096 * 6] = b"\xa5" * (4096 * 4)  # scribble over table pages
    bad.write_bytes(bytes(data))

    with pytest.raises(RestoreError) as err:
        restore_backup(bad, store, KNOWN)

    assert err.value.problem.code == "backup-corrupt"
    assert "beschadigd" in err.value.problem.message
    assert sale_count(store) == 2
    assert not list(tmp_path.glob("balie.sqlite3.replaced-*"))


def test_copy_from_a_newer_balie_is_refused_with_its_schema_version(tmp_path: Path):
    future = make_store(tmp_path / "future.sqlite3", version="0099_future")
    check = check_copy(future, KNOWN)
    assert check.verdict is CopyVerdict.UNKNOWN_SCHEMA
    assert "0099_future" in check.problem.message


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path):
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("boodschappenlijst", encoding="utf-8")
    assert check_copy(junk, KNOWN).verdict is CopyVerdict.NOT_SQLITE
    assert check_copy(tmp_path / "absent.sqlite3", KNOWN).verdict is CopyVerdict.MISSING
    foreign = make_store(tmp_path / "foreign.sqlite3", version=None)
    assert check_copy(foreign, KNOWN).verdict is CopyVerdict.NO_SCHEMA


def test_daily_backup_is_made_only_when_the_newest_is_older_than_a_day(tmp_path: Path):
    store = make_store(tmp_path / "balie.sqlite3")
    backups = tmp_path / "backups"
    assert backup_if_due(store, backups, now=T0) is not None
    assert backup_if_due(store, backups, now=T0 + timedelta(hours=23)) is None
    assert backup_if_due(store, backups, now=T0 + timedelta(hours=24, minutes=1)) is not None
    assert len(list_backups(backups)) == 2


def test_retention_keeps_the_newest_daily_copies_and_every_manual_one(tmp_path: Path):
    store = make_store(tmp_path / "balie.sqlite3")
    backups = tmp_path / "backups"
    for day in range(20):
        backup_if_due(store, backups, now=T0 + timedelta(days=day), keep_daily=14)
    for n in range(7):
        make_backup(store, backups, reason=PRE_MIGRATION, now=T0 + timedelta(minutes=n))
    manual = make_backup(store, backups, reason="manual", now=T0)
    prune_backups(backups, keep_daily=14, keep_pre_migration=5)

    copies = list_backups(backups)
    daily = [c for c in copies if c.reason == "daily"]
    assert len(daily) == 14
    assert daily[0].taken_at == T0 + timedelta(days=19)
    assert len([c for c in copies if c.reason == PRE_MIGRATION]) == 5
    assert manual.exists()


def test_the_stores_own_pre_migration_copies_count_as_pre_migration_backups(tmp_path: Path):
    store = make_store(tmp_path / "balie.sqlite3")
    backups = tmp_path / "backups"
    backups.mkdir()
    for n in range(7):
        # the name balie.store.migrate.backup_copy gives its copy before an upgrade
        (backups / f"balie-2026030{n + 1}T080000Z-before-0002_outbox.sqlite3").write_bytes(
            store.read_bytes())
    copies = list_backups(backups)
    assert [c.reason for c in copies] == [PRE_MIGRATION] * 7
    assert copies[0].taken_at == datetime(2026, 3, 7, 8, 0, tzinfo=UTC)
    prune_backups(backups, keep_pre_migration=5)
    assert len(list_backups(backups)) == 5
