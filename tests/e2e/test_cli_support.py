"""doctor, support-bundle and restore as IT and support run them: real store, real training
platform on 127.0.0.1, real pcscd (or a pointedly missing one)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from balie.backup import make_backup
from balie.commands.doctor import collect
from balie.doctor import Severity
from balie.store import Store

INSZ = "85073003328"
TOKEN = "eyJhbGciOiJSUzI1NiJ9.cGF5bG9hZA.c2ln"


def balie(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "balie", *argv], capture_output=True, text=True,
                          timeout=60, env={**os.environ, **(env or {})})


def args_for(data_dir: Path, url: str | None) -> argparse.Namespace:
    return argparse.Namespace(data_dir=data_dir, config=None, platform_url=url, auth_url=None,
                              verbose=False)


@pytest.fixture
def counter_dir(tmp_path: Path) -> Path:
    Store.open(tmp_path / "balie.sqlite3").close()
    return tmp_path


def readers() -> list[str]:
    return ["Virtual PCD 00 00"]


def test_doctor_without_reader_service_says_so_and_exits_nonzero(counter_dir: Path, platform):
    result = balie("doctor", "--data-dir", str(counter_dir), "--platform-url", platform.url,
                   env={"PCSCLITE_CSOCK_NAME": str(counter_dir / "no-pcscd.comm")})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "[FOUT] Kaartlezers" in result.stdout and "kaartlezerdienst" in result.stdout
    assert "Oplossing:" in result.stdout
    assert "[ OK ] Databank" in result.stdout and "[ OK ] UiTPAS-platform" in result.stdout


def test_doctor_reports_a_platform_that_refuses_connections(counter_dir: Path, platform):
    platform.set_faults(refuse_connections=True)
    report, _, _ = collect(args_for(counter_dir, platform.url), readers=readers)
    assert report.by_key("platform").severity is Severity.FAIL
    assert "niet bereikbaar" in report.by_key("platform").detail
    assert report.exit_code == 1


def test_doctor_spots_a_counter_clock_ten_minutes_ahead_of_the_platform(counter_dir: Path,
                                                                         platform):
    ahead = lambda: datetime.now(timezone.utc) + timedelta(minutes=10)  # noqa: E731
    report, _, _ = collect(args_for(counter_dir, platform.url), readers=readers, now=ahead)
    clock = report.by_key("clock")
    assert clock.severity is Severity.FAIL and "voor" in clock.detail
    in_time, _, _ = collect(args_for(counter_dir, platform.url), readers=readers)
    assert in_time.by_key("clock").severity is Severity.OK


def test_doctor_flags_a_corrupt_store_and_a_nearly_full_disk(tmp_path: Path, platform):
    (tmp_path / "balie.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 3000)
    report, _, _ = collect(args_for(tmp_path, platform.url), readers=readers,
                           free=lambda _p: 10 * 1024 * 1024)
    assert report.by_key("store").severity is Severity.FAIL
    assert "balie restore" in report.by_key("store").fix
    assert report.by_key("disk").severity is Severity.FAIL


def test_support_bundle_from_the_command_line_has_no_personal_data(counter_dir: Path, platform):
    logs = counter_dir / "logs"
    logs.mkdir()
    (logs / "balie.log").write_text(f"lookup insz {INSZ}\nAuthorization: Bearer {TOKEN}\n",
                                    encoding="utf-8")
    out = counter_dir / "ticket.zip"
    result = balie("support-bundle", "--data-dir", str(counter_dir), "--platform-url",
                   platform.url, "-o", str(out),
                   env={"PCSCLITE_CSOCK_NAME": str(counter_dir / "none.comm")})
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        text = "\n".join(zf.read(n).decode("utf-8") for n in names)
    assert {"doctor.txt", "queue.json", "config.ini", "logs/balie.log"} <= set(names)
    assert INSZ not in text and TOKEN not in text
    assert "kaartlezerdienst" in text  # doctor's finding travelled along


def test_restore_round_trip_and_refusal_of_a_bad_copy(counter_dir: Path):
    store_path = counter_dir / "balie.sqlite3"
    store = Store.open(store_path)
    store.set_setting("counter.marker", "before")
    store.close()
    copy = make_backup(store_path, counter_dir / "backups", reason="manual")
    store = Store.open(store_path)
    store.set_setting("counter.marker", "after")
    store.close()

    listing = balie("restore", "--data-dir", str(counter_dir))
    assert listing.returncode == 0 and copy.name in listing.stdout
    bad = counter_dir / "bad.sqlite3"
    bad.write_text("geen databank", encoding="utf-8")
    refused = balie("restore", "--data-dir", str(counter_dir), str(bad))
    assert refused.returncode == 1 and "Niet teruggezet" in refused.stdout
    done = balie("restore", "--data-dir", str(counter_dir), str(copy))
    assert done.returncode == 0, done.stdout + done.stderr

    store = Store.open(store_path)
    try:
        assert store.get_setting("counter.marker") == "before"
    finally:
        store.close()
    assert list(counter_dir.glob("balie.sqlite3.replaced-*"))


def _managed_pc_config(tmp_path: Path, platform) -> Path:
    """A city-managed counter: client credentials against a UiTPAS-compatible endpoint."""
    path = tmp_path / "managed.ini"
    path.write_text(
        "[platform]\nenvironment = test\nauth_mode = client_credentials\n"
        f"client_id = {platform.client_id}\napi_url = {platform.url}\n"
        f"auth_url = {platform.auth_url}\nsearch_url = {platform.search_url}\n", encoding="utf-8")
    return path


def _credentials_finding(report):
    return next(f for f in report.results if f.key == "credentials")


def test_doctor_proves_the_sign_in_of_a_managed_pc(counter_dir: Path, platform, tmp_path,
                                                   memory_keyring):
    from balie.sync.secrets import SecretStore

    args = args_for(counter_dir, None)
    args.config = _managed_pc_config(tmp_path, platform)
    missing, _, _ = collect(args, readers=readers)
    assert _credentials_finding(missing).severity is Severity.WARN
    SecretStore("test").save_client_secret(platform.client_id, "not-the-secret")
    rejected, _, _ = collect(args, readers=readers)
    assert _credentials_finding(rejected).severity is Severity.FAIL
    assert rejected.exit_code != 0
    SecretStore("test").save_client_secret(platform.client_id, platform.client_secret)
    valid, _, _ = collect(args, readers=readers)
    assert _credentials_finding(valid).severity is Severity.OK


def test_doctor_in_training_mode_proves_the_sign_in_not_only_that_the_platform_answers(
        counter_dir: Path, platform):
    signed_in, _, _ = collect(args_for(counter_dir, platform.url), readers=readers)
    assert _credentials_finding(signed_in).severity is Severity.OK
    args = args_for(counter_dir, platform.url)
    args.auth_url = "http://127.0.0.1:9"  # nothing listens: the API answers, sign-in cannot
    failed, _, _ = collect(args, readers=readers)
    assert failed.by_key("platform").severity is Severity.OK
    assert _credentials_finding(failed).severity is Severity.FAIL
    assert "aanmelden lukt niet" in _credentials_finding(failed).detail
    assert failed.exit_code == 1


def test_doctor_and_the_support_bundle_never_show_a_password_in_api_url(counter_dir: Path,
                                                                       platform, tmp_path):
    secret_url = platform.url.replace("http://", "http://kassa:Geheim-123@")
    ini = tmp_path / "pw.ini"
    ini.write_text(f"[platform]\nenvironment = test\nauth_mode = client_credentials\n"
                   f"client_id = {platform.client_id}\napi_url = {secret_url}\n"
                   f"auth_url = {platform.auth_url}\n", encoding="utf-8")
    env = {"PCSCLITE_CSOCK_NAME": str(counter_dir / "none.comm")}
    doctor = balie("doctor", "--data-dir", str(counter_dir), "--config", str(ini), env=env)
    assert "Geheim-123" not in doctor.stdout + doctor.stderr
    assert "kassa:***@127.0.0.1" in doctor.stdout, doctor.stdout
    out = tmp_path / "b.zip"
    bundle = balie("support-bundle", "--data-dir", str(counter_dir), "--config", str(ini),
                   "-o", str(out), env=env)
    assert bundle.returncode == 0, bundle.stderr
    with zipfile.ZipFile(out) as zf:
        assert not any(b"Geheim-123" in zf.read(n) for n in zf.namelist())


def test_support_bundle_with_skip_platform_does_not_claim_the_platform_is_reachable(
        counter_dir: Path, platform, tmp_path):
    platform.set_faults(refuse_connections=True)  # it would fail if it were contacted
    out = tmp_path / "b.zip"
    result = balie("support-bundle", "--data-dir", str(counter_dir), "--platform-url",
                   platform.url, "--skip-platform", "-o", str(out),
                   env={"PCSCLITE_CSOCK_NAME": str(counter_dir / "none.comm")})
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as zf:
        doctor = zf.read("doctor.txt").decode("utf-8")
    assert "[INFO] UiTPAS-platform: Niet gecontroleerd" in doctor
    assert "niet bereikbaar" not in doctor and "is bereikbaar" not in doctor
