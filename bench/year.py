"""Benchmark: a year of data at a busy venue is no slower than a day.

Builds a 1-month and a 1-year store of a swimming pool with about 1,000 taps a day (per day: 600
check-ins and 300 kansentarief ticket sales = 900 actions, ~330,000 a year), then measures on
each, offline (no platform: the store is what is measured):

- cold start: a fresh process doing ``balie gui --training`` on that store as an earlier
  session left it (one untimed training start first: the embedded platform's data and the demo
  operators are made once, as at a counter's first start), closed cleanly the day before, until
  the window is ready for a scan WITH a price (bench/startup.py's child), against a store with
  one day; and the longest GUI-thread pause in the 2 s after;
- ``balie report --day`` and ``balie doctor`` as commands (fresh processes on the data dir);
- the first privacy purge (30-day retention: ~11 months of actions go), its duration, and the
  latency of sales made by the counter (one every 20 ms, on the main thread) while it runs;
- the same purge on a copy of the store with one sale a second (a busy counter; the 20 ms line
  is the stress case the target is held to), unless ``--no-calm``;
- the store and its backup (``VACUUM INTO``) against the live data (used pages) after the purge.

``--purge-only`` skips the cold starts and the commands (the purge figures alone, same lines).

``--v7`` adds the same first purge on the same year built with time-ordered client UUIDs
(UUIDv7, as counters write them since balie.domain.new_client_uuid; kept apart as ``...-v7``).
The uuid4 store stays the headline: counters already hold years of uuid4 keys. Each purge line
says which it is.

How the stores are built: ONE day of actions goes through the real write path (Counter.check_in
and Counter.sell on an offline counter: records, outbox entry and audit line per action, one
transaction each). The other days are BULK copies of that day's rows (outbox, ticket_sales,
checkins, audit_log) with new client UUIDs and times shifted by whole days, in one transaction
per table: the real path would take hours for 330,000 actions. All copies are marked CONFIRMED
(bulk UPDATE), as a year's actions are, and their check-ins and ticket lines get a platform id
of the shape UiTPAS gives them, as a confirmed record has: a check-in a UUID (random order in its
index), a ticket sale a number, growing with time (build "u4"; "u3" gave ticket lines UUIDs). Chip
links, cached passes and tariff answers are written through the store's own methods, spread over
the year.

Building a year takes minutes: ``--keep DIR`` keeps each built store there (named by months,
days and the build's "now") and a later run with the same ``--keep`` copies it instead of
building again (the output says which). Every figure line ends with the machine's load average
(os.getloadavg, 1 minute) while it was measured: this machine is shared.

Fresh processes run balie from cached bytecode, as an installed counter does (the first line
says so: bench/bytecode.py). ``--no-purge`` measures the starts and commands only.

``--live``: the same stores and figures on a LIVE counter (``balie gui`` without --training,
commands with the counter's ``--config``): the training platform in its own process on 127.0.0.1
configured as the live URL, the store SEALED with its key in a real keyring backend, operators
on the lock screen (bench/live.py says how). The real day is written by the counter with the
key attached, so its records carry blind indexes and its queue sealed payloads, as a counter
writes them. The bulk copies keep the blind indexes (the same holders) and seal each copy's
payload anew with the key, for its own client UUID (a sealed field is bound to its row: a plain
copy would not open). The timed starts are a live counter's everyday start; there is no first
untimed training start, but an untimed live one (its first refresh from the platform). Keep
live stores apart (``--keep /work/year-store-live``): the keys of kept stores are kept beside
them (``vault.json``). No purge with ``--live`` (starts and commands only).

    .venv/bin/python bench/year.py [--months 1 12] [--runs 3] [--command-runs 20]
                                   [--sale-every 0.02] [--keep DIR] [--no-purge]
                                   [--purge-only] [--no-calm] [--v7] [--live]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bytecode import compile_balie  # bench/bytecode.py: what the timed processes run

from balie.counter import Counter, new_action_key
from balie.decide import OfflinePolicy
from balie.domain import (
    BRUSSELS,
    CardSystemInfo,
    EventInfo,
    IdentificationSource,
    Operator,
    PriceCategory,
    TariffOffer,
    TariffType,
    time_ordered_uuid,
    utcnow,
)
from balie.numbers import luhn_check_digit
from balie.store import Store
from balie.store.health import CLEAN_SUFFIX
from balie.store.models import from_db_time, to_db_time
from balie.store.reference import SocialTariffCardRow
from balie.training import demo

if TYPE_CHECKING:  # bench/live.py: imported only for --live
    from live import Live

    from balie.crypto import FieldCipher

#: how the stores are built; a kept store of another build is not reused
BUILD = "u4"
CHECKINS_PER_DAY = 600
SALES_PER_DAY = 300
HOLDERS = 1000
KANSEN_HOLDERS = 300
OPERATOR = Operator("kassa-1", "Kassa 1")
POOL = demo.EVENTS["pool_today"]
PRICE = PriceCategory("Basistarief", 450)
CS = demo.CARD_SYSTEMS["dender"]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def number(i: int) -> str:
    kansen = i < KANSEN_HOLDERS
    partial = f"09{CS.id}{900000 + i:08d}{1 if kansen else 0}"
    return partial + luhn_check_digit(partial)


def _reference(store: Store, now: datetime) -> EventInfo:
    event = EventInfo(id=POOL.id, name=POOL.name, organizer_id=demo.ORGANIZERS["pool"].id,
                      start=now - timedelta(days=400), end=now + timedelta(days=2),
                      price_categories=(PRICE,), checkin_points=2, card_system_ids=(CS.id,))
    store.reference.save_card_systems([CardSystemInfo(CS.id, CS.name, ())], now)
    store.reference.save_events([event], now)
    store.reference.replace_social_tariff_cards(
        CS.id, [SocialTariffCardRow(number(i)) for i in range(KANSEN_HOLDERS)], now)
    store.reference.save_static_tariffs(
        event.id, PRICE.price,
        [TariffOffer("SOCIALTARIFF", "Kansentarief", 110, TariffType.SOCIALTARIFF)], None, now)
    return event


def _one_day_real(store: Store, event: EventInfo, day_start: datetime,
                  key: Callable[[], str] = new_action_key) -> None:
    """One day of the pool through the counter's own use cases (offline: no platform); ``key``
    makes each action's key (its client UUID)."""
    clock = [day_start]
    counter = Counter(store, None, OfflinePolicy(), OPERATOR, clock=lambda: clock[0])
    step = timedelta(hours=12) / (CHECKINS_PER_DAY + SALES_PER_DAY)
    for i in range(CHECKINS_PER_DAY + SALES_PER_DAY):
        clock[0] += step
        holder = i % HOLDERS if i < CHECKINS_PER_DAY else i % KANSEN_HOLDERS
        ident = counter.identify(number(holder), IdentificationSource.TYPED)
        if i < CHECKINS_PER_DAY:
            done = counter.check_in(ident, event, action_key=key())
        else:
            offer = counter.offers_for(ident, event, PRICE).offer("SOCIALTARIFF")
            assert offer is not None, "kansentarief offered offline"
            done = counter.sell(ident, event, PRICE, offer, 1, action_key=key())
        assert done.done, done.message_nl


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "id"]


def _shift(value: object, days: int) -> object:
    if not isinstance(value, str) or len(value) < 19 or value[4] != "-":
        return value
    return to_db_time(from_db_time(value) - timedelta(days=days))


def _copy_uuid(value: str, day: int, v7: bool = False) -> str:
    """The copy's client UUID: random-looking as a real uuid4 (the same for every table that
    names it). A shared prefix per day kept each index on client UUIDs in day order, so a purge
    of old days touched few of its pages: kinder than a real store. ``v7``: time-ordered as the
    counter makes them now (UUIDv7, balie.domain.new_client_uuid): the original's milliseconds
    ``day`` days earlier, then the same random-looking bits."""
    digest = hashlib.blake2b(f"{day}:{value}".encode(), digest_size=16).digest()
    if not v7:
        return str(uuid.UUID(bytes=digest, version=4))
    return time_ordered_uuid(int(uuid.UUID(value).hex[:12], 16) - day * 86_400_000, digest[6:])


def _bulk_copies(path: Path, days: int, cipher: FieldCipher | None = None,
                 v7: bool = False) -> None:
    """Copies of the real day's rows for ``days`` earlier days (see the module docstring). On a
    sealed store (``cipher``) each copy's queue payload is sealed anew for its client UUID."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    time_columns = {"outbox": {"created_at", "next_attempt_at", "sent_at", "finished_at"},
                    "ticket_sales": {"sold_at"}, "checkins": {"checked_in_at"},
                    "audit_log": {"at"}}
    with conn:
        for table, times in time_columns.items():
            cols = _columns(conn, table)
            rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            uuid_cols = {c for c in cols if c in ("client_uuid", "outbox_uuid", "depends_on")}
            out = []
            for day in range(1, days):
                for row in rows:
                    new = []
                    for col, value in zip(cols, row, strict=True):
                        if col in uuid_cols and isinstance(value, str):
                            value = _copy_uuid(value, day, v7)
                        elif col in times:
                            value = _shift(value, day)
                        elif col == "sequence":
                            value = int(value) + day * 1_000_000
                        new.append(value)
                    if cipher is not None and table == "outbox":
                        _reseal(cipher, cols, row, new)
                    out.append(new)
            conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                             f"({', '.join('?' for _ in cols)})", out)
        conn.execute("UPDATE outbox SET status = 'CONFIRMED', "
                     "finished_at = COALESCE(finished_at, created_at), platform_ids = '[\"p\"]'")
        # confirmed: each record has the platform's id
        conn.execute(f"UPDATE checkins SET platform_id = {_CHECKIN_ID} WHERE platform_id IS NULL")
        conn.execute(_SQL_TICKET_SALE_IDS)
    conn.close()


#: a check-in's platform id as UiTPAS gives it (a UUID, and so does the training platform): random
#: order in the UNIQUE platform-id index, which a purge deletes from. Stores of build "u2" had none,
#: which made their purge kinder than a real confirmed year: about one more random page per record.
_CHECKIN_ID = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
               "substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + abs(random()) % 4, 1) "
               "|| substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")
#: a ticket sale's platform id as UiTPAS gives it: a number as text ("499853"; the training
#: platform's is its row id), growing with time. 13 apart: other counters sell in between; seven
#: digits throughout, so text order is number order, as on the platform for years at a time.
#: Build "u3" gave ticket lines UUIDs: one random index page more per purged sale than a real year.
_SQL_TICKET_SALE_IDS = (
    "WITH ranked AS (SELECT id, row_number() OVER (ORDER BY sold_at, id) AS n FROM ticket_sales "
    "WHERE platform_id IS NULL) "
    "UPDATE ticket_sales SET platform_id = CAST(1000000 + ranked.n * 13 AS TEXT) FROM ranked "
    "WHERE ticket_sales.id = ranked.id")


def _reseal(cipher: FieldCipher, cols: list[str], row: tuple[object, ...],
            new: list[object]) -> None:
    """The copy's payload sealed for the copy's client UUID (the context a sealed payload is
    bound to), as the counter would have sealed it."""
    from balie.store.action_rows import payload_context

    at, key = cols.index("payload"), cols.index("client_uuid")
    clear = cipher.decrypt(str(row[at]), payload_context(str(row[key])))
    new[at] = cipher.encrypt(clear, payload_context(str(new[key])))


def build(path: Path, days: int, now: datetime, live: Live | None = None,
          v7: bool = False) -> float:
    """Build the store (see the module docstring); ``live``: sealed with its key in that
    counter's keyring, with its staff. Client UUIDs: uuid4 as counters hold them today, or
    ``v7``: time-ordered, as counters write them from now on."""
    if live is not None:
        with live.keyring():
            return _build(path, days, now, live, v7)
    return _build(path, days, now, None, v7)


def _build(path: Path, days: int, now: datetime, live: Live | None, v7: bool) -> float:
    started = time.perf_counter()
    cipher = None
    with Store.open(path, backups=path.parent / "backups") as store:
        if live is not None:
            from live import seal

            cipher = seal(store, now)
        event = _reference(store, now)
        _one_day_real(store, event, now - timedelta(hours=13),
                      new_action_key if v7 else lambda: str(uuid.uuid4()))
        for i in range(HOLDERS):  # the counter's caches, learned over the period
            at = now - timedelta(days=i * days / HOLDERS)
            store.passes.remember_chip(f"04{i:012X}", number(i), at, source="LOOKUP")
            store.reference.save_pass_tariffs(number(i), event.id, PRICE.price, (), None, at)
    _bulk_copies(path, days, cipher, v7)
    return time.perf_counter() - started


def _tag(live: Live | None, v7: bool = False) -> str:
    """How kept stores of this build are named (a live store is sealed: never reused as clear;
    a store of time-ordered client UUIDs is another store)."""
    return BUILD + ("-live" if live is not None else "") + ("-v7" if v7 else "")


def _build_or_reuse(path: Path, months: int, days: int, now: datetime,
                    keep: Path | None, live: Live | None = None,
                    v7: bool = False) -> float | None:
    """Seconds the build took, or None when a kept copy was used."""
    if keep is None:
        return build(path, days, now, live, v7)
    stamp = now.isoformat().replace(":", "_")
    kept = keep / f"m{months}-{days}-{stamp}-{_tag(live, v7)}.sqlite3"
    if kept.exists():
        shutil.copy(kept, path)
        # kept by an older schema: migrate it here, once, so that no measured start or command
        # pays for the upgrade and its backup (a year: ~2 s)
        with Store.open(path, backups=path.parent / "backups") as store:
            if store.migration.from_revision != store.migration.to_revision:
                print(f"  (kept store migrated {store.migration.from_revision} -> "
                      f"{store.migration.to_revision} before measuring)")
                store.close()
                shutil.copy(path, kept)  # the next run starts from the migrated copy
        shutil.rmtree(path.parent / "backups", ignore_errors=True)
        return None
    took = build(path, days, now, live, v7)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(path, kept)
    if live is not None:  # its key: a kept sealed store is unreadable without it
        live.keep_vault(keep / "vault.json")
    return took


def _timed(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
        out.append((time.perf_counter() - started) * 1000)
    return out


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def _line(label: str, ms: list[float], target: str = "") -> str:
    """One figure: median and p95, the target it is held to (issue 13) and the load."""
    aim = f"   target {target}" if target else ""
    return (f"  {label:<58} n={len(ms):<3} median {statistics.median(ms):8.0f} ms   "
            f"p95 {pct(ms, 0.95):8.0f} ms{aim}   ({load()})")


def _pages(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as conn:
        return tuple(conn.execute(f"PRAGMA {p}").fetchone()[0]  # type: ignore[return-value]
                     for p in ("page_count", "freelist_count", "page_size"))


def _closed_cleanly(path: Path) -> None:
    """One session opens and closes the store, as yesterday's did: the clean-close marker
    matches the file. A built or copied file has none, and each start would pay a
    ``quick_check`` of the whole file (seconds at a year), which only a start after a crash does
    (bench/store_checks.py measures that)."""
    with Store.open(path, backups=path.parent / "backups"):
        pass
    shutil.rmtree(path.parent / "backups", ignore_errors=True)


def _copy_closed(store: Path, target: Path) -> None:
    """A copy that is still 'closed cleanly': times kept, the marker alongside."""
    shutil.copy2(store, target)
    _flush(target)  # on disk, as yesterday's store is: not 377 MB of writes racing the start
    marker = store.with_name(store.name + CLEAN_SUFFIX)
    if marker.exists():
        shutil.copy2(marker, target.with_name(target.name + CLEAN_SUFFIX))


def _flush(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: the longest GUI-thread pause (ms) after each timed start, over every cold start of this run
STALLS: list[float] = []


def _child_start(data_dir: Path, live: Live | None = None) -> dict[str, str]:
    """One bench/startup.py child on ``data_dir``; its marks (READY, EVENTS, STALL)."""
    from startup import child_command

    cmd, env = child_command(data_dir, live)
    text = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=True,
                          env=env).stdout
    return dict(x.split() for x in text.splitlines() if x[:5] in ("READY", "EVENT", "STALL"))


def _cold_start(data_dir: Path, store: Path, runs: int, live: Live | None = None) -> list[float]:
    """bench/startup.py's child on a training data dir holding a COPY of yesterday's store,
    closed cleanly (the everyday start): a first, untimed start on a copy of this store does
    what a counter's first training start does once (seeds the embedded platform's data and the
    demo operators) and is closed by the app; each timed start gets a fresh copy of what that
    start left. The training start refreshes the reference data from the training platform (its
    kansentarief list replaces the bench's), which must not change what is measured after it.
    The child's longest GUI pause after ready goes to STALLS. ``live``: the live counter's
    store file, and its first start is a live one (its first refresh from the platform)."""
    home = data_dir if live is None else data_dir / "counter"  # not over ``store``
    home.mkdir(exist_ok=True)
    training = home / ("balie-training.sqlite3" if live is None else "balie.sqlite3")
    yesterday = data_dir / "yesterday.sqlite3"
    try:
        _copy_closed(store, training)
        _child_start(home, live)
        _copy_closed(training, yesterday)
        out = []
        for _ in range(runs):
            _copy_closed(yesterday, training)
            started = time.time()
            marks = _child_start(home, live)
            out.append((float(marks["EVENTS"]) - started) * 1000)
            STALLS.append(float(marks["STALL"]))
        return out
    finally:
        for name in (training, yesterday):
            for suffix in ("", "-wal", "-shm", CLEAN_SUFFIX):
                Path(str(name) + suffix).unlink(missing_ok=True)
        if live is not None:
            shutil.rmtree(home, ignore_errors=True)


def _in_process(path: Path, day: object, runs: int, live: Live | None = None) -> list[float]:
    """The work of ``report --day`` without the interpreter start and imports: open the store
    (its open-time check; ``live``: and its key from the keyring) and compute the day report."""
    from balie.report import day_report

    out = []
    with live.keyring() if live is not None else contextlib.nullcontext():
        for _ in range(runs):
            started = time.perf_counter()
            with Store.open(path, backups=path.parent / "backups") as store:
                if live is not None:
                    from balie.crypto import KeyringKeySource
                    from balie.privacy import attach_cipher

                    attach_cipher(store, KeyringKeySource())
                day_report(store, day)  # type: ignore[arg-type]
            out.append((time.perf_counter() - started) * 1000)
    return out


def _purge_with_sales(path: Path, now: datetime, every: float, *,
                      calm: Path | None = None, v4: bool = True) -> None:
    """The first purge with a sale every ``every`` seconds (the stress case its target is held
    to), then, on ``calm`` (a copy of the same store made before), the same purge with one sale
    a second, as a busy counter sells. The client UUIDs of a year kept by a counter are uuid4s
    (random order in their indexes): so are the bench's."""
    from balie.backup import make_backup
    from balie.privacy import purge_personal_data

    with Store.open(path, backups=path.parent / "backups") as store:
        counter = Counter(store, None, OfflinePolicy(), OPERATOR, clock=utcnow)
        event = store.reference.event(POOL.id)
        assert event is not None

        customers = itertools.count()

        def sale() -> float:
            """The next customer in the queue: kansentarief holders in turn (holder 0's cached
            answer has no discount). One pass sold to hundreds of times offline would make
            every tap read its hundreds of unconfirmed sales, which no counter sees."""
            holder = 1 + next(customers) % (KANSEN_HOLDERS - 1)
            started = time.perf_counter()
            ident = counter.identify(number(holder), IdentificationSource.TYPED)
            offer = counter.offers_for(ident, event, PRICE).offer("SOCIALTARIFF")
            assert offer is not None
            done = counter.sell(ident, event, PRICE, offer, 1, action_key=new_action_key())
            assert done.done, done.message_nl
            return (time.perf_counter() - started) * 1000

        quiet = [sale() for _ in range(30)]
        result: list[object] = []
        took: list[float] = []

        def purge() -> None:
            started = time.perf_counter()
            result.append(purge_personal_data(store, now))
            took.append(time.perf_counter() - started)

        worker = threading.Thread(target=purge, name="purge")
        worker.start()
        during, stalls = _sales_on_gui_loop(sale, every, worker)
        worker.join()
        uuids = ("uuid4 client UUIDs, as counters hold them today: the headline" if v4 else
                 "UUIDv7 client UUIDs, as counters write them from now on")
        print(f"  first purge (30-day retention, then compaction), {uuids}: {took[0]:.1f} s   "
              f"target <= 30 s   ({load()}); {result[0]}")
        print(_line("sale (identify + decide + write), store idle", quiet))
        print(_line("sale while the purge runs (one every "
                    f"{every * 1000:.0f} ms)", during, "p95 <= 50 ms"))
        print(_line("GUI-thread pause while the purge runs (2 ms timer, less its own sales)",
                    stalls, "max <= 50 ms") + f"   max {max(stalls):.0f} ms")
        if calm is not None:
            _calm_purge(calm, now, sale_every=1.0)
        pages, free, size = _pages(path)
        copy = make_backup(path, path.parent / "backups")
        live = (pages - free) * size
        print(f"  after the purge: store {path.stat().st_size / 1e6:.1f} MB, live data "
              f"{live / 1e6:.1f} MB ({free} free pages), backup {copy.stat().st_size / 1e6:.1f} "
              f"MB = {copy.stat().st_size / live * 100:.0f} % of the live data   "
              f"target <= 110 %")


def _sales_on_gui_loop(sale: Callable[[], float], every: float,
                       worker: threading.Thread) -> tuple[list[float], list[float]]:
    """The sales on the main thread's Qt event loop, as a counter's GUI thread makes them
    (offscreen), one ``every`` seconds after the last, until ``worker`` ends; beside them a 2 ms
    timer. (sale latencies in ms, the timer's gaps in ms less the sales run in each gap): how
    long the GUI thread waited for the interpreter or the store while the purge ran, beyond its
    own work."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    _qt = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    loop = QEventLoop()
    during: list[float] = []
    stalls: list[float] = []
    busy = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(max(0.0, (now - last[0] - busy[0]) * 1000))
        last[0], busy[0] = now, 0.0
        if not worker.is_alive():
            loop.quit()

    def next_sale() -> None:
        if not worker.is_alive():
            return
        started = time.perf_counter()
        during.append(sale())
        busy[0] += time.perf_counter() - started
        QTimer.singleShot(round(every * 1000), next_sale)

    ticks = QTimer()
    ticks.setInterval(2)
    ticks.timeout.connect(tick)
    ticks.start()
    QTimer.singleShot(0, next_sale)
    loop.exec()
    ticks.stop()
    return during, stalls


def _purge_v7(base: Path, months: int, days: int, now: datetime,
              args: argparse.Namespace) -> None:
    """The same first purge on the same year built with time-ordered client UUIDs (UUIDv7)."""
    data = base / f"m{months}-v7"
    data.mkdir()
    path = data / "balie.sqlite3"
    built = _build_or_reuse(path, months, days, now, args.keep, v7=True)
    _closed_cleanly(path)
    how = "reused a kept copy" if built is None else f"built in {built:.0f} s"
    print(f"{months} month(s), the same actions with UUIDv7 client UUIDs, "
          f"{path.stat().st_size / 1e6:.0f} MB ({how})")
    _purge_with_sales(path, now, args.sale_every, v4=False)
    shutil.rmtree(data, ignore_errors=True)


def _calm_purge(path: Path, now: datetime, sale_every: float) -> None:
    """The same first purge on a copy of the store, with a sale every ``sale_every`` s."""
    from balie.privacy import purge_personal_data

    with Store.open(path, backups=path.parent / "backups") as store:
        counter = Counter(store, None, OfflinePolicy(), OPERATOR, clock=utcnow)
        event = store.reference.event(POOL.id)
        assert event is not None
        took: list[float] = []

        def purge() -> None:
            started = time.perf_counter()
            purge_personal_data(store, now)
            took.append(time.perf_counter() - started)

        worker = threading.Thread(target=purge, name="purge")
        worker.start()
        during = []
        holder = itertools.count()
        while worker.is_alive():
            number_ = number(1 + next(holder) % (KANSEN_HOLDERS - 1))
            started = time.perf_counter()
            ident = counter.identify(number_, IdentificationSource.TYPED)
            offer = counter.offers_for(ident, event, PRICE).offer("SOCIALTARIFF")
            assert offer is not None
            done = counter.sell(ident, event, PRICE, offer, 1, action_key=new_action_key())
            assert done.done, done.message_nl
            during.append((time.perf_counter() - started) * 1000)
            worker.join(sale_every)
    print(f"  the same purge on a copy, one sale every {sale_every:.0f} s: {took[0]:.1f} s   "
          f"({load()})")
    print(_line(f"sale while it runs (one every {sale_every:.0f} s, as a busy counter)", during))
    shutil.rmtree(path.parent / "backups", ignore_errors=True)
    path.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--months", type=int, nargs="+", default=[1, 12])
    parser.add_argument("--runs", type=int, default=3, help="cold starts per store")
    parser.add_argument("--command-runs", type=int, default=20,
                        help="runs of report and doctor (cheap; a p95 of 3 or 5 is their maximum)")
    parser.add_argument("--sale-every", type=float, default=0.02)
    parser.add_argument("--purge-only", action="store_true",
                        help="only the purge figures: no cold starts, no commands")
    parser.add_argument("--no-calm", action="store_true",
                        help="skip the second purge with one sale a second")
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep built stores here and reuse them on a later run")
    parser.add_argument("--no-purge", action="store_true",
                        help="measure the starts and commands only (no purge, sales, backup)")
    parser.add_argument("--v7", action="store_true",
                        help="also the first purge of a year whose client UUIDs are time-ordered "
                             "(UUIDv7, as counters write them from now on; uuid4 stays the "
                             "headline)")
    parser.add_argument("--live", action="store_true",
                        help="a LIVE counter: sealed store, key in a keyring backend, the platform "
                             "in its own process (starts and commands only)")
    args = parser.parse_args()
    if not args.live:
        return _measure(args, None)
    from live import live_counter

    args.no_purge, args.purge_only = True, False
    with tempfile.TemporaryDirectory(prefix="balie-year-live-") as tmp, \
            live_counter(Path(tmp)) as live:
        if args.keep is not None:
            live.adopt_vault(args.keep / "vault.json")
        return _measure(args, live)


def _measure(args: argparse.Namespace, live: Live | None) -> int:
    """Build or reuse the stores and print every figure (``live``: of the live counter)."""
    print(compile_balie())
    now = utcnow().replace(tzinfo=UTC)
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        kept = sorted(args.keep.glob(f"m*-*-{_tag(live)}.sqlite3"))
        if kept:  # the stores' times are relative to the 'now' they were built at
            stamp = kept[0].stem.split("-", 2)[2][:-len(_tag(live)) - 1]
            now = datetime.fromisoformat(stamp.replace("_", ":"))
    if live is None:
        print(f"a pool with {CHECKINS_PER_DAY} check-ins and {SALES_PER_DAY} kansentarief sales "
              f"a day, offline; one day through the real write path, the rest bulk copies")
    else:
        print(f"a pool with {CHECKINS_PER_DAY} check-ins and {SALES_PER_DAY} kansentarief sales "
              f"a day; LIVE counter: store sealed with its key in a keyring backend, the platform "
              f"on 127.0.0.1 in its own process; one day through the real write path (sealed as "
              f"the counter seals it), the rest bulk copies (payloads sealed anew per copy); no "
              f"purge")
    with tempfile.TemporaryDirectory(prefix="balie-year-") as tmp:
        base = Path(tmp)
        day_dir = base / "day"
        day_dir.mkdir()
        if not args.purge_only:
            build(day_dir / "balie.sqlite3", 1, now, live)
            _closed_cleanly(day_dir / "balie.sqlite3")
            baseline = _cold_start(day_dir, day_dir / "balie.sqlite3", args.runs, live)
            print(_line("cold start, one day in the store -> ready for a scan with a price",
                        baseline, "none (the day a year is held to: + 500 ms)"))
            print(_line("  longest GUI-thread pause in the 2 s after each of these starts "
                        "(2 ms timer)", STALLS, "<= 50 ms"))
            STALLS.clear()
        for months in args.months:
            days = round(months * 30.4)
            data = base / f"m{months}"
            data.mkdir()
            path = data / "balie.sqlite3"
            built = _build_or_reuse(path, months, days, now, args.keep, live)
            _closed_cleanly(path)
            with sqlite3.connect(path) as conn:
                actions = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
            how = "reused a kept copy" if built is None else f"built in {built:.0f} s"
            print(f"{months} month(s): {actions:,} actions, {path.stat().st_size / 1e6:.0f} MB "
                  f"({how})")
            calm = None if args.no_calm or args.no_purge else base / f"m{months}-calm" / "balie.sqlite3"
            if calm is not None:
                calm.parent.mkdir()
                _copy_closed(path, calm)
            if args.purge_only:
                _purge_with_sales(path, now, args.sale_every, calm=calm, v4=True)
                shutil.rmtree(data, ignore_errors=True)
                if args.v7:
                    _purge_v7(base, months, days, now, args)
                continue
            print(_line("cold start -> ready for a scan with a price",
                        _cold_start(data, path, args.runs, live), "p95 <= 2,000 ms, day + 500 ms"))
            day = now.astimezone(BRUSSELS)
            where = ["--data-dir", str(data)] if live is None else live.where(data)
            balie = [str(Path(sys.executable).with_name("balie")), *where]
            if not Path(balie[0]).exists():
                balie = [sys.executable, "-m", "balie", *where]
            env = None if live is None else live.env()
            print(_line("balie report --day (fresh process)",
                        _timed([*balie[:1], "report", *balie[1:],
                                "--day", day.date().isoformat()], args.command_runs, env),
                        "p95 <= 1,000 ms"))
            print(_line("balie doctor (fresh process)",
                        _timed([*balie[:1], "doctor", *balie[1:]], args.command_runs, env),
                        "p95 <= 3,000 ms"))
            print(_line("  of which in-process: open the store"
                        + (" with its key" if live is not None else "") + " + day report",
                        _in_process(path, day.date(), args.command_runs, live)))
            print(_line(f"longest GUI-thread pause in the 2 s after each start of the "
                        f"{months}-month store (2 ms timer)", STALLS, "<= 50 ms"))
            STALLS.clear()
            if not args.no_purge:
                _purge_with_sales(path, now, args.sale_every, calm=calm, v4=True)
            shutil.rmtree(data, ignore_errors=True)
            if args.v7 and not args.no_purge:
                _purge_v7(base, months, days, now, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
