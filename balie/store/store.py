"""The store: one SQLite file in the data dir, opened, migrated and shared by the whole app.

:class:`Store` is the handle the composition root creates once; the parts hang off it by topic
(``store.outbox``, ``store.reference``, ``store.passes``, ``store.records``, ``store.audit``) so a
caller finds the queries of one idea in one module.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from sqlalchemy.exc import DBAPIError

from balie.crypto import FieldCipher
from balie.store.db import StoreError, make_engine, read_session, write_session
from balie.store.health import classify, mark_clean, problem_at_open, trouble_problem
from balie.store.migrate import MigrationResult, known_revisions, upgrade
from balie.store.models import SequenceCounter, Setting

DEVICE_ID = "device_id"
OUTBOX_SEQUENCE = "outbox"


class Store:
    """An open, migrated store. Thread-safe: each call takes its own pooled connection."""

    def __init__(self, path: Path, *, backups: Path | None = None, target: str = "head",
                 checked: bool = False) -> None:
        from balie.store.audit import Audit
        from balie.store.differences import PriceDifferences
        from balie.store.outbox import Outbox
        from balie.store.passes import PassCache
        from balie.store.records import Records
        from balie.store.reference import Reference

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
        self.outbox = Outbox(self)
        self.records = Records(self)
        self.reference = Reference(self)
        self.passes = PassCache(self)
        self.audit = Audit(self)
        self.price_differences = PriceDifferences(self)
        self._device_id: str | None = None
        #: seals personal fields when set (balie.crypto.attach_cipher); None = clear (training, tests)
        self.cipher: FieldCipher | None = None
        _ = self.device_id  # settle it now: later it is read inside other write transactions

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

    @contextmanager
    def read(self) -> Iterator[Session]:
        with read_session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with write_session(self.engine) as session:
            yield session

    # -- settings and counters ---------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.read() as s:
            row = s.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as s:
            s.merge(Setting(key=key, value=value))

    @property
    def device_id(self) -> str:
        """This counter's id, generated once and kept in the settings table (not the hostname:
        a re-imaged PC must not reuse the old sequence numbers under the same id)."""
        if self._device_id is None:
            with self.write() as s:
                row = s.get(Setting, DEVICE_ID)
                if row is None:
                    row = Setting(key=DEVICE_ID, value=str(uuid.uuid4()))
                    s.add(row)
                self._device_id = row.value
        return self._device_id

    @staticmethod
    def next_sequence(session: Session, name: str = OUTBOX_SEQUENCE) -> int:
        """Allocate the next number inside the caller's write transaction: it commits or rolls
        back together with the row that uses it, so there are never gaps or duplicates."""
        new = session.execute(
            update(SequenceCounter).where(SequenceCounter.name == name)
            .values(value=SequenceCounter.value + 1).returning(SequenceCounter.value)
        ).scalar_one_or_none()
        if new is None:
            session.add(SequenceCounter(name=name, value=1))
            session.flush()
            return 1
        return int(new)

    @staticmethod
    def next_sequences(session: Session, count: int, name: str = OUTBOX_SEQUENCE) -> range:
        """A block of ``count`` numbers, allocated like :meth:`next_sequence` (same transaction,
        no gaps), for bulk writers."""
        if count <= 0:
            return range(0)
        last = session.execute(
            update(SequenceCounter).where(SequenceCounter.name == name)
            .values(value=SequenceCounter.value + count).returning(SequenceCounter.value)
        ).scalar_one_or_none()
        if last is None:
            session.add(SequenceCounter(name=name, value=count))
            session.flush()
            return range(1, count + 1)
        return range(int(last) - count + 1, int(last) + 1)

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
