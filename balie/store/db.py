"""The SQLite engine of the store: durability pragmas, explicit transactions, errors as values.

Every connection gets WAL (readers never block the cashier's write), ``synchronous=FULL`` (a sale
the screen called "done" survives a power cut), foreign keys and a busy timeout (the sync worker and
the screen write from different threads). pysqlite's own transaction handling is switched off and we
emit BEGIN ourselves, so a write transaction can start with ``BEGIN IMMEDIATE``: it takes the write
lock up front instead of failing halfway with "database is locked" when a reader upgrades.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Result, Table, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from balie.domain import Problem

log = logging.getLogger(__name__)

PRAGMAS = (
    # first: the pragmas below take locks, and a connection opened while another one writes
    # (a read inside an import's write transaction) must wait, not fail with "locked"
    "PRAGMA busy_timeout=5000",
    # before the first table of a new file: purged pages can be given back (retention.compact)
    "PRAGMA auto_vacuum=INCREMENTAL",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
)

IMMEDIATE = "balie_immediate"
#: execution option: this write leaves checkpointing to a running maintenance job (WriteGate)
LEAVE_CHECKPOINT = "balie_leave_checkpoint"
#: SQLite's own default: a commit that finds this many pages in the WAL copies them into the file
WAL_AUTOCHECKPOINT_PAGES = 1000


class StoreError(Exception):
    """The store could not do what was asked; ``problem`` is what the cashier sees."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module docstring)
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        if pragma.startswith("PRAGMA auto_vacuum") and \
                cursor.execute("PRAGMA page_count").fetchone()[0]:
            # only a new, empty file takes it (an existing one keeps its mode until a VACUUM);
            # on an existing file it takes the write lock, so a connection opened while another
            # one writes (a read inside an import's write transaction) would fail "locked"
            continue
        cursor.execute(pragma)
    cursor.close()


def _on_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    if options.get(LEAVE_CHECKPOINT, False):
        # a maintenance job writes hundreds of pages per batch and copies them into the file
        # itself: this commit must not do that copy for it (a sale's commit took 20 ms more)
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
        conn.info[LEAVE_CHECKPOINT] = True
    conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get(IMMEDIATE, False) else "BEGIN")


def _on_checkin(dbapi_connection: sqlite3.Connection, record: Any) -> None:
    """Back in the pool: a connection that left checkpointing to a maintenance job takes it up
    again before anyone else can use it."""
    if record.info.pop(LEAVE_CHECKPOINT, False):
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", pool_size=5, max_overflow=10)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "checkin", _on_checkin)
    return engine


def problem_for(exc: BaseException) -> Problem:
    """Turn a SQLite failure into something a cashier can act on."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(orig).lower()
    code = getattr(orig, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return Problem(
            code="store-full",
            message="De schijf van deze pc is vol. Deze actie is NIET bewaard.",
            next_step="Maak ruimte vrij op de schijf (of laat de helpdesk dat doen) en probeer "
                      "opnieuw. Eerdere verkopen zijn veilig.",
        )
    if "locked" in text or "busy" in text:
        return Problem(
            code="store-busy",
            message="De balie is even bezet met bewaren. Deze actie is NIET bewaard.",
            next_step="Probeer het over enkele seconden opnieuw.",
        )
    if "readonly" in text or "read-only" in text:
        return Problem(
            code="store-read-only",
            message="De balie mag niet schrijven in haar gegevensmap. Deze actie is NIET bewaard.",
            next_step="Laat de helpdesk de schrijfrechten op de gegevensmap nakijken.",
        )
    return Problem(
        code="store-write-failed",
        message="Bewaren is mislukt. Deze actie is NIET bewaard.",
        next_step="Probeer opnieuw. Blijft het mislukken, start dan 'balie doctor' of bel de helpdesk.",
    )


#: how long an in-process writer queues at the gate before it falls back to SQLite's own busy
#: wait (the same 5 s as ``busy_timeout``: a stuck writer fails as before, it never hangs)
GATE_TIMEOUT = 5.0


class WriteGate:
    """The writers of one store inside this process queue here before ``BEGIN IMMEDIATE``.

    Why: SQLite lets a writer that finds the file locked sleep and poll (1, 2, 5, 10 ... 100 ms),
    so a sale behind a long job's short batches could keep missing the gaps between them (a sale
    waited 538 ms behind the privacy purge). Here a waiting writer is woken the moment the lock
    is free, and a long job (:func:`balie.store.retention.purge_confirmed`) lets every waiting
    writer go first between its batches: a sale waits at most one batch. Other processes (a
    second sync command) still meet SQLite's busy wait. Re-entrant: a nested write in the same
    thread behaves as it did without the gate."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._changed = threading.Condition()
        self._waiting = 0
        self._maintenance = 0

    @contextmanager
    def held(self) -> Iterator[None]:
        with self._changed:
            self._waiting += 1
        try:
            got = self._lock.acquire(timeout=GATE_TIMEOUT)
        finally:
            with self._changed:
                self._waiting -= 1
                self._changed.notify_all()
        try:
            yield
        finally:
            if got:
                self._lock.release()

    @property
    def waiting(self) -> int:
        """Writers of this process queued at the gate now."""
        with self._changed:
            return self._waiting

    @contextmanager
    def maintenance(self) -> Iterator[None]:
        """A long job (purge, compaction) runs: it checkpoints the WAL itself, outside the gate,
        so the other writers' commits leave that to it. Without this, the first sale after each
        purge batch found the batch's pages in the WAL and copied them into the file inside its
        own commit (SQLite's automatic checkpoint at 1,000 pages)."""
        with self._changed:
            self._maintenance += 1
        try:
            yield
        finally:
            with self._changed:
                self._maintenance -= 1

    @property
    def under_maintenance(self) -> bool:
        with self._changed:
            return self._maintenance > 0

    def let_waiting_writers_first(self, timeout: float = GATE_TIMEOUT) -> bool:
        """Block until no writer of this process waits at the gate (each got its turn); False
        when some still waited after ``timeout`` seconds."""
        with self._changed:
            return self._changed.wait_for(lambda: self._waiting == 0, timeout)


_gates: weakref.WeakKeyDictionary[Engine, WriteGate] = weakref.WeakKeyDictionary()
_gates_lock = threading.Lock()


def write_gate(engine: Engine) -> WriteGate:
    """The gate of the store behind ``engine`` (one per engine, made on first use)."""
    with _gates_lock:
        gate = _gates.get(engine)
        if gate is None:
            gate = _gates[engine] = WriteGate()
        return gate


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One write transaction (BEGIN IMMEDIATE ... COMMIT); any SQLite failure is rolled back
    completely and raised as :class:`StoreError`, so nothing is ever half-written. In-process
    writers take turns at the store's :class:`WriteGate` first."""
    gate = write_gate(engine)
    with gate.held(), _write_session(engine, gate.under_maintenance) as session:
        yield session


@contextmanager
def _write_session(engine: Engine, leave_checkpoint: bool = False) -> Iterator[Session]:
    session = Session(bind=engine.execution_options(**{IMMEDIATE: True,
                                                        LEAVE_CHECKPOINT: leave_checkpoint}),
                      expire_on_commit=False)
    try:
        yield session
        session.commit()
    except OperationalError as exc:
        session.rollback()
        log.warning("store write failed: %s", type(exc.orig).__name__)
        raise StoreError(problem_for(exc)) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def rowcount(result: Result[Any]) -> int:
    """The rows an INSERT, UPDATE or DELETE touched. ``Session.execute`` is typed for any
    statement; the result of one of these is a CursorResult, which has the count."""
    return int(cast(CursorResult[Any], result).rowcount)


def bulk_insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Many rows with the same columns in one ``executemany`` on the session's connection, for
    bulk writers (a paper import of 10^6 lines): SQLAlchemy's per-row parameter processing costs
    more than SQLite's insert. Values are converted here as the models' types would: aware
    datetimes to the store's UTC text, booleans to 0/1."""
    if not rows:
        return
    from balie.store.models import to_db_time

    columns = list(rows[0])
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    times: dict[datetime, str] = {}  # a block repeats the same few moments ('now', minutes)

    def db_time(v: datetime) -> str:
        text = times.get(v)
        if text is None:
            text = times[v] = to_db_time(v)
        return text

    def any_value(v: Any) -> Any:
        if isinstance(v, datetime):
            return db_time(v)
        return int(v) if isinstance(v, bool) else v

    def converter(sample: Any) -> Callable[[Any], Any] | None:
        if isinstance(sample, bool):
            return int
        if isinstance(sample, datetime):
            return db_time
        return any_value if sample is None else None

    convert = [(c, converter(rows[0][c])) for c in columns]
    session.connection().exec_driver_sql(
        sql, [tuple(row[c] if f is None else f(row[c]) for c, f in convert) for row in rows])


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A read transaction: one consistent WAL snapshot for everything read inside it."""
    session = Session(bind=engine, expire_on_commit=False)
    try:
        yield session
    except OperationalError as exc:
        raise StoreError(problem_for(exc)) from exc
    finally:
        session.close()  # ends the transaction; loaded rows stay readable (detached, not expired)
