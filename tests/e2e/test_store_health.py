"""Integrity checks where they belong: quick_check at every open, the full integrity_check in
the daily maintenance (off the GUI thread) and on request in doctor, and each command checks
the store once, not once per sub-check."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest

from balie.app import Maintenance
from balie.backup import list_backups
from balie.privacy import RetentionPolicy
from balie.store import Store, health


def index_out_of_step(path: Path) -> None:
    """A store whose pages are all sound but one index misses rows: quick_check cannot see it
    (it does not compare indexes with their tables), integrity_check does."""
    with Store.open(path) as store:
        store.set_setting("marker", "x")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE probe (n INTEGER)")
    conn.execute("CREATE INDEX probe_n ON probe (n)")
    conn.commit()
    (sql, root) = conn.execute(
        "SELECT sql, rootpage FROM sqlite_master WHERE name = 'probe_n'").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'probe_n'")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)  # the index is unknown now: these rows never reach it
    conn.executemany("INSERT INTO probe VALUES (?)", [(n,) for n in range(50)])
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_master VALUES ('index', 'probe_n', 'probe', ?, ?)",
                 (root, sql))
    conn.commit()
    conn.close()


def test_open_uses_quick_check_and_the_daily_maintenance_runs_the_full_check(tmp_path: Path):
    path = tmp_path / "balie.sqlite3"
    index_out_of_step(path)
    assert health.quick_check(path).cause is health.Cause.OK
    assert health.full_check(path).cause is health.Cause.CORRUPT
    with Store.open(path) as store:  # the quick check at open lets it through ...
        maintenance = Maintenance(store, RetentionPolicy(), delay=3600)
        try:
            maintenance.once()
        finally:
            maintenance.cancel()
        # ... the daily full check finds it, and does not copy it over the good backups
        assert maintenance.last_integrity.cause is health.Cause.CORRUPT
        assert list_backups(store.backups) == []
    # and doctor's quick look reports what the daily full check found
    from balie.doctor import Severity, check_store
    from balie.store.migrate import head_revision, known_revisions

    found = check_store(path, known_revisions(), head_revision())
    assert found.severity is Severity.FAIL and "beschadigd" in found.detail
    assert "balie restore" in found.fix


def test_a_healthy_store_passes_the_full_check_and_is_backed_up(tmp_path: Path):
    with Store.open(tmp_path / "balie.sqlite3") as store:
        maintenance = Maintenance(store, RetentionPolicy(), delay=3600)
        try:
            maintenance.once()
        finally:
            maintenance.cancel()
        assert maintenance.last_integrity.cause is health.Cause.OK
        assert len(list_backups(store.backups)) == 1
    from balie.doctor import Severity, check_store
    from balie.store.migrate import head_revision, known_revisions

    ok = check_store(tmp_path / "balie.sqlite3", known_revisions(), head_revision())
    assert ok.severity is Severity.OK and "volledige controle van" in ok.detail


def test_doctor_full_finds_what_the_quick_check_does_not(tmp_path: Path):
    from balie.doctor import Severity, check_store
    from balie.store.migrate import head_revision, known_revisions

    path = tmp_path / "balie.sqlite3"
    index_out_of_step(path)
    quick = check_store(path, known_revisions(), head_revision())
    full = check_store(path, known_revisions(), head_revision(), full=True)
    assert quick.severity is Severity.OK and "snelle controle" in quick.detail
    assert full.severity is Severity.FAIL and "beschadigd" in full.detail


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The page checks that run (a spy around the real check: it still runs)."""
    checks: list[str] = []
    real = health._integrity

    def spy(store_path: Path, pragma: str) -> health.Verdict:
        checks.append(pragma)
        return real(store_path, pragma)

    monkeypatch.setattr(health, "_integrity", spy)
    return checks


def crash(path: Path) -> None:
    """What a power cut leaves: no clean-close marker."""
    path.with_name(path.name + health.CLEAN_SUFFIX).unlink(missing_ok=True)


def test_open_after_a_clean_close_skips_the_page_check_and_after_a_crash_runs_quick_check(
        tmp_path: Path, counted: list[str]):
    path = tmp_path / "balie.sqlite3"
    Store.open(path).close()
    counted.clear()
    Store.open(path).close()
    assert counted == []  # left exactly as the clean close left it
    crash(path)
    Store.open(path).close()
    assert counted == ["quick_check"]
    counted.clear()
    with sqlite3.connect(path) as conn:  # changed while balie was closed
        conn.execute("CREATE TABLE note (x)")
    conn.close()
    Store.open(path).close()
    assert counted == ["quick_check"]


@pytest.mark.parametrize("command", ["doctor", "support-bundle"])
def test_each_command_checks_the_store_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            command: str, counted: list[str]):
    from balie.app.commands import doctor, support_bundle

    path = tmp_path / "balie.sqlite3"
    Store.open(path).close()
    monkeypatch.setenv("PCSCLITE_CSOCK_NAME", str(tmp_path / "no-pcscd.comm"))
    args = argparse.Namespace(data_dir=tmp_path, config=None, platform_url=None, auth_url=None,
                              verbose=False, json=False, full=False, output=tmp_path / "b.zip",
                              skip_platform=True)
    run = (doctor if command == "doctor" else support_bundle).run
    counted.clear()
    run(args)
    assert counted == []  # cleanly closed and unchanged: no page check at all
    crash(path)
    run(args)
    assert counted == ["quick_check"], counted  # once, not once per sub-check
