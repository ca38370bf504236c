"""A small cache of passes seen at this counter, and the chip -> UiTPAS number pairs it learned.

The API never returns chip numbers and the social-tariff export has none either, so the only way
to recognise a tapped card offline is to have seen it before: from an online lookup that started
with a tap, or from the cashier typing the printed number after an "unknown chip" question.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from balie.crypto import blind, seal, unseal
from balie.domain import (
    CardStatus,
    CardSystemInfo,
    MessageLevel,
    PassSnapshot,
    PassType,
    PlatformMessage,
    SocialTariffStatus,
)
from balie.store.db import rowcount
from balie.store.handle import Database
from balie.store.models import ChipNumber, PassSeen, from_db_time, to_db_time


def snapshot_to_json(p: PassSnapshot) -> str:
    data: dict[str, Any] = asdict(p)
    data["fetched_at"] = to_db_time(p.fetched_at)
    data["read_started_at"] = to_db_time(p.read_started_at) if p.read_started_at else None
    data["social_tariff_end_date"] = (to_db_time(p.social_tariff_end_date)
                                      if p.social_tariff_end_date else None)
    return json.dumps(data, ensure_ascii=False)


def snapshot_from_json(raw: str) -> PassSnapshot:
    d = json.loads(raw)
    cs = d.get("card_system")
    return PassSnapshot(
        uitpas_number=d["uitpas_number"], passholder_id=d.get("passholder_id"),
        pass_type=PassType(d["pass_type"]), first_name=d["first_name"], points=int(d["points"]),
        postal_code=d["postal_code"],
        card_system=CardSystemInfo(cs["id"], cs["name"], tuple(cs.get("postal_codes", ())))
        if cs else None,
        social_tariff_status=SocialTariffStatus(d["social_tariff_status"]),
        social_tariff_end_date=from_db_time(d["social_tariff_end_date"])
        if d.get("social_tariff_end_date") else None,
        card_status=CardStatus(d["card_status"]), fetched_at=from_db_time(d["fetched_at"]),
        messages=tuple(PlatformMessage(MessageLevel(m["level"]), m["text"])
                       for m in d.get("messages", ())),
        chip_number=d.get("chip_number"),
        read_started_at=from_db_time(d["read_started_at"]) if d.get("read_started_at") else None,
    )


class PassCache:
    def __init__(self, db: Database) -> None:
        self._db = db

    # With a cipher (balie.crypto) the numbers are stored as keyed blind indexes and the
    # snapshot / the chip's pass number sealed, bound to their row; without one, in clear.

    def remember(self, snapshot: PassSnapshot, now: datetime) -> None:
        """Keep the newest platform answer for this pass (and its chip, when the tap gave one).
        An answer older than the one kept is not written: answers may be written after they
        came in (off the tap's path), and two of one pass may land in either order."""
        c = self._db.cipher
        key = blind(c, snapshot.uitpas_number, "uitpas")
        with self._db.write() as s:
            kept = s.get(PassSeen, key)
            if kept is not None and kept.fetched_at > snapshot.fetched_at:
                return
            s.merge(PassSeen(uitpas_number=key,
                             passholder_id=blind(c, snapshot.passholder_id, "passholder")
                             if snapshot.passholder_id else None,
                             snapshot=seal(c, snapshot_to_json(snapshot), f"passes_seen:{key}"),
                             fetched_at=snapshot.fetched_at, last_seen_at=now))
            if snapshot.chip_number:
                self._merge_chip(s, snapshot.chip_number, snapshot.uitpas_number, "LOOKUP", now)

    def _merge_chip(self, s: Session, chip_number: str, uitpas_number: str, source: str,
                    now: datetime) -> None:
        c = self._db.cipher
        chip = blind(c, chip_number, "chip")
        s.merge(ChipNumber(chip_number=chip, uitpas_number=seal(c, uitpas_number,
                                                                f"chip_numbers:{chip}"),
                           source=source, learned_at=now))

    def _snapshot(self, key: str, stored: str) -> PassSnapshot | None:
        text = unseal(self._db.cipher, stored, f"passes_seen:{key}")
        return snapshot_from_json(text) if text is not None else None

    def get(self, uitpas_number: str) -> PassSnapshot | None:
        """On every identification: plain SQL, no ORM loading (see balie.store.facts)."""
        key = blind(self._db.cipher, uitpas_number, "uitpas")
        with self._db.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT snapshot FROM passes_seen WHERE uitpas_number = ?",
                                       (key,)).first()
            conn.rollback()
        return self._snapshot(key, row[0]) if row else None

    def by_passholder(self, passholder_id: str) -> PassSnapshot | None:
        key = blind(self._db.cipher, passholder_id, "passholder")
        with self._db.read() as s:
            row = s.scalar(select(PassSeen).where(PassSeen.passholder_id == key)
                           .order_by(PassSeen.last_seen_at.desc()).limit(1))
            return self._snapshot(row.uitpas_number, row.snapshot) if row else None

    def remember_chip(self, chip_number: str, uitpas_number: str, now: datetime, *,
                      source: str = "TYPED") -> None:
        with self._db.write() as s:
            self._merge_chip(s, chip_number, uitpas_number, source, now)

    def number_for_chip(self, chip_number: str) -> str | None:
        chip = blind(self._db.cipher, chip_number, "chip")
        with self._db.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT uitpas_number FROM chip_numbers WHERE chip_number = ?",
                (chip,)).first()
            conn.rollback()
        return unseal(self._db.cipher, str(row[0]), f"chip_numbers:{chip}") if row else None

    def forget_older_than(self, cutoff: datetime) -> int:
        """Retention: passes not seen since ``cutoff`` leave the cache (they hold a first name)."""
        with self._db.write() as s:
            result = s.execute(delete(PassSeen).where(PassSeen.last_seen_at < cutoff))
            return rowcount(result)


DEFAULT_PASS_RETENTION = timedelta(days=180)
