"""The store with its cipher attached: personal fields are sealed on disk and numbers are blind
indexes, while every lookup the counter and the sync worker make still works."""

from __future__ import annotations

import base64
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from balie.counter import Counter, new_action_key
from balie.crypto import CryptoError
from balie.decide import OfflinePolicy
from balie.domain import ActionKind, IdentificationSource, SocialTariffStatus
from balie.privacy import attach_cipher
from balie.store import Store
from balie.store.facts import sale_inputs
from balie.sync.queue import deliverable
from tests.fixtures.store import DEMO_NOW, load_demo

CHIP = "04A1B2C3D4E5F6"
REGISTRATION = {"uitpasNumber": "0900000000511", "cardSystemId": 1,
                "passholder": {"firstName": "Amira", "name": "Vandenberghe",
                               "inszNumber": "85073003328", "postalCode": "9000"}}


class DictKeys:
    """A KeySource in memory (the app uses the OS keyring: balie.crypto.KeyringKeySource)."""

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.keys.get(name)

    def set(self, name: str, value: str) -> None:
        self.keys[name] = value


@pytest.fixture
def keys() -> DictKeys:
    return DictKeys()


@pytest.fixture
def sealed(tmp_path: Path, keys: DictKeys):
    store = Store.open(tmp_path / "balie.sqlite3")
    attach_cipher(store, keys)
    demo = load_demo(store)
    yield store, demo
    store.close()


def _disk(store: Store) -> bytes:
    """What a thief of the disk reads: the database file and its WAL, raw."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = store.path.read_bytes()
    wal = Path(str(store.path) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_cached_pass_is_found_offline_but_its_personal_data_is_not_on_disk(sealed):
    store, demo = sealed
    snapshot = demo.pass_snapshot(demo.kansen_number, status=SocialTariffStatus.ACTIVE, chip=CHIP)
    snapshot = type(snapshot)(**{**snapshot.__dict__, "first_name": "Amira"})
    store.passes.remember(snapshot, DEMO_NOW)
    assert store.passes.get(demo.kansen_number) == snapshot
    assert store.passes.number_for_chip(CHIP) == demo.kansen_number
    assert store.passes.by_passholder(snapshot.passholder_id) == snapshot  # type: ignore[arg-type]
    disk = _disk(store)
    for secret in ("Amira", snapshot.passholder_id, CHIP, "ACTIVE"):
        assert secret.encode() not in disk, secret  # type: ignore[union-attr]
    with sqlite3.connect(store.path) as conn:
        keys = [r[0] for r in conn.execute("SELECT uitpas_number FROM passes_seen")]
    assert keys and demo.kansen_number not in keys[0]


def test_tapped_card_is_recognised_offline_with_encryption(sealed):
    store, demo = sealed
    store.passes.remember(demo.pass_snapshot(demo.kansen_number, chip=CHIP), DEMO_NOW)
    counter = Counter(store, None, OfflinePolicy(), demo.operator, clock=lambda: DEMO_NOW)
    ident = counter.identify(CHIP, IdentificationSource.NFC)
    assert ident.uitpas_number == demo.kansen_number and ident.pass_ is not None


def test_offline_sale_works_with_encryption(sealed):
    store, demo = sealed
    counter = Counter(store, None, OfflinePolicy(), demo.operator, clock=lambda: DEMO_NOW)
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    result = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
    assert result.done
    item = store.outbox.get(result.client_uuid)  # type: ignore[arg-type]
    assert item is not None and item.payload["uitpasNumber"] == demo.kansen_number


def test_cached_tariff_answer_is_found_by_blind_index(sealed):
    store, demo = sealed
    store.reference.save_pass_tariffs(demo.regular_number, demo.event.id, 1000, [], None, DEMO_NOW)
    assert store.reference.pass_tariffs(demo.regular_number, demo.event.id, 1000) is not None
    assert sale_inputs(store, demo.regular_number, demo.event.id, 1000).last_tariffs is not None
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM pass_tariffs WHERE uitpas_number = ?",
                            (demo.regular_number,)).fetchone()[0] == 0


def test_registration_payload_is_sealed_on_disk_and_clear_for_the_sync_worker(sealed):
    store, demo = sealed
    rec = store.records.passholder_change(ActionKind.PASSHOLDER_REGISTER, REGISTRATION,
                                          demo.operator, DEMO_NOW, client_uuid=new_action_key(),
                                          uitpas_number="0900000000511")
    disk = _disk(store)
    for secret in (b"Amira", b"Vandenberghe", b"85073003328"):
        assert secret not in disk
    assert store.outbox.get(rec.client_uuid).payload == REGISTRATION  # type: ignore[union-attr]
    items = deliverable(store, DEMO_NOW + timedelta(seconds=1))
    assert [i.payload for i in items] == [REGISTRATION]


def test_tampered_cache_entry_is_not_believed(sealed):
    store, demo = sealed
    store.passes.remember(demo.pass_snapshot(demo.kansen_number,
                                             status=SocialTariffStatus.ACTIVE), DEMO_NOW)
    with sqlite3.connect(store.path) as conn:
        (token,) = conn.execute("SELECT snapshot FROM passes_seen").fetchone()
        raw = bytearray(base64.urlsafe_b64decode(token[3:]))
        raw[20] ^= 0x01
        conn.execute("UPDATE passes_seen SET snapshot = ?",
                     ("e1:" + base64.urlsafe_b64encode(bytes(raw)).decode(),))
    assert store.passes.get(demo.kansen_number) is None


def test_cache_row_copied_onto_another_pass_is_not_believed(sealed):
    store, demo = sealed
    store.passes.remember(demo.pass_snapshot(demo.kansen_number,
                                             status=SocialTariffStatus.ACTIVE), DEMO_NOW)
    store.passes.remember(demo.pass_snapshot(demo.regular_number), DEMO_NOW)
    with sqlite3.connect(store.path) as conn:
        rows = dict(conn.execute("SELECT uitpas_number, snapshot FROM passes_seen"))
        kansen_key = store.cipher.index(demo.kansen_number, "uitpas")  # type: ignore[union-attr]
        regular_key = store.cipher.index(demo.regular_number, "uitpas")  # type: ignore[union-attr]
        conn.execute("UPDATE passes_seen SET snapshot = ? WHERE uitpas_number = ?",
                     (rows[kansen_key], regular_key))
    assert store.passes.get(demo.regular_number) is None  # no kansenstatuut by copy-paste


def test_reopening_with_the_key_reads_everything_back(tmp_path: Path, keys: DictKeys):
    path = tmp_path / "balie.sqlite3"
    with Store.open(path) as store:
        attach_cipher(store, keys)
        demo = load_demo(store)
        store.passes.remember(demo.pass_snapshot(demo.kansen_number), DEMO_NOW)
    with Store.open(path) as store:
        attach_cipher(store, keys)
        assert store.passes.get(demo.kansen_number) is not None


def test_reopening_without_the_key_is_refused_not_rekeyed(tmp_path: Path, keys: DictKeys):
    path = tmp_path / "balie.sqlite3"
    with Store.open(path) as store:
        attach_cipher(store, keys)
    with Store.open(path) as store:
        with pytest.raises(CryptoError) as err:
            attach_cipher(store, DictKeys())
        assert err.value.problem.code == "store-key-missing"


def test_registration_whose_sealed_payload_was_changed_is_never_sent(sealed):
    from balie.sync.delivery import NothingToDeliver, deliver

    store, demo = sealed
    rec = store.records.passholder_change(ActionKind.PASSHOLDER_REGISTER, REGISTRATION,
                                          demo.operator, DEMO_NOW, client_uuid=new_action_key(),
                                          uitpas_number="0900000000511")
    other = store.cipher.encrypt('{"passholder": {"name": "Someone Else"}}',  # type: ignore[union-attr]
                                 "outbox.payload:another-entry")
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE outbox SET payload = ? WHERE client_uuid = ?", (other, rec.client_uuid))
    item = store.outbox.get(rec.client_uuid)
    assert item is not None and item.payload == {"unreadable": True}
    with pytest.raises(NothingToDeliver):
        deliver(None, store, item)  # type: ignore[arg-type]  # no client: nothing may be sent
