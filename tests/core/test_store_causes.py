"""The cause behind a store or folder that cannot be used, in the words support acts on: a full
disk, missing write rights, a lock held by another program, or real damage (only that one
offers a restore). The real mounts are in tests/e2e/test_cli_disk_trouble.py."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from balie.datadir import os_error_cause, write_failure
from balie.store.health import Cause, classify


@pytest.mark.parametrize(("number", "words"), [
    (errno.ENOSPC, "schijf vol"),
    (errno.EDQUOT, "schijf vol"),
    (errno.EROFS, "geen schrijfrechten: alleen-lezen schijf"),
    (errno.EACCES, "geen schrijfrechten"),
    (errno.EPERM, "geen schrijfrechten"),
    (errno.ENOTDIR, "een bestand staat in de weg"),
])
def test_os_errors_are_named_by_their_cause(number: int, words: str):
    assert os_error_cause(OSError(number, os.strerror(number))) == words


def sqlite_error(text: str, code: int | None = None) -> sqlite3.Error:
    exc = sqlite3.OperationalError(text)
    if code is not None:
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(("exc", "cause"), [
    (sqlite_error("database or disk is full", sqlite3.SQLITE_FULL), Cause.DISK_FULL),
    (sqlite_error("database is locked", sqlite3.SQLITE_BUSY), Cause.LOCKED),
    (sqlite_error("attempt to write a readonly database", sqlite3.SQLITE_READONLY),
     Cause.NOT_WRITABLE),
    (sqlite3.DatabaseError("database disk image is malformed"), Cause.CORRUPT),
    (sqlite3.DatabaseError("file is not a database"), Cause.CORRUPT),
])
def test_sqlite_errors_are_sorted_by_cause(exc: sqlite3.Error, cause: Cause, tmp_path: Path):
    assert classify(exc, tmp_path).cause is cause


def test_an_open_that_fails_in_a_healthy_folder_is_not_called_damage(tmp_path: Path):
    verdict = classify(sqlite_error("unable to open database file", sqlite3.SQLITE_CANTOPEN),
                       tmp_path)
    assert verdict.cause is Cause.UNREADABLE  # a failing disk or cable: not "restore a backup"


def test_the_write_probe_leaves_nothing_behind(tmp_path: Path):
    assert write_failure(tmp_path / "new" / "folder") is None
    assert list((tmp_path / "new" / "folder").iterdir()) == []
    blocked = tmp_path / "a-file"
    blocked.write_text("x", encoding="utf-8")
    failure = write_failure(blocked / "sub")
    assert failure is not None and os_error_cause(failure) == "een bestand staat in de weg"
