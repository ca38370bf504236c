"""Doctor's checks: each failure a counter PC can have is recognised and comes with a fix."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from balie.doctor import (
    PCSC_SERVICE_DOWN,
    CheckResult,
    Credentials,
    DoctorProbes,
    PlatformObservation,
    ProbeError,
    QueueFigures,
    Severity,
    check_clock,
    check_credentials,
    check_disk,
    check_queue,
    check_readers,
    check_social_tariff_list,
    check_store,
    diagnose,
)

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
KNOWN = {"0001", "0002"}


def store_file(path: Path, version: str = "0002", rows: int = 5) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE outbox (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO outbox (body) VALUES (?)", [("y" * 500,)] * rows)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (version,))
    conn.commit()
    conn.close()
    return path


def down() -> list[str]:
    raise ProbeError(PCSC_SERVICE_DOWN, "0x8010001D")


def test_reader_service_not_running_fails_with_how_to_start_it():
    result = check_readers(down)
    assert result.severity is Severity.FAIL
    assert "kaartlezerdienst" in result.detail and "Smartcard" in result.fix


def test_no_reader_connected_fails():
    result = check_readers(lambda: [])
    assert result.severity is Severity.FAIL and "aangesloten" in result.detail


def test_configured_nfc_reader_that_is_absent_is_named():
    result = check_readers(lambda: ["Virtual PCD 00 00"], nfc="ACR122")
    assert result.severity is Severity.FAIL and "ACR122" in result.detail
    assert check_readers(lambda: ["ACS ACR122U PICC"], nfc="acr122").severity is Severity.OK


def test_corrupt_database_fails_and_points_to_restore(tmp_path: Path):
    path = store_file(tmp_path / "balie.sqlite3", rows=300)
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 8] = b"\x5a" * (4096 * 6)
    path.write_bytes(bytes(data))
    result = check_store(path, KNOWN)
    assert result.severity is Severity.FAIL
    assert "beschadigd" in result.detail and "balie restore" in result.fix


def test_database_from_a_newer_balie_fails_and_a_sound_one_passes(tmp_path: Path):
    assert check_store(store_file(tmp_path / "a.sqlite3", "0009"), KNOWN).severity is Severity.FAIL
    ok = check_store(store_file(tmp_path / "b.sqlite3", "0002"), KNOWN, "0002")
    assert ok.severity is Severity.OK and "0002" in ok.detail


def test_almost_full_disk_fails_and_low_disk_warns(tmp_path: Path):
    assert check_disk(tmp_path, lambda _p: 50 * 1024 * 1024).severity is Severity.FAIL
    assert check_disk(tmp_path, lambda _p: 600 * 1024 * 1024).severity is Severity.WARN
    assert check_disk(tmp_path, lambda _p: 40 * 1024 ** 3).severity is Severity.OK


def test_clock_ten_minutes_behind_fails_with_how_to_set_it():
    result = check_clock(NOW, NOW - timedelta(minutes=10))
    assert result.severity is Severity.FAIL
    assert "10 min" in result.detail and "achter" in result.detail
    assert "automatisch" in result.fix
    assert check_clock(NOW, NOW + timedelta(minutes=3)).severity is Severity.WARN
    assert check_clock(NOW, NOW + timedelta(seconds=20)).severity is Severity.OK


def test_rejected_sign_in_fails_and_missing_sign_in_warns():
    rejected = PlatformObservation("https://api.uitpas.be", credentials=Credentials.REJECTED)
    missing = PlatformObservation("https://api.uitpas.be", credentials=Credentials.MISSING)
    assert check_credentials(rejected).severity is Severity.FAIL
    assert check_credentials(missing).severity is Severity.WARN


def test_social_tariff_list_age_warns_after_a_day_and_fails_after_a_week():
    assert check_social_tariff_list(None, NOW).severity is Severity.WARN
    assert check_social_tariff_list(NOW - timedelta(hours=2), NOW).severity is Severity.OK
    assert check_social_tariff_list(NOW - timedelta(hours=30), NOW).severity is Severity.WARN
    old = check_social_tariff_list(NOW - timedelta(days=8), NOW)
    assert old.severity is Severity.FAIL and "8 dagen" in old.detail


def test_queue_with_day_old_pending_sale_fails_and_rejections_warn():
    stuck = check_queue(QueueFigures(pending=4, oldest_pending_at=NOW - timedelta(hours=30)), NOW)
    assert stuck.severity is Severity.FAIL and "4 verrichting" in stuck.detail
    fresh = check_queue(QueueFigures(pending=1, oldest_pending_at=NOW - timedelta(minutes=2)), NOW)
    assert fresh.severity is Severity.OK
    assert check_queue(QueueFigures(pending=0, needs_attention=2), NOW).severity is Severity.WARN


def _probes(tmp_path: Path, **changes) -> DoctorProbes:
    base = dict(
        list_readers=lambda: ["Virtual PCD 00 00"],
        store_path=store_file(tmp_path / "balie.sqlite3"),
        known_versions=KNOWN, head_version="0002",
        observe_platform=lambda: PlatformObservation("http://127.0.0.1:1", server_date=NOW,
                                                     credentials=Credentials.OK),
        social_tariff_refreshed_at=lambda: NOW - timedelta(hours=1),
        queue_figures=lambda: QueueFigures(pending=0),
        free=lambda _p: 50 * 1024 ** 3, now=lambda: NOW,
    )
    base.update(changes)
    return DoctorProbes(**base)


def test_healthy_counter_exits_zero_and_says_all_is_well(tmp_path: Path):
    report = diagnose(_probes(tmp_path))
    assert report.exit_code == 0, report.render_text()
    assert "Alles in orde." in report.render_text()


def test_unreachable_platform_exits_nonzero_and_skips_the_clock(tmp_path: Path):
    report = diagnose(_probes(tmp_path, observe_platform=lambda: PlatformObservation(
        "https://api.uitpas.be", error="verbinding geweigerd")))
    assert report.exit_code == 1
    assert report.by_key("platform").severity is Severity.FAIL
    assert "Oplossing:" in report.render_text()
    assert report.by_key("clock").severity is Severity.INFO


def test_a_probe_that_crashes_becomes_a_failed_check_not_a_crash(tmp_path: Path):
    def broken():
        raise RuntimeError("boom")

    report = diagnose(_probes(tmp_path, queue_figures=broken, observe_platform=broken))
    assert report.by_key("queue").severity is Severity.FAIL
    assert report.by_key("platform").severity is Severity.FAIL
    assert isinstance(report.to_dict()["checks"], list)


def test_every_failure_comes_with_a_fix(tmp_path: Path):
    report = diagnose(_probes(
        tmp_path, list_readers=down, free=lambda _p: 1,
        social_tariff_refreshed_at=lambda: None,
        queue_figures=lambda: QueueFigures(pending=2, oldest_pending_at=NOW - timedelta(days=2)),
        observe_platform=lambda: PlatformObservation("x", server_date=NOW - timedelta(hours=1),
                                                     credentials=Credentials.REJECTED)))
    acting: list[CheckResult] = [r for r in report.results if r.needs_action]
    assert {r.key for r in acting} >= {"readers", "disk", "clock", "credentials",
                                       "social_tariff_list", "queue"}
    assert all(r.fix for r in acting)
