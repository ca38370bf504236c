"""A tampered, truncated or emptied store file is detected when the app opens it, and the app
offers the newest good backup instead of running on it (or over it)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from balie.backup import make_backup, restore_backup
from balie.counter import Counter, new_action_key
from balie.decide import OfflinePolicy
from balie.domain import IdentificationSource
from balie.store import Store, StoreError
from balie.store.migrate import known_revisions
from tests.fixtures.store import DEMO_NOW, load_demo

BACKUP_AT = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def store_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A store with one sale, a good daily backup of it, then closed (WAL checkpointed)."""
    path = tmp_path / "balie.sqlite3"
    with Store.open(path) as store:
        demo = load_demo(store)
        counter = Counter(store, None, OfflinePolicy(), demo.operator, clock=lambda: DEMO_NOW)
        ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
        offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
        assert counter.sell(ident, demo.event, demo.price, offer, 1,
                            action_key=new_action_key()).done
        make_backup(path, store.backups, now=BACKUP_AT)
        for _ in range(50):  # enough rows that the file has many pages to damage
            store.audit.record(operator=demo.operator, action="filler", at=DEMO_NOW,
                               detail="x" * 500)
    return path, tmp_path / "backups"


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "garbage-pages":
        page = 4096
        for start in range(2 * page, len(data) - page, 3 * page):
            data[start + 100:start + 600] = os.urandom(500)
    elif how == "truncated":
        data = data[: len(data) // 2 + 1234]
    elif how == "emptied":
        data = bytearray()
    elif how == "header":
        data[:16] = b"NOT A DATABASE!!"
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["garbage-pages", "truncated", "emptied", "header"])
def test_damaged_store_is_refused_at_open_with_the_newest_good_backup(store_with_backup, how):
    path, backups = store_with_backup
    _damage(path, how)
    damaged_bytes = path.read_bytes()
    with pytest.raises(StoreError) as err:
        Store.open(path)
    problem = err.value.problem
    assert problem.code == "store-damaged"
    assert "beschadigd" in problem.message
    assert "balie restore" in problem.next_step and "10/06/2026 14:00" in problem.next_step
    assert Path(problem.extras["backup"]).parent == backups
    assert path.read_bytes() == damaged_bytes  # not run on, not written over


def test_restoring_the_offered_backup_brings_the_sale_back(store_with_backup):
    path, backups = store_with_backup
    _damage(path, "truncated")
    with pytest.raises(StoreError) as err:
        Store.open(path)
    restore_backup(Path(err.value.problem.extras["backup"]), path, known_revisions())
    with Store.open(path) as store:
        assert store.outbox.stats().pending == 1


def test_damaged_store_without_any_good_backup_says_call_the_helpdesk(store_with_backup):
    path, backups = store_with_backup
    for copy in backups.iterdir():
        copy.write_bytes(b"garbage")
    _damage(path, "header")
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert "helpdesk" in err.value.problem.next_step
    assert "backup" not in err.value.problem.extras


def test_empty_file_without_backups_is_a_new_installation(tmp_path: Path):
    path = tmp_path / "balie.sqlite3"
    path.write_bytes(b"")
    with Store.open(path) as store:
        assert store.integrity_ok()


def test_healthy_store_opens_normally(store_with_backup):
    path, _ = store_with_backup
    with Store.open(path) as store:
        assert store.outbox.stats().pending == 1
