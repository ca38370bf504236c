"""The narrow handle the topic modules of the store work through.

:class:`balie.store.store.Store` opens and migrates the file, then builds its topic parts
(outbox, records, reference, ...) top-down over one :class:`Handle`: the engine, read and write
transactions, the field cipher and the counter's device id. That is all a topic needs, so no
topic module knows the store object that holds it, and none imports ``store.py`` (which made the
topics and the store import each other). The functions that take a whole store today (a purge,
the sale facts) ask for a :class:`Database`: the open store and the handle both are one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol

from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from balie.crypto import FieldCipher
from balie.store.db import read_session, write_session
from balie.store.models import SequenceCounter, Setting

DEVICE_ID = "device_id"
OUTBOX_SEQUENCE = "outbox"


class Database(Protocol):
    """What a topic module may use of an open store, and nothing more."""

    @property
    def engine(self) -> Engine: ...

    @property
    def cipher(self) -> FieldCipher | None: ...

    @property
    def device_id(self) -> str: ...

    def read(self) -> AbstractContextManager[Session]: ...

    def write(self) -> AbstractContextManager[Session]: ...


class Handle:
    """The one :class:`Database` of an open store, shared by all its topic parts.

    ``cipher`` is set after the open (:func:`balie.privacy.attach_cipher` needs the device id to
    find the key), so it is the one attribute that changes; the parts read it on every call."""

    __slots__ = ("engine", "device_id", "cipher")

    def __init__(self, engine: Engine, device_id: str, cipher: FieldCipher | None = None) -> None:
        self.engine = engine
        self.device_id = device_id
        #: seals personal fields when set; None = clear (training, tests)
        self.cipher = cipher

    @classmethod
    def over(cls, engine: Engine) -> Handle:
        """The handle of a migrated store, its device id settled now: later the id is read
        inside other write transactions, which must not open a write of their own."""
        return cls(engine, settle_device_id(engine))

    @contextmanager
    def read(self) -> Iterator[Session]:
        with read_session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with write_session(self.engine) as session:
            yield session


def settle_device_id(engine: Engine) -> str:
    """This counter's id, generated once and kept in the settings table (not the hostname:
    a re-imaged PC must not reuse the old sequence numbers under the same id)."""
    with write_session(engine) as s:
        row = s.get(Setting, DEVICE_ID)
        if row is None:
            row = Setting(key=DEVICE_ID, value=str(uuid.uuid4()))
            s.add(row)
        return row.value


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


def next_sequences(session: Session, count: int, name: str = OUTBOX_SEQUENCE) -> range:
    """A block of ``count`` numbers, allocated like :func:`next_sequence` (same transaction,
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
