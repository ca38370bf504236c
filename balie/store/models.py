"""The tables of the local store, as typed ORM models (the schema at the newest migration).

The migrations in :mod:`balie.store.migrations` are the source of truth for what is on disk; a test
compares these models with the migrated schema so the two cannot drift apart.

Times are stored as ISO-8601 UTC text with a fixed width (``UtcDateTime``), so they sort and compare
as strings inside SQLite and always come back timezone-aware. Money is integer cents.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def to_db_time(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the store; use timezone-aware UTC")
    return value.astimezone(UTC).strftime(_FORMAT)


def from_db_time(value: str) -> datetime:
    return datetime.strptime(value, _FORMAT).replace(tzinfo=UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetime stored as sortable text; naive datetimes are refused."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        return None if value is None else to_db_time(value)

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        return None if value is None else from_db_time(value)


class Base(DeclarativeBase):
    # every model maps one Table (SQLAlchemy types __table__ as any FromClause), so the bulk
    # writers and UPDATE statements over Model.__table__ type-check without a cast each
    __table__: ClassVar[Table]


class Setting(Base):
    """Small key/value facts of this installation (device id, last contact, ...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SequenceCounter(Base):
    """Per-device monotonic counters, bumped inside the writing transaction (no gaps ever)."""

    __tablename__ = "sequence_counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class OutboxEntry(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        # the sync queue reads open entries through this one (status first); no query walks
        # the outbox by pass over all statuses, so no pass index (migration 0010)
        Index("ix_outbox_status_sequence", "status", "sequence"),
        # the retention purge walks finished entries oldest first and asks who depends on them
        Index("ix_outbox_finished_at", "finished_at"),
        Index("ix_outbox_depends_on", "depends_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sequence: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(String(36))
    operator_id: Mapped[str] = mapped_column(String(64))
    operator_name: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(20))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    pass_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    depends_on: Mapped[str | None] = mapped_column(String(36), nullable=True)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    payload: Mapped[str] = mapped_column(Text)
    platform_ids: Mapped[str | None] = mapped_column(Text, nullable=True)
    problem_type: Mapped[str | None] = mapped_column(String(200), nullable=True)
    end_user_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    problem_detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: which sync worker put the row in SENT, and until when its request may still be in flight
    #: (balie.sync.queue): another worker reads the row back only once that owner is gone or the
    #: lease ran out, never while the request may still land
    sent_by: Mapped[str | None] = mapped_column(String(80), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __mapper_args__ = {"eager_defaults": False}


class TicketSale(Base):
    """One ticket sold at a UiTPAS tariff (a sale of 3 tickets is 3 rows with one outbox entry)."""

    __tablename__ = "ticket_sales"
    __table_args__ = (
        UniqueConstraint("client_uuid", "line"),
        Index("ix_ticket_sales_sold_at", "sold_at"),
        # a tap reads this pass's sales of this event since a moment, not its whole history;
        # its head serves every query by pass alone (no separate pass index: migration 0009)
        Index("ix_ticket_sales_pass_event_sold", "uitpas_number", "event_id", "sold_at"),
        Index("ux_ticket_sales_platform_id", "platform_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_uuid: Mapped[str] = mapped_column(ForeignKey("outbox.client_uuid"))
    line: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[str] = mapped_column(String(64))
    event_name: Mapped[str] = mapped_column(Text)
    uitpas_number: Mapped[str] = mapped_column(String(13))
    passholder_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    tariff_id: Mapped[str] = mapped_column(String(64))
    tariff_name: Mapped[str] = mapped_column(Text)
    tariff_type: Mapped[str] = mapped_column(String(20))
    price_cents: Mapped[int] = mapped_column(Integer)
    regular_price_cents: Mapped[int] = mapped_column(Integer)
    regular_price_label: Mapped[str | None] = mapped_column(Text, nullable=True)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    platform_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    sold_at: Mapped[datetime] = mapped_column(UtcDateTime)
    operator_id: Mapped[str] = mapped_column(String(64))


class Checkin(Base):
    __tablename__ = "checkins"
    __table_args__ = (Index("ix_checkins_checked_in_at", "checked_in_at"),
                      Index("ix_checkins_uitpas_number", "uitpas_number"),
                      Index("ux_checkins_platform_id", "platform_id", unique=True))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_uuid: Mapped[str] = mapped_column(ForeignKey("outbox.client_uuid"), unique=True)
    event_id: Mapped[str] = mapped_column(String(64))
    event_name: Mapped[str] = mapped_column(Text)
    uitpas_number: Mapped[str] = mapped_column(String(13))
    passholder_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    points_expected: Mapped[int] = mapped_column(Integer, default=0)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    platform_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_in_at: Mapped[datetime] = mapped_column(UtcDateTime)
    operator_id: Mapped[str] = mapped_column(String(64))


class RewardRedemption(Base):
    __tablename__ = "reward_redemptions"
    __table_args__ = (Index("ix_reward_redemptions_redeemed_at", "redeemed_at"),
                      Index("ix_reward_redemptions_uitpas_number", "uitpas_number"),
                      Index("ux_reward_redemptions_platform_id", "platform_id", unique=True))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_uuid: Mapped[str] = mapped_column(ForeignKey("outbox.client_uuid"), unique=True)
    reward_id: Mapped[str] = mapped_column(String(64))
    reward_title: Mapped[str] = mapped_column(Text)
    points: Mapped[int] = mapped_column(Integer, default=0)
    uitpas_number: Mapped[str] = mapped_column(String(13))
    passholder_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    platform_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    redeemed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    operator_id: Mapped[str] = mapped_column(String(64))


class PassholderChange(Base):
    """A queued registration, membership or kansenstatuut change (the personal data itself is only
    in the outbox payload, which retention scrubs once confirmed)."""

    __tablename__ = "passholder_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_uuid: Mapped[str] = mapped_column(ForeignKey("outbox.client_uuid"), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    uitpas_number: Mapped[str | None] = mapped_column(String(13), nullable=True)
    card_system_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    price_cents: Mapped[int] = mapped_column(Integer, default=0)
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    platform_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    operator_id: Mapped[str] = mapped_column(String(64))


class AuditLine(Base):
    """Who did what, when (no personal data beyond ids needed to find the action back)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    operator_id: Mapped[str] = mapped_column(String(64))
    operator_name: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    outbox_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")


class CardSystem(Base):
    __tablename__ = "card_systems"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(Text)
    postal_codes: Mapped[str] = mapped_column(Text, default="[]")
    social_tariff_settings: Mapped[str] = mapped_column(Text, default="{}")
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Event(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    organizer_id: Mapped[str] = mapped_column(String(64))
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    end: Mapped[datetime] = mapped_column(UtcDateTime)
    price_categories: Mapped[str] = mapped_column(Text, default="[]")
    checkin_points: Mapped[int] = mapped_column(Integer, default=1)
    card_system_ids: Mapped[str] = mapped_column(Text, default="[]")
    ticket_limit_volume: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ticket_limit_period: Mapped[str | None] = mapped_column(String(16), nullable=True)
    checkin_limit_volume: Mapped[int | None] = mapped_column(Integer, nullable=True)
    checkin_limit_period: Mapped[str | None] = mapped_column(String(16), nullable=True)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Organizer(Base):
    """An organizer's card systems (its region): the only holders ``/tariffs/static`` prices."""

    __tablename__ = "organizers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    card_system_ids: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PriceDifference(Base):
    """What UiTPAS booked differs from what the counter charged ("Te behandelen" until settled).

    Per ticket: ``charged_cents`` at the counter, ``booked_cents`` by UiTPAS; the holder gets
    ``(charged - booked) * tickets`` back when positive, pays it when negative. No foreign key to
    the outbox: the entry may be purged by retention while the difference is still open."""

    __tablename__ = "price_differences"
    __table_args__ = (Index("ix_price_differences_sold_at", "sold_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    event_id: Mapped[str] = mapped_column(String(64))
    event_name: Mapped[str] = mapped_column(Text)
    uitpas_number: Mapped[str] = mapped_column(Text)  # sealed on a live store (balie.crypto)
    tariff_name: Mapped[str] = mapped_column(Text)
    tickets: Mapped[int] = mapped_column(Integer)
    charged_cents: Mapped[int] = mapped_column(Integer)
    booked_cents: Mapped[int] = mapped_column(Integer)
    message_nl: Mapped[str] = mapped_column(Text)
    sold_at: Mapped[datetime] = mapped_column(UtcDateTime)
    found_at: Mapped[datetime] = mapped_column(UtcDateTime)
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    settled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    settled_by: Mapped[str | None] = mapped_column(String(128), nullable=True)
    settled_note: Mapped[str | None] = mapped_column(Text, nullable=True)


class Reward(Base):
    __tablename__ = "rewards"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Integer, default=0)
    card_system_ids: Mapped[str] = mapped_column(Text, default="[]")
    redeem_start: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    redeem_end: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StaticTariff(Base):
    """``/tariffs/static`` per event and regular price (the price for 'a' kansenstatuut holder)."""

    __tablename__ = "static_tariffs"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    regular_price_cents: Mapped[int] = mapped_column(Integer, primary_key=True)
    offers: Mapped[str] = mapped_column(Text)
    end_user_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PassTariff(Base):
    """The last ``/tariffs`` answer per pass, event and regular price."""

    __tablename__ = "pass_tariffs"
    __table_args__ = (Index("ix_pass_tariffs_fetched_at", "fetched_at"),)  # retention purge

    uitpas_number: Mapped[str] = mapped_column(String(13), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    regular_price_cents: Mapped[int] = mapped_column(Integer, primary_key=True)
    offers: Mapped[str] = mapped_column(Text)
    end_user_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PassSeen(Base):
    """A pass looked up recently (the PassSnapshot as JSON), so a repeat visitor works offline."""

    __tablename__ = "passes_seen"
    __table_args__ = (
        Index("ix_passes_seen_passholder_id", "passholder_id"),
        Index("ix_passes_seen_last_seen_at", "last_seen_at"),
    )

    uitpas_number: Mapped[str] = mapped_column(String(13), primary_key=True)
    passholder_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    snapshot: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ChipNumber(Base):
    """Chip UID -> UiTPAS number, learned from online lookups and typed printed numbers."""

    __tablename__ = "chip_numbers"
    __table_args__ = (Index("ix_chip_numbers_learned_at", "learned_at"),)  # retention purge

    chip_number: Mapped[str] = mapped_column(String(20), primary_key=True)
    uitpas_number: Mapped[str] = mapped_column(String(13))
    source: Mapped[str] = mapped_column(String(16))
    learned_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SocialTariffSnapshot(Base):
    """One download of a card system's active social-tariff cards; ``complete`` once streamed."""

    __tablename__ = "social_tariff_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    card_system_id: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)


class SocialTariffCurrent(Base):
    """The pointer that makes a snapshot the one the counter reads (switched atomically)."""

    __tablename__ = "social_tariff_current"

    card_system_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    snapshot_id: Mapped[int] = mapped_column(Integer)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)
    row_count: Mapped[int] = mapped_column(Integer)


class SocialTariffCard(Base):
    """Rows of the snapshots: only number, card type and available tickets (no names).
    WITHOUT ROWID with the primary key as the only index keeps 1M rows small and lookups O(log n)."""

    __tablename__ = "social_tariff_cards"
    __table_args__ = {"sqlite_with_rowid": False}

    snapshot_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    uitpas_number: Mapped[str] = mapped_column(String(13), primary_key=True)
    card_type: Mapped[str] = mapped_column(String(8))
    available_tickets: Mapped[int | None] = mapped_column(Integer, nullable=True)


class RetentionTotal(Base):
    """Counts and amounts of purged confirmed actions per Brussels day, so reports survive purging.
    (Added by migration 0002.)"""

    __tablename__ = "retention_totals"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tariff_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)


class OperatorAccount(Base):
    """A person who may sign in at this counter (added by migration 0003; see balie.operators).
    The PIN only as a slow salted, peppered hash, the badge only as a keyed blind index; the
    whole row signed (``mac``, migration 0004) so a role edited in the file is refused."""

    __tablename__ = "operators"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(32))
    pin_hash: Mapped[str] = mapped_column(Text)
    badge_index: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    lockout_rounds: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    mac: Mapped[str | None] = mapped_column(Text, nullable=True)


class DayClosing(Base):
    """One count of an operator's drawer at the end of a Brussels day (added by migration 0005;
    see balie.closing). Never updated: a recount is a new row, the newest one counts."""

    __tablename__ = "day_closings"
    __table_args__ = (Index("ix_day_closings_day", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[str] = mapped_column(String(10))
    operator_id: Mapped[str] = mapped_column(String(64))
    operator_name: Mapped[str] = mapped_column(String(128))
    opening_float_cents: Mapped[int] = mapped_column(Integer, default=0)
    expected_cents: Mapped[int] = mapped_column(Integer)
    counted_cents: Mapped[int] = mapped_column(Integer)
    difference_cents: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_by_id: Mapped[str] = mapped_column(String(64))
    training: Mapped[bool] = mapped_column(Boolean, default=False)
