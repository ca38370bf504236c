"""The store: one SQLite file in the data dir, opened, migrated and shared by the whole app.

:class:`Store` is the handle the composition root creates once; the parts hang off it by topic
(``store.outbox``, ``store.reference``, ``store.passes``, ``store.records``, ``store.audit``) so a
caller finds the queries of one idea in one module. The store builds them top-down, each over the
narrow :class:`balie.store.handle.Handle` (engine, transactions, cipher, device id): a topic
module never imports this one.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from balie.crypto import FieldCipher
from balie.store.audit import Audit
from balie.store.db import StoreError, make_engine
from balie.store.differences import PriceDifferences
from balie.store.handle import Handle
from balie.store.health import classify, mark_clean, problem_at_open, trouble_problem
from balie.store.migrate import MigrationResult, known_revisions, upgrade
from balie.store.models import Setting
from balie.store.outbox import Outbox
from balie.store.passes import PassCache
from balie.store.reference import Reference

if TYPE_CHECKING:
    from balie.store.records import Records


class Store:
    """An open, migrated store. Thread-safe: each call takes its own pooled connection."""

    def __init__(self, path: Path, *, backups: Path | None = None, target: str = "head",
                 checked: bool = False) -> None:
        self.path = Path(path)
        self.backups = backups or self.path.parent / "backups"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(trouble_problem(classify(exc, self.path.parent), self.path)) from exc
        # quick_check, with disk trouble told apart from damage (balie.store.health); never run
        # on (or over) a damaged file: the backup is offered instead
        problem = None if checked else problem_at_open(self.path, self.backups, known_revisions())
        if problem is not None:
            raise StoreError(problem)
        self.engine = make_engine(self.path)
        try:
            self.migration: MigrationResult = upgrade(self.engine, self.path, self.backups,
                                                      target=target)
        except (DBAPIError, sqlite3.Error, OSError) as exc:  # disk full or read-only mid-way
            self.engine.dispose()
            raise StoreError(trouble_problem(classify(getattr(exc, "orig", None) or exc,
                                                      self.path.parent), self.path)) from exc
        except BaseException:
            self.engine.dispose()
            raise
        self.db = Handle.over(self.engine)
        self.outbox = Outbox(self.db)
        self.reference = Reference(self.db)
        self.passes = PassCache(self.db)
        self.audit = Audit(self.db)
        self.price_differences = PriceDifferences(self.db)

    @cached_property
    def records(self) -> Records:
        """The counter's actions (:mod:`balie.store.records`), made on first use: it brings the
        decision rules along (~30 ms of imports), which ``balie report`` and ``doctor`` never
        need."""
        from balie.store.records import Records

        return Records(self.db)

    @classmethod
    def open(cls, path: Path, *, backups: Path | None = None, checked: bool = False) -> Store:
        """Open (creating or migrating as needed). Raises :class:`StoreError` with a Dutch
        problem for a file from a newer app or a file that is no balie store. ``checked``: the
        caller has just checked this file (doctor), so the open does not check it again."""
        return cls(path, backups=backups, checked=checked)

    def close(self) -> None:
        self.engine.dispose()
        if self.path.exists():  # the next open may skip quick_check if nothing changed
            mark_clean(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def read(self) -> AbstractContextManager[Session]:
        """A read transaction: one consistent WAL snapshot (:func:`balie.store.db.read_session`)."""
        return self.db.read()

    def write(self) -> AbstractContextManager[Session]:
        """One write transaction, all or nothing (:func:`balie.store.db.write_session`)."""
        return self.db.write()

    @property
    def cipher(self) -> FieldCipher | None:
        """Seals personal fields when set (:func:`balie.privacy.attach_cipher`); None = clear
        (training, tests). Kept on the handle, so every topic part sees the change."""
        return self.db.cipher

    @cipher.setter
    def cipher(self, cipher: FieldCipher | None) -> None:
        self.db.cipher = cipher

    # -- settings ---------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.read() as s:
            row = s.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as s:
            s.merge(Setting(key=key, value=value))

    @property
    def device_id(self) -> str:
        """This counter's id (:func:`balie.store.handle.settle_device_id`)."""
        return self.db.device_id

    def pragma(self, name: str) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql(f"PRAGMA {name}").scalar())

    def integrity_ok(self) -> bool:
        """The full ``integrity_check`` (slow on a large store: maintenance, not the GUI thread)."""
        with self.engine.connect() as conn:
            return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"

    def has_table(self, name: str) -> bool:
        with self.read() as s:
            return s.execute(select(text("1")).select_from(text("sqlite_master"))
                             .where(text("type='table' AND name=:n")), {"n": name}).first() is not None


__all__ = ["Store", "StoreError"]
