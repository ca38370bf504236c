"""Every ``balie`` command on a live counter's store: sealed with its key in the OS keyring.

The keyring is a real ``keyring`` backend (tests.fixtures.keyring.FileKeyring) that the child
processes load the way keyring allows (``PYTHON_KEYRING_BACKEND``); its vault lives in a folder of
its own, never in the data dir. The counter is configured like a city-managed PC (test
environment, client credentials) against the training platform on 127.0.0.1.
"""

from __future__ import annotations

import base64
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from balie.backup import make_backup
from balie.crypto import KEY_CHECK_SETTING, KEYRING_SERVICE, KeyringKeySource
from balie.domain import BRUSSELS
from balie.operators import Operators, ScryptParams
from balie.privacy import attach_cipher
from balie.store import Store
from tests.fixtures.keyring import FileKeyring, keyring_env
from tests.sync.test_worker_helpers import check_in, know_demo_events, sell

PIN = "482913"
SUPERVISOR_PIN = "775311"
SIGNED_IN = ("--operator", "an", "--pin-stdin")


@dataclass
class LiveCounter:
    data: Path
    config: Path
    ring: FileKeyring
    queued: tuple[str, ...]

    @property
    def store_path(self) -> Path:
        return self.data / "balie.sqlite3"

    def balie(self, *argv: str, ring: Path | None = None, stdin: str | None = None,
              timeout: float = 90) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, **keyring_env(ring or self.ring.path), "PYTHONUNBUFFERED": "1",
               "XDG_CONFIG_HOME": str(self.config.parent / "user-config")}  # no stray user file
        return subprocess.run([sys.executable, "-m", "balie", *argv, "--data-dir", str(self.data),
                               "--config", str(self.config)], input=stdin,
                              stdin=None if stdin is not None else subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=timeout, env=env)

    def statuses(self) -> dict[str, tuple[str, int]]:
        """client_uuid -> (status, attempts), read raw (these columns are not sealed)."""
        with sqlite3.connect(self.store_path) as conn:
            return {u: (s, a) for u, s, a in conn.execute(
                "SELECT client_uuid, status, attempts FROM outbox")}


@pytest.fixture
def live(tmp_path: Path, platform, file_keyring: FileKeyring) -> LiveCounter:
    from balie.sync.secrets import SecretStore

    data = tmp_path / "ProgramData" / "balie"
    config = tmp_path / "etc" / "balie.ini"
    config.parent.mkdir(parents=True)
    config.write_text(
        "[platform]\nenvironment = test\nauth_mode = client_credentials\n"
        f"client_id = {platform.client_id}\napi_url = {platform.url}\n"
        f"auth_url = {platform.auth_url}\nsearch_url = {platform.search_url}\n", encoding="utf-8")
    SecretStore("test").save_client_secret(platform.client_id, platform.client_secret)
    with Store.open(data / "balie.sqlite3") as store:
        attach_cipher(store, KeyringKeySource())
        operators = Operators(store, scrypt=ScryptParams(2**10, 8, 1))
        operators.add("an", "An Kassa", "cashier", PIN, datetime.now(UTC))
        operators.add("bo", "Bo Claes", "supervisor", SUPERVISOR_PIN, datetime.now(UTC))
        know_demo_events(store)
        queued = (sell(store, "kansen_active"), check_in(store, "regular"))
    assert not str(file_keyring.path).startswith(str(data))
    return LiveCounter(data, config, file_keyring, queued)


def other_users_keyring(live: LiveCounter, tmp_path: Path, *, wrong_key: bool) -> Path:
    """The vault of another Windows user: empty, or holding a key of its own for this store."""
    vault = tmp_path / "other-user" / "vault.json"
    vault.parent.mkdir()
    ring = FileKeyring(vault)
    if wrong_key:
        with sqlite3.connect(live.store_path) as conn:
            (device,) = conn.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
        ring.set_password(KEYRING_SERVICE, device, base64.b64encode(os.urandom(32)).decode())
    return vault


def test_sync_once_delivers_the_sealed_queue_with_the_key_from_the_keyring(live: LiveCounter):
    result = live.balie("sync", "--once", "--no-refresh")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Verstuurd: 2" in result.stdout and "te behandelen: 0" in result.stdout
    assert {s for s, _ in live.statuses().values()} == {"CONFIRMED"}


@pytest.mark.parametrize("wrong_key", [False, True], ids=["key-missing", "key-wrong"])
def test_without_the_right_key_every_command_stops_and_the_queue_is_untouched(
        live: LiveCounter, tmp_path: Path, wrong_key: bool):
    vault = other_users_keyring(live, tmp_path, wrong_key=wrong_key)
    before = live.statuses()
    expected = "past niet" if wrong_key else "niet in de sleutelbos"
    for argv in (("sync", "--once"), ("report",), ("import", str(tmp_path / "none.csv"))):
        if argv[0] == "import":
            (tmp_path / "none.csv").write_text("soort;uitpasnummer\n", encoding="utf-8")
        if argv[0] == "import":
            argv = (*argv, *SIGNED_IN)
        result = live.balie(*argv, ring=vault, stdin=PIN + "\n")
        assert result.returncode == 2, (argv, result.stdout, result.stderr)
        assert expected in result.stderr, (argv, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert live.statuses() == before  # nothing sent, nothing parked in "Te behandelen"
    assert {s for s, _ in before.values()} == {"PENDING"}
    doctor = live.balie("doctor", ring=vault)
    assert doctor.returncode == 1
    assert "[FOUT] Sleutel van de databank" in doctor.stdout and expected in doctor.stdout
    assert live.statuses() == before


def test_sync_watch_delivers_the_sealed_queue_and_stops_on_sigterm(live: LiveCounter):
    env = {**os.environ, **keyring_env(live.ring.path), "PYTHONUNBUFFERED": "1",
           "XDG_CONFIG_HOME": str(live.config.parent / "user-config")}
    proc = subprocess.Popen([sys.executable, "-m", "balie", "sync", "--watch", "--no-refresh",
                             "--data-dir", str(live.data), "--config", str(live.config)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while {s for s, _ in live.statuses().values()} != {"CONFIRMED"}:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, f"not delivered within 60 s: {live.statuses()}"
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, out + err
    assert "te behandelen 0" in out and "Traceback" not in err
    with sqlite3.connect(live.store_path) as conn:  # audited as the service identity
        lines = conn.execute("SELECT operator_id, action, detail FROM audit_log"
                             " WHERE action LIKE 'cli.sync.%' ORDER BY id").fetchall()
    assert [a for _, a, _ in lines] == ["cli.sync.start", "cli.sync.end"]
    assert all(who.startswith("service:") for who, _, _ in lines)
    assert lines[0][2].startswith("watch; wachtrij 2")
    assert lines[1][2].startswith("bevestigd 2, te behandelen 0, nog in de wachtrij 0; exitcode 0")


def test_report_import_doctor_and_support_bundle_read_the_sealed_store(live: LiveCounter,
                                                                       tmp_path: Path):
    today = datetime.now(UTC).astimezone(BRUSSELS)
    report = live.balie("report", "--day", today.date().isoformat())
    assert report.returncode == 0, report.stderr
    assert "Tickets: 1" in report.stdout and "Check-ins: 1" in report.stdout

    from balie.training import demo

    event = demo.EVENTS["pool_today"]
    paper = tmp_path / "papier.csv"
    paper.write_text(
        "soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur\n"
        f"checkin;{demo.PASSES['minor'].uitpas_number};{event.id};;;"
        f"{today:%d/%m/%Y};{today:%H:%M}\n", encoding="utf-8")
    imported = live.balie("import", str(paper), *SIGNED_IN, stdin=PIN + "\n")
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "In de wachtrij gezet: 1" in imported.stdout

    doctor = live.balie("doctor")
    assert "[ OK ] Sleutel van de databank" in doctor.stdout, doctor.stdout
    assert "[ OK ] Databank" in doctor.stdout and "3 verrichtingen wachtend" in doctor.stdout

    bundle = live.balie("support-bundle", "-o", str(tmp_path / "b.zip"))
    assert bundle.returncode == 0, bundle.stdout + bundle.stderr
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        assert '"pending": 3' in zf.read("queue.json").decode()
        assert "Sleutel van de databank: De sleutel staat" in zf.read("doctor.txt").decode()


def test_restore_puts_back_a_sealed_copy_that_opens_with_the_same_key(live: LiveCounter):
    copy = make_backup(live.store_path, live.data / "backups", reason="manual")
    with Store.open(live.store_path) as store:
        attach_cipher(store, KeyringKeySource())
        later = sell(store, "minor")
    done = live.balie("restore", str(copy), "--carry-over", "--operator", "bo", "--pin-stdin",
                      stdin=SUPERVISOR_PIN + "\n")
    assert done.returncode == 0, done.stdout + done.stderr
    with Store.open(live.store_path) as store:
        assert store.get_setting(KEY_CHECK_SETTING) is not None
        attach_cipher(store, KeyringKeySource())  # the same key still fits
        items = [store.outbox.get(u) for u in (*live.queued, later)]
        assert all(i is not None and not i.payload.get("unreadable") for i in items)
        assert store.outbox.stats().pending == 3


def test_self_test_passes_on_a_live_counter(live: LiveCounter):
    result = live.balie("self-test", "--no-window", timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   the OS keyring keeps the store key" in result.stdout


def test_a_clear_kansentarief_list_is_hashed_at_the_first_keyed_command_with_progress(
        live: LiveCounter):
    from balie.numbers import luhn_check_digit
    from balie.store.reference import SocialTariffCardRow

    numbers = [f"09{i:09d}1" for i in range(60_000)]
    numbers = [n + luhn_check_digit(n) for n in numbers]
    with Store.open(live.store_path) as store:  # as an older version wrote it: no key, clear
        store.reference.replace_social_tariff_cards(
            7, (SocialTariffCardRow(n, "NFC") for n in numbers), datetime.now(UTC))
    report = live.balie("report")
    assert report.returncode == 0, report.stderr
    lines = [line for line in report.stderr.splitlines() if "kansentarieflijst" in line]
    assert lines[-1].endswith("100% (60.000 van 60.000 kaarten)"), report.stderr
    assert len(lines) >= 3 and "Traceback" not in report.stderr
    with sqlite3.connect(live.store_path) as conn:
        stored = [n for (n,) in conn.execute("SELECT uitpas_number FROM social_tariff_cards")]
    assert len(stored) == 60_000 and all(n.startswith("i1:") for n in stored)
    again = live.balie("report")  # once: nothing left to convert
    assert "kansentarieflijst" not in again.stderr
