"""Disk trouble is not damage: a full disk, a read-only data dir and a store locked by another
program each get their own Dutch cause, never "beschadigd" nor a restore offer, never a Python
traceback, and leave no probe files or half copies behind. Plus the other command-line mistakes
that used to end in a traceback.

Full and read-only disks are real: small tmpfs mounts (we run as root in CI). Where mounting is
not allowed the tests say so and skip.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from balie.backup import RestoreError, make_backup, restore_backup
from balie.store import Store, StoreError
from balie.store.migrate import known_revisions
from tests.fixtures.cli_counter import CliCounter


def balie(*argv: str, cwd: Path | None = None,
          env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": os.devnull, **(env or {})}  # no caller's balie.ini
    return subprocess.run([sys.executable, "-m", "balie", *argv], capture_output=True, text=True,
                          timeout=90, cwd=cwd, env=env, stdin=subprocess.DEVNULL)


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    for text in (result.stdout, result.stderr):
        assert "Traceback" not in text and "Logging error" not in text, text


class Mount:
    def __init__(self, path: Path) -> None:
        self.path = path

    def remount(self, *options: str) -> None:
        subprocess.run(["mount", "-o", ",".join(("remount", *options)), str(self.path)],
                       check=True, capture_output=True)

    def fill(self) -> None:
        """Write until the disk says ENOSPC (the file stays: the disk stays full). Unbuffered:
        a buffered file kept the part of the last block that did not fit and raised ENOSPC
        again when it was closed, whenever the free space was no multiple of a block."""
        with (self.path / "filler.bin").open("wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Mount]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; run the suite as root (CI does)")
    path = tmp_path / "disk"
    path.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(path)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield Mount(path)
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def counter_store(folder: Path) -> Path:
    """A healthy training store with a supervisor (PIN 775311) and a daily backup, closed
    cleanly."""
    from datetime import UTC, datetime

    from balie.operators import Operators, ScryptParams

    path = folder / "balie.sqlite3"
    with Store.open(path) as store:
        Operators(store, scrypt=ScryptParams(2**10, 8, 1)).add(
            "bo", "Bo Claes", "supervisor", "775311", datetime.now(UTC))
        for n in range(40):
            store.set_setting(f"filler.{n}", "x" * 2000)
    make_backup(path, folder / "backups")
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*")
                  if ".balie-write-test" in p.name or p.name.endswith((".restoring", ".partial")))


def test_read_only_data_dir_says_no_write_rights_not_damaged(small_disk: Mount):
    """A read-only copy where SQLite cannot make its -shm file: once called "damaged"."""
    data = small_disk.path / "balie"
    store_path = counter_store(data)
    with sqlite3.connect(store_path) as conn:  # the last one out folds the WAL in: no -shm left
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert not Path(f"{store_path}-shm").exists()
    small_disk.remount("ro")
    with pytest.raises(StoreError) as refused:
        Store.open(store_path)
    problem = refused.value.problem
    assert problem.code == "store-not-writable" and "geen schrijfrechten" in problem.message
    assert "beschadigd" not in problem.message and "backup" not in problem.extras
    for argv in (("report",), ("sync", "--once"), ("import", str(store_path))):
        result = balie(*argv, "--data-dir", str(data))
        no_traceback(result)
        assert result.returncode != 0, argv
        assert "geen schrijfrechten" in result.stderr, (argv, result.stderr)
        assert "beschadigd" not in result.stdout + result.stderr
    doctor = balie("doctor", "--data-dir", str(data))
    no_traceback(doctor)
    assert doctor.returncode == 1
    assert "[FOUT] Gegevensmap" in doctor.stdout and "geen schrijfrechten" in doctor.stdout
    assert "beschadigd" not in doctor.stdout


def test_full_disk_says_disk_full_keeps_the_store_and_leaves_nothing_behind(small_disk: Mount):
    data = small_disk.path / "balie"
    store_path = counter_store(data)
    copy = make_backup(store_path, data / "backups", reason="manual")
    before = store_path.read_bytes()
    small_disk.fill()

    result = balie("report", "--data-dir", str(data))
    no_traceback(result)
    assert result.returncode == 2 and "schijf vol" in result.stderr, result.stderr
    assert "geen schrijfrechten" not in result.stderr and "beschadigd" not in result.stderr
    doctor = balie("doctor", "--data-dir", str(data))
    no_traceback(doctor)
    assert "vol" in doctor.stdout and "beschadigd" not in doctor.stdout
    restore = balie("restore", "--data-dir", str(data), str(copy), "--operator", "bo",
                    env={"BALIE_PIN": "775311"})
    no_traceback(restore)
    assert restore.returncode == 1 and "vol" in restore.stdout + restore.stderr
    assert store_path.read_bytes() == before
    assert leftovers(small_disk.path) == []


def test_restore_that_fills_the_disk_leaves_no_half_copy_and_the_store_as_it_was(
        small_disk: Mount):
    data = small_disk.path / "balie"
    store_path = counter_store(data)
    with Store.open(store_path) as store:  # a backup bigger than what is left on the disk
        for n in range(150):
            store.set_setting(f"more.{n}", os.urandom(2000).hex())
    with sqlite3.connect(store_path) as conn:  # fold the WAL in: only the copy may fill the disk
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    copy = make_backup(store_path, data / "backups", reason="manual")
    before = store_path.read_bytes()
    small_disk.fill()
    (small_disk.path / "filler.bin").open("r+b").truncate(
        (small_disk.path / "filler.bin").stat().st_size - 256 * 1024)  # room for less than a copy
    with pytest.raises(RestoreError) as refused:
        restore_backup(copy, store_path, known_revisions())
    assert refused.value.problem.code == "restore-disk-full"
    assert "vol" in refused.value.problem.message
    assert store_path.read_bytes() == before
    assert leftovers(small_disk.path) == []


def test_log_file_on_a_full_disk_is_one_dutch_line_not_a_logging_traceback(small_disk: Mount):
    data = small_disk.path / "balie"
    (data / "logs").mkdir(parents=True)
    small_disk.fill()
    result = balie("report", "--data-dir", str(data), "-v")
    no_traceback(result)
    assert "logbestand" in result.stderr and "schijf vol" in result.stderr, result.stderr
    assert leftovers(small_disk.path) == []


def test_store_locked_by_another_program_is_named_as_such(tmp_path: Path):
    store_path = counter_store(tmp_path)
    holder = sqlite3.connect(store_path, timeout=0)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreError) as refused:
            Store.open(store_path)
    finally:
        holder.close()
    assert refused.value.problem.code == "store-locked"
    assert "ander programma" in refused.value.problem.message
    assert "backup" not in refused.value.problem.extras
    with Store.open(store_path) as store:  # nothing was harmed
        assert store.get_setting("filler.1") == "x" * 2000


def test_report_csv_to_a_folder_or_a_missing_folder_is_refused_in_dutch(tmp_path: Path):
    Store.open(tmp_path / "balie.sqlite3").close()
    for target, words in ((tmp_path, "is een map"), (tmp_path / "nope" / "r.csv", "bestaat niet")):
        result = balie("report", "--data-dir", str(tmp_path), "--csv", str(target))
        no_traceback(result)
        assert result.returncode == 2 and words in result.stderr, result.stderr


def test_support_bundle_output_under_a_file_is_refused_in_dutch(tmp_path: Path):
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("x", encoding="utf-8")
    result = balie("support-bundle", "--data-dir", str(tmp_path / "data"),
                   "--output", str(blocker / "bundle.zip"))
    no_traceback(result)
    assert result.returncode == 2 and "is een bestand, geen map" in result.stderr


def test_training_platform_port_out_of_range_is_refused(tmp_path: Path):
    result = balie("training-platform", "--data-dir", str(tmp_path), "--port", "99999")
    no_traceback(result)
    assert result.returncode == 2 and "geen poortnummer" in result.stderr


@pytest.mark.parametrize("command", ["sync", "doctor", "report", "import", "support-bundle"])
def test_unknown_environment_is_refused_by_every_command(tmp_path: Path, command: str):
    ini = tmp_path / "balie.ini"
    ini.write_text("[platform]\nenvironment = productie\n", encoding="utf-8")
    extra = [str(tmp_path / "x.csv"), "--service"] if command == "import" else []
    if command == "import":
        (tmp_path / "x.csv").write_text("soort\n", encoding="utf-8")
    result = balie(command, *extra, "--data-dir", str(tmp_path / "data"), "--config", str(ini),
                   cwd=tmp_path)
    no_traceback(result)
    text = result.stdout + result.stderr
    assert "productie" in text and "Geldig: training, test, production" in text, text
    if command != "support-bundle":  # the bundle is still made (with the finding), see below
        assert result.returncode != 0


def test_logging_level_is_read_from_the_configuration(tmp_path: Path):
    ini = tmp_path / "balie.ini"
    ini.write_text("[logging]\nlevel = WARNING\n", encoding="utf-8")
    data = tmp_path / "data"
    balie("report", "--data-dir", str(data), "--config", str(ini))
    quiet = (data / "logs" / "balie.log").read_text(encoding="utf-8")
    assert "started" not in quiet  # the INFO start line is below WARNING
    ini.write_text("[logging]\nlevel = DEBUG\n", encoding="utf-8")
    balie("report", "--data-dir", str(data), "--config", str(ini))
    assert "report started" in (data / "logs" / "balie.log").read_text(encoding="utf-8")


def test_a_live_counter_on_a_read_only_then_full_disk_names_the_cause_and_keeps_its_store(
        cli_counter: CliCounter, small_disk: Mount):
    """The same causes on the live counter (sealed store, key in the keyring, the machine's
    settings) as on the training one: each command names the cause, none calls the store damaged,
    and the sealed store with its queue is byte for byte what it was."""
    data = small_disk.path / "balie"
    shutil.copytree(cli_counter.data, data)
    store_path = data / "balie.sqlite3"
    with sqlite3.connect(store_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = store_path.read_bytes()
    elsewhere = ("--data-dir", str(data))

    small_disk.remount("ro")
    for argv in (("report",), ("sync", "--once"), ("doctor",)):
        result = cli_counter.balie(*argv, last=elsewhere)
        no_traceback(result)
        said = result.stdout + result.stderr
        assert result.returncode != 0, (cli_counter.kind, argv, said)
        assert "geen schrijfrechten" in said, (cli_counter.kind, argv, said)
        assert "beschadigd" not in said and "schijf vol" not in said, said

    small_disk.remount("rw")
    small_disk.fill()
    for argv in (("report",), ("sync", "--once")):
        result = cli_counter.balie(*argv, last=elsewhere)
        no_traceback(result)
        said = result.stdout + result.stderr
        assert result.returncode != 0 and "schijf vol" in said, (cli_counter.kind, argv, said)
        assert "geen schrijfrechten" not in said and "beschadigd" not in said, said
    (small_disk.path / "filler.bin").unlink()
    assert store_path.read_bytes() == before
    assert leftovers(small_disk.path) == []
