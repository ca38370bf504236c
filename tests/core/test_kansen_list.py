"""A kansentarief list an older version kept in clear is hashed at the first start with the key:
in chunks with progress, switched to at once, and resumed after a kill -9 (balie.kansen_list).
Real SQLite files; the kill is a real SIGKILL of a child process."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from balie.crypto import FieldCipher
from balie.kansen_list import RESUME_PREFIX, clear_lists, convert_clear_lists
from balie.numbers import luhn_check_digit
from balie.store import Store
from balie.store.reference import SocialTariffCardRow
from tests.fixtures import children

ROOT = Path(__file__).resolve().parents[2]
FETCHED = datetime(2026, 6, 1, 6, 0, tzinfo=UTC)
ROWS = 3000
CHUNK = 250


def number(i: int) -> str:
    partial = f"09{i:09d}1"
    return partial + luhn_check_digit(partial)


@pytest.fixture
def clear_store(tmp_path: Path) -> Path:
    """A store as an older version left it: the list of card system 1 in clear."""
    path = tmp_path / "balie.sqlite3"
    with Store.open(path) as store:
        store.reference.replace_social_tariff_cards(
            1, (SocialTariffCardRow(number(i), "NFC", i % 4 or None) for i in range(ROWS)),
            FETCHED)
    return path


def _cards(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT snapshot_id, uitpas_number FROM social_tariff_cards").fetchall()


def _keyed(path: Path, master: bytes) -> Store:
    store = Store.open(path)
    store.cipher = FieldCipher.from_master(master)
    return store


def test_the_clear_list_is_hashed_in_chunks_with_progress_and_keeps_its_age(clear_store: Path):
    master = os.urandom(32)
    seen: list[tuple[int, int]] = []
    with _keyed(clear_store, master) as store:
        assert [c.rows for c in clear_lists(store)] == [ROWS]
        assert convert_clear_lists(store, progress=lambda d, t: seen.append((d, t)),
                                   chunk_size=CHUNK) == ROWS
        assert clear_lists(store) == []
        hit = store.reference.social_tariff_lookup(number(7))
        assert [(h.card_type, h.available_tickets) for h in hit] == [("NFC", 3)]
        assert store.reference.social_tariff_lookup(number(ROWS + 1)) == []
        (info,) = store.reference.social_tariff_lists()
        assert (info.fetched_at, info.row_count) == (FETCHED, ROWS)  # the policy sees its age
        assert store.get_setting(RESUME_PREFIX + "1") is None
    # each card counts half when hashed, half when written: a bar that moves all the way
    assert [t for _, t in seen] == [ROWS] * len(seen) and seen[-1] == (ROWS, ROWS)
    assert [d for d, _ in seen] == sorted({d for d, _ in seen}) and len(seen) >= ROWS // CHUNK
    cards = _cards(clear_store)
    assert len(cards) == ROWS and len({s for s, _ in cards}) == 1  # the clear snapshot is gone
    assert all(n.startswith("i1:") for _, n in cards)
    assert not any(number(i).encode() in clear_store.read_bytes() for i in (0, 1500, ROWS - 1))


def test_a_list_not_yet_hashed_still_gives_the_kansentarief(clear_store: Path):
    """The app hashes a large list on its maintenance thread; the counter must not stop
    recognising kansenstatuut cards meanwhile."""
    with _keyed(clear_store, os.urandom(32)) as store:
        assert store.reference.social_tariff_lookup(number(7))


_CHILD = """
import sys
from pathlib import Path
from balie.crypto import FieldCipher
from balie.kansen_list import convert_clear_lists
from balie.store import Store

store = Store.open(Path(sys.argv[1]))
store.cipher = FieldCipher.from_master(bytes.fromhex(sys.argv[2]))
convert_clear_lists(store, progress=lambda done, total: print(done, flush=True),
                    chunk_size=int(sys.argv[3]))
print("finished", flush=True)
"""


def test_a_conversion_killed_half_way_goes_on_where_it_was(clear_store: Path):
    master = os.urandom(32)
    child = children.popen([sys.executable, "-c", _CHILD, str(clear_store), master.hex(),
                            str(CHUNK)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        while True:  # until two chunks of phase 2 committed, the third maybe under way
            line = child.stdout.readline()
            assert line.strip().isdigit(), f"the conversion child said {line!r}"
            if int(line) >= (ROWS + 2 * CHUNK) // 2:
                break
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        children.stop(child)
    seen: list[int] = []
    with _keyed(clear_store, master) as store:
        hashed_now = convert_clear_lists(store, progress=lambda d, _t: seen.append(d),
                                         chunk_size=CHUNK)
        assert 0 < hashed_now <= ROWS - 2 * CHUNK  # the committed chunks are not written again
        assert seen[0] >= CHUNK and seen[-1] == ROWS and seen == sorted(seen)
        assert all(store.reference.social_tariff_lookup(number(i)) for i in (0, 800, ROWS - 1))
    cards = _cards(clear_store)
    assert len(cards) == ROWS and all(n.startswith("i1:") for _, n in cards)
    with sqlite3.connect(clear_store) as conn:  # no half snapshot left behind
        assert conn.execute("SELECT count(*), min(complete) FROM social_tariff_snapshots"
                            ).fetchone() == (1, 1)


def test_a_refresh_during_the_conversion_wins(clear_store: Path):
    """The sync worker may refresh the list while it is being hashed: the fresh list (hashed
    already) stays, the half-done copy goes."""
    master = os.urandom(32)
    with _keyed(clear_store, master) as store:
        calls = []

        def refresh_once(done: int, _total: int) -> None:
            if not calls:
                calls.append(done)
                store.reference.replace_social_tariff_cards(
                    1, [SocialTariffCardRow(number(ROWS + 5), "NFC")], datetime.now(UTC))

        convert_clear_lists(store, progress=refresh_once, chunk_size=CHUNK)
        assert store.reference.social_tariff_lookup(number(ROWS + 5))
        assert store.reference.social_tariff_lookup(number(7)) == []
        assert store.get_setting(RESUME_PREFIX + "1") is None
    assert len(_cards(clear_store)) == 1
    with sqlite3.connect(clear_store) as conn:
        assert conn.execute("SELECT count(*) FROM social_tariff_snapshots").fetchone() == (1,)


def test_the_fast_indexer_gives_the_keys_lookups_use():
    """The conversion hashes with FieldCipher.indexer, a lookup with FieldCipher.index: one
    different bit and no kansenstatuut card would ever be found again."""
    cipher = FieldCipher.from_master(os.urandom(32))
    fast = cipher.indexer("kansen")
    for value in ("", number(1), "é€", "x" * 300):
        assert fast(value) == cipher.index(value, "kansen")
    assert fast(number(1)) != cipher.indexer("uitpas")(number(1))


def test_the_app_hashes_the_list_on_its_maintenance_thread_and_finds_cards_meanwhile(
        clear_store: Path):
    """The app opens the store with defer_lists (no wait before the first customer); its
    maintenance thread hashes the list at once, not after the daily delay."""
    from balie.app.maintenance import Maintenance
    from balie.privacy import RetentionPolicy, attach_cipher
    from tests.core.test_crypto_store import DictKeys

    with Store.open(clear_store) as store:
        attach_cipher(store, DictKeys(), defer_lists=True)
        assert [c.rows for c in clear_lists(store)] == [ROWS]  # not hashed at open
        assert store.reference.social_tariff_lookup(number(7))  # still found
        maintenance = Maintenance(store, RetentionPolicy(), delay=3600)
        try:
            assert maintenance.lists_hashed.wait(60), "the list was not hashed within 60 s"
            assert clear_lists(store) == [] and maintenance.rounds == 0
            assert store.reference.social_tariff_lookup(number(7))
        finally:
            maintenance.cancel()
    assert all(n.startswith("i1:") for _, n in _cards(clear_store))
