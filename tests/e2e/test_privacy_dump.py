"""What a thief of a live counter's disk can read (issue 12, the README's list is this test).

A live store (key in a real keyring backend, not in the data dir) is filled the way a counter day
fills it, against the training platform: the reference refresh downloads the kansentarief list,
three pass holders are identified by chip online, sold a kansentarief ticket, checked in, given a
reward; a paper sheet is imported; a new holder is registered with full personal data; the sync
worker delivers everything; the daily backup runs. Then everything on disk is dumped: the store's
raw bytes (file, WAL, SHM), its SQL dump, the backups (raw and SQL) and the DEBUG log files, and
every personal field of those holders and every number of the kansentarief list is searched.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from balie.backup import make_backup
from balie.counter import Counter, new_action_key
from balie.crypto import KeyringKeySource
from balie.decide import OfflinePolicy
from balie.domain import IdentificationSource, Operator, OutboxStatus
from balie.logs import setup_logging
from balie.paper_import import import_paper
from balie.privacy import attach_cipher
from balie.store import Store
from balie.sync.port import ApiPlatformPort
from balie.sync.refresh import Refresher, RefreshPlan
from balie.training import TrainingPlatform, demo
from tests.sync.test_worker_helpers import make_client, make_worker, sell

HOLDERS = [demo.PASSES[k] for k in ("kansen_active", "kansen_expiring", "regular")]
#: sold kansentarief offline while its kansenstatuut had already ended: the platform refuses it
#: and the refusal (with the platform's message) waits in 'Te behandelen'
REFUSED = demo.PASSES["kansen_expired"]
MUSEUM = demo.ORGANIZERS["museum"]
EVENT = demo.EVENTS["museum_today"]
NEWCOMER = {"firstName": "Amira", "name": "Vandenberghe", "inszNumber": "85073003328",
            "dateOfBirth": "1985-07-30", "email": "amira.vandenberghe@example.be",
            "phoneNumber": "+32470112233",
            "address": {"street": "Hoogstraat 77", "postalCode": "9300", "city": "Aalst"}}
NEWCOMER_CARD = demo.BLANK_CARDS["blank_1"].uitpas_number
SUPERVISOR = Operator("op-1", "An Kassa", "supervisor")


@pytest.fixture
def counter_day(platform: TrainingPlatform, memory_keyring, tmp_path: Path) -> Iterator[Path]:
    data = tmp_path / "data"
    setup_logging(data / "logs", level="DEBUG")
    store = Store.open(data / "balie.sqlite3", backups=data / "backups")
    attach_cipher(store, KeyringKeySource())
    try:
        client = make_client(platform, timeout=(1.0, 10.0))
        report = Refresher(store, client, RefreshPlan(organizer_ids=(MUSEUM.id,),
                                                      search_url=platform.search_url))()
        assert report.ok, report.failures
        counter = Counter(store, ApiPlatformPort.for_client(client), OfflinePolicy(), SUPERVISOR,
                          organizer_id=MUSEUM.id)
        event = store.reference.event(EVENT.id)
        assert event is not None
        price = event.price_categories[0]
        for holder in HOLDERS:
            ident = counter.identify(holder.chip_number, IdentificationSource.NFC)
            assert ident.uitpas_number == holder.uitpas_number and ident.pass_ is not None
            offer = counter.offers_for(ident, event, price).offer("SOCIALTARIFF")
            if holder.social_status == "ACTIVE":
                assert offer is not None
                assert counter.sell(ident, event, price, offer, 1,
                                    action_key=new_action_key()).done
            assert counter.check_in(ident, event, action_key=new_action_key()).done
        regular = counter.identify(HOLDERS[2].chip_number, IdentificationSource.NFC)
        reward = demo.REWARDS["points_small"].id
        assert counter.redeem_reward(regular, reward, action_key=new_action_key()).done
        registered = counter.register_passholder(
            {"uitpasNumber": NEWCOMER_CARD, "cardSystemId": demo.CARD_SYSTEMS["dender"].id,
             "passholder": NEWCOMER}, uitpas_number=NEWCOMER_CARD,
            card_system_id=demo.CARD_SYSTEMS["dender"].id, price_cents=500,
            action_key=new_action_key())
        assert registered.done
        sheet = ("soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald\n"
                 f"checkin;{HOLDERS[1].uitpas_number};{EVENT.id};;;"
                 f"{datetime.now(UTC):%d/%m/%Y};00:01;;\n")
        assert import_paper(store, sheet, SUPERVISOR, datetime.now(UTC)).queued == 1
        sell(store, "kansen_expired", "museum_today", provisional=True)
        make_worker(store, platform).drain()
        assert store.outbox.needs_attention(), "the refused sale waits in Te behandelen"
        assert store.outbox.stats().length == 0 or store.outbox.in_status(OutboxStatus.CONFIRMED)
        make_backup(store.path, store.backups)
    finally:
        store.close()
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_balie", False):
                root.removeHandler(handler)
                handler.close()
    yield data


def _sql_dump(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def _everything_on_disk(data: Path) -> dict[str, str]:
    """Each file under the data dir as text (raw bytes as latin-1: every byte is a character,
    so UTF-8 text inside binary pages is found too), plus an SQL dump of each database."""
    found: dict[str, str] = {}
    for path in sorted(p for p in data.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        found[str(path.relative_to(data))] = raw.decode("latin-1")
        if raw.startswith(b"SQLite format 3\x00"):
            found[f"{path.relative_to(data)} (SQL)"] = _sql_dump(path)
    return found


def _kansentarief_numbers(platform: TrainingPlatform) -> list[str]:
    client = make_client(platform, timeout=(1.0, 10.0))
    return [c.uitpas_number for c in
            client.iter_social_tariff_cards(demo.CARD_SYSTEMS["dender"].id)]


def test_a_disk_thief_finds_no_personal_field_and_no_kansentarief_number(
        counter_day: Path, platform: TrainingPlatform) -> None:
    dumps = _everything_on_disk(counter_day)
    assert any(name.startswith("backups") for name in dumps), "the backup was dumped too"
    logs = "".join(text for name, text in dumps.items() if name.startswith("logs"))
    assert "GET /passes" in logs and "POST /ticket-sales" in logs, "the DEBUG log saw the day"
    assert any(name.endswith("(SQL)") for name in dumps)
    kansen = _kansentarief_numbers(platform)
    assert {HOLDERS[0].uitpas_number, HOLDERS[1].uitpas_number} <= set(kansen)
    personal: dict[str, str] = {}
    for h in (*HOLDERS, REFUSED):
        personal.update({
            f"{h.key} uitpas number": h.uitpas_number, f"{h.key} chip": h.chip_number,
            f"{h.key} passholder id": h.passholder_id, f"{h.key} first name": h.first_name,
            f"{h.key} name": h.name, f"{h.key} INSZ": h.insz or "",
            f"{h.key} birth date": h.date_of_birth, f"{h.key} street": h.street})
    personal.update({f"newcomer {k}": v for k, v in NEWCOMER.items() if isinstance(v, str)})
    personal.update({"newcomer street": "Hoogstraat 77", "newcomer card": NEWCOMER_CARD})
    personal.update({f"kansentarief number {n}": n for n in kansen})
    leaks = [f"{what} in {name}" for what, value in personal.items() if value
             for name, text in dumps.items()
             if re.search(re.escape(value), text, flags=re.IGNORECASE)]
    assert leaks == []


def test_the_counter_still_reads_what_it_needs_with_the_key(counter_day: Path,
                                                            memory_keyring) -> None:
    """The same store, opened again with its key: membership, history and the queue work."""
    store = Store.open(counter_day / "balie.sqlite3", backups=counter_day / "backups")
    try:
        attach_cipher(store, KeyringKeySource())
        dender = demo.CARD_SYSTEMS["dender"].id
        assert store.reference.social_tariff_lookup(HOLDERS[0].uitpas_number, dender)
        assert not store.reference.social_tariff_lookup(HOLDERS[2].uitpas_number, dender)
        assert len(store.records.sales_of_pass(HOLDERS[0].uitpas_number)) == 1
        assert store.records.checkins_since(uitpas_number=HOLDERS[1].uitpas_number,
                                            event_id=EVENT.id, since=None)
        assert store.passes.number_for_chip(HOLDERS[0].chip_number) == HOLDERS[0].uitpas_number
    finally:
        store.close()
