"""doctor, support-bundle and restore as IT and support run them, on a training counter and on a
live counter (sealed store, key in a real keyring backend): real store, real training platform on
127.0.0.1, real pcscd (or a pointedly missing one)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from balie.app.commands.doctor import collect
from balie.backup import make_backup
from balie.doctor import Severity
from tests.fixtures.cli_counter import SUPERVISOR, CliCounter

INSZ = "85073003328"
TOKEN = "eyJhbGciOiJSUzI1NiJ9.cGF5bG9hZA.c2ln"


def balie(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "balie", *argv], capture_output=True, text=True,
                          timeout=60, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)


def readers() -> list[str]:
    return ["Virtual PCD 00 00"]


NO_PCSCD = "no-pcscd.comm"


def test_doctor_without_reader_service_says_so_and_exits_nonzero(cli_counter: CliCounter):
    result = cli_counter.balie("doctor", env={
        "PCSCLITE_CSOCK_NAME": str(cli_counter.root / NO_PCSCD)})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "[FOUT] Kaartlezers" in result.stdout and "kaartlezerdienst" in result.stdout
    assert "Oplossing:" in result.stdout
    assert "[ OK ] Databank" in result.stdout and "[ OK ] UiTPAS-platform" in result.stdout
    if cli_counter.live:
        assert "[ OK ] Sleutel van de databank" in result.stdout, result.stdout


def test_doctor_reports_a_platform_that_refuses_connections(cli_counter: CliCounter, platform):
    platform.set_faults(refuse_connections=True)
    report, _, _ = collect(cli_counter.namespace(), readers=readers)
    assert report.by_key("platform").severity is Severity.FAIL
    assert "niet bereikbaar" in report.by_key("platform").detail
    assert report.exit_code == 1


def test_doctor_spots_a_counter_clock_ten_minutes_ahead_of_the_platform(cli_counter: CliCounter):
    ahead = lambda: datetime.now(UTC) + timedelta(minutes=10)  # noqa: E731
    report, _, _ = collect(cli_counter.namespace(), readers=readers, now=ahead)
    clock = report.by_key("clock")
    assert clock.severity is Severity.FAIL and "voor" in clock.detail
    in_time, _, _ = collect(cli_counter.namespace(), readers=readers)
    assert in_time.by_key("clock").severity is Severity.OK


def test_doctor_flags_a_corrupt_store_and_a_nearly_full_disk(cli_counter: CliCounter):
    cli_counter.store_path.write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 3000)
    report, _, _ = collect(cli_counter.namespace(), readers=readers,
                           free=lambda _p: 10 * 1024 * 1024)
    assert report.by_key("store").severity is Severity.FAIL
    assert "balie restore" in report.by_key("store").fix
    assert report.by_key("disk").severity is Severity.FAIL


def test_support_bundle_from_the_command_line_has_no_personal_data(cli_counter: CliCounter):
    logs = cli_counter.data / "logs"
    logs.mkdir()
    (logs / "balie.log").write_text(f"lookup insz {INSZ}\nAuthorization: Bearer {TOKEN}\n",
                                    encoding="utf-8")
    out = cli_counter.root / "ticket.zip"
    result = cli_counter.balie("support-bundle", "-o", str(out), env={
        "PCSCLITE_CSOCK_NAME": str(cli_counter.root / NO_PCSCD)})
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        text = "\n".join(zf.read(n).decode("utf-8") for n in names)
    assert {"doctor.txt", "queue.json", "config.ini", "logs/balie.log"} <= set(names)
    assert INSZ not in text and TOKEN not in text
    assert "kaartlezerdienst" in text  # doctor's finding travelled along
    if cli_counter.live:  # the sealed store was read with its key, not reported as unreadable
        assert "Sleutel van de databank: De sleutel staat" in text


def test_restore_round_trip_and_refusal_of_a_bad_copy(cli_counter: CliCounter):
    with cli_counter.open() as store:
        store.set_setting("counter.marker", "before")
    copy = make_backup(cli_counter.store_path, cli_counter.data / "backups", reason="manual")
    with cli_counter.open() as store:
        store.set_setting("counter.marker", "after")

    listing = cli_counter.balie("restore")
    assert listing.returncode == 0 and copy.name in listing.stdout
    bad = cli_counter.root / "bad.sqlite3"
    bad.write_text("geen databank", encoding="utf-8")
    supervisor = ("--operator", SUPERVISOR[0], "--pin-stdin")
    refused = cli_counter.balie("restore", str(bad), *supervisor, stdin=SUPERVISOR[3] + "\n")
    assert refused.returncode == 1 and "Niet teruggezet" in refused.stdout
    done = cli_counter.balie("restore", str(copy), *supervisor, stdin=SUPERVISOR[3] + "\n")
    assert done.returncode == 0, done.stdout + done.stderr

    with cli_counter.open() as store:  # on a live counter: the same key still fits
        assert store.get_setting("counter.marker") == "before"
        (line,) = [a for a in store.audit.lines() if a.action == "restore"]
        assert (line.operator_id, line.operator_name) == ("bo", "Bo Claes")
        assert copy.name in line.detail
    (replaced,) = [p for p in cli_counter.data.glob("balie.sqlite3.replaced-*")
                   if not p.name.endswith(("-wal", "-shm"))]
    with sqlite3.connect(replaced) as conn:  # the file kept aside says who replaced it
        assert ("bo", "cli.restore") in conn.execute("SELECT operator_id, action FROM audit_log")


def _changed_since_a_backup(counter: CliCounter) -> Path:
    with counter.open() as store:
        store.set_setting("counter.marker", "before")
    copy = make_backup(counter.store_path, counter.data / "backups", reason="manual")
    with counter.open() as store:
        store.set_setting("counter.marker", "after")
    return copy


def _untouched(counter: CliCounter) -> bool:
    with counter.open() as store:
        marker = store.get_setting("counter.marker")
    return marker == "after" and not list(counter.data.glob("balie.sqlite3.replaced-*"))


@pytest.mark.parametrize(("who", "stdin", "expected"), [
    ((), None, "vraagt altijd een verantwoordelijke"),
    (("--service",), None, "niet het dienstaccount"),
    (("--operator", SUPERVISOR[0]), None, "Geen pincode ontvangen"),  # no terminal, no PIN given
    (("--operator", "an", "--pin-stdin"), "482913\n", "mag dit niet"),  # a cashier
], ids=["nobody", "service", "no-pin", "cashier"])
def test_restore_without_a_supervisors_pin_changes_nothing(cli_counter: CliCounter, who, stdin,
                                                           expected):
    copy = _changed_since_a_backup(cli_counter)
    result = cli_counter.balie("restore", str(copy), *who, stdin=stdin)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("Niet teruggezet.") and expected in result.stdout, result.stdout
    assert "Traceback" not in result.stderr
    assert _untouched(cli_counter)


def test_wrong_supervisor_pins_count_towards_the_lock_out(cli_counter: CliCounter):
    copy = _changed_since_a_backup(cli_counter)
    tries = [cli_counter.balie("restore", str(copy), "--operator", SUPERVISOR[0],
                               env={"BALIE_PIN": "000000"}) for _ in range(5)]
    assert all(t.returncode == 1 for t in tries)
    assert "verkeerde pincode" in tries[0].stdout
    assert "tijdelijk geblokkeerd" in tries[-1].stdout, tries[-1].stdout
    right = cli_counter.balie("restore", str(copy), "--operator", SUPERVISOR[0],
                              env={"BALIE_PIN": SUPERVISOR[3]})
    assert right.returncode == 1 and "tijdelijk geblokkeerd" in right.stdout, right.stdout
    assert _untouched(cli_counter)
    with cli_counter.open() as store:
        assert [a.action for a in store.audit.lines()
                if a.operator_id == SUPERVISOR[0]] == ["operator.locked_out"]


def _managed_pc_config(counter: CliCounter, platform, api_url: str | None = None) -> Path:
    """A city-managed counter: client credentials against a UiTPAS-compatible endpoint (a live
    counter has these settings already; they are written again where a test changes them)."""
    path = counter.config or counter.root / "managed.ini"
    path.write_text(
        "[platform]\nenvironment = test\nauth_mode = client_credentials\n"
        f"client_id = {platform.client_id}\napi_url = {api_url or platform.url}\n"
        f"auth_url = {platform.auth_url}\nsearch_url = {platform.search_url}\n", encoding="utf-8")
    return path


def _credentials_finding(report):
    return next(f for f in report.results if f.key == "credentials")


def test_doctor_proves_the_sign_in_of_a_managed_pc(cli_counter: CliCounter, platform,
                                                   request: pytest.FixtureRequest):
    from balie.sync.secrets import SecretStore

    if not cli_counter.live:  # a live counter's keyring is its own vault, already active
        request.getfixturevalue("memory_keyring")
    args = cli_counter.namespace(platform_url=None,
                                 config=_managed_pc_config(cli_counter, platform))
    SecretStore("test").forget_client_secret(platform.client_id)
    missing, _, _ = collect(args, readers=readers)
    assert _credentials_finding(missing).severity is Severity.WARN
    SecretStore("test").save_client_secret(platform.client_id, "not-the-secret")
    rejected, _, _ = collect(args, readers=readers)
    assert _credentials_finding(rejected).severity is Severity.FAIL
    assert rejected.exit_code != 0
    SecretStore("test").save_client_secret(platform.client_id, platform.client_secret)
    valid, _, _ = collect(args, readers=readers)
    assert _credentials_finding(valid).severity is Severity.OK


def test_doctor_proves_the_sign_in_not_only_that_the_platform_answers(cli_counter: CliCounter):
    signed_in, _, _ = collect(cli_counter.namespace(), readers=readers)
    assert _credentials_finding(signed_in).severity is Severity.OK
    # nothing listens there: the API answers, the sign-in cannot
    failed, _, _ = collect(cli_counter.namespace(auth_url="http://127.0.0.1:9"), readers=readers)
    assert failed.by_key("platform").severity is Severity.OK
    assert _credentials_finding(failed).severity is Severity.FAIL
    assert "aanmelden lukt niet" in _credentials_finding(failed).detail
    assert failed.exit_code == 1


def test_doctor_and_the_support_bundle_never_show_a_password_in_api_url(cli_counter: CliCounter,
                                                                       platform):
    ini = _managed_pc_config(cli_counter, platform,
                             api_url=platform.url.replace("http://", "http://kassa:Geheim-123@"))
    where = ("--data-dir", str(cli_counter.data), "--config", str(ini))
    env = {**cli_counter.env, "PCSCLITE_CSOCK_NAME": str(cli_counter.root / NO_PCSCD)}
    doctor = balie("doctor", *where, env=env)
    assert "Geheim-123" not in doctor.stdout + doctor.stderr
    assert "kassa:***@127.0.0.1" in doctor.stdout, doctor.stdout
    out = cli_counter.root / "b.zip"
    bundle = balie("support-bundle", *where, "-o", str(out), env=env)
    assert bundle.returncode == 0, bundle.stderr
    with zipfile.ZipFile(out) as zf:
        assert not any(b"Geheim-123" in zf.read(n) for n in zf.namelist())


def test_support_bundle_with_skip_platform_does_not_claim_the_platform_is_reachable(
        cli_counter: CliCounter, platform):
    platform.set_faults(refuse_connections=True)  # it would fail if it were contacted
    out = cli_counter.root / "b.zip"
    result = cli_counter.balie("support-bundle", "--skip-platform", "-o", str(out),
                               env={"PCSCLITE_CSOCK_NAME": str(cli_counter.root / NO_PCSCD)})
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as zf:
        doctor = zf.read("doctor.txt").decode("utf-8")
    assert "[INFO] UiTPAS-platform: Niet gecontroleerd" in doctor
    assert "niet bereikbaar" not in doctor and "is bereikbaar" not in doctor


def test_sync_runs_as_the_service_identity_audited_with_start_end_and_counts(
        cli_counter: CliCounter):
    """sync records nothing a cashier did not: no PIN, but an auditor sees which OS account
    delivered what, and when."""
    from balie.app.commands.identity import os_account
    from tests.sync.test_worker_helpers import know_demo_events, sell

    with cli_counter.open() as store:
        know_demo_events(store)
        sell(store, "kansen_active")
        sell(store, "minor")
    result = cli_counter.balie("sync", "--once", "--no-refresh")
    assert result.returncode == 0, result.stdout + result.stderr
    with cli_counter.open() as store:
        lines = [a for a in reversed(store.audit.lines()) if a.action.startswith("cli.sync")]
    assert [a.action for a in lines] == ["cli.sync.start", "cli.sync.end"]
    assert {(a.operator_id, a.operator_name) for a in lines} == {
        (f"service:{os_account()}", f"Dienstaccount {os_account()}")}
    assert lines[0].detail == "once; wachtrij 2, te behandelen 0"
    assert lines[1].detail == "bevestigd 2, te behandelen 0, nog in de wachtrij 0; exitcode 0"
    assert lines[0].at <= lines[1].at
