"""What the screens need from the counter, stated in the screens' own terms.

The screens are tested and run against this small surface; the composition root
(:mod:`balie.app`) adapts the core's :class:`balie.counter.Counter` to it. Keeping the surface here
means a change in how the core shapes its read models touches one adapter, not every widget, and
it states plainly which calls may be slow (all of them: they run on the worker thread).

Everything is values from :mod:`balie.domain`, plus three small read models the screens show as is.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from balie.domain import (
    EventInfo,
    IdentificationSource,
    PassSnapshot,
    PassType,
    Problem,
    RewardInfo,
    TariffOffer,
)


@dataclass(frozen=True)
class PassView:
    """One identification, ready to paint: who, which prices, and how sure we are.

    ``provisional`` is True when the counter decided from its own store (offline): the screen marks
    the price "voorlopig". ``confirming``: online, painted from the store at once while the
    platform is asked (a calm "wordt bevestigd", not a warning). ``notes`` are the counter's Dutch
    explanations (e.g. why only the regular price is offered); ``platform_messages`` are shown verbatim."""

    uitpas_number: str
    pass_: PassSnapshot | None  # None: number known, holder never seen by this counter (offline)
    offers: tuple[TariffOffer, ...]
    provisional: bool
    notes: tuple[str, ...] = ()
    platform_messages: tuple[str, ...] = ()
    rewards: tuple[RewardInfo, ...] = ()
    can_check_in: bool = True
    identified_at: datetime | None = None
    #: painted from the store while the platform is asked; its answer replaces this view
    confirming: bool = False
    #: offline, the kansentarief of this holder is a guess (another region than the organizer's):
    #: said before the sale; sync turns a difference into a "Te behandelen" item
    price_uncertain: bool = False
    #: False: a check-in or reward of this counter reached UiTPAS while the pass was being read,
    #: so whether the points hold it is unknown: the platform's figure, marked "wordt bevestigd"
    #: (never counted twice; the next read settles it; balie.decide.points)
    points_certain: bool = True
    handle: object = None  # the adapter's own state (identification, decision); opaque to screens

    @property
    def is_group(self) -> bool:
        return self.pass_ is not None and self.pass_.pass_type is PassType.GROUP


@dataclass(frozen=True)
class ActionOutcome:
    """The answer to a sale, check-in, redeem or cancel. ``problem`` set means refused."""

    message: str
    problem: Problem | None = None
    provisional: bool = False
    points: int | None = None  # the pass's balance after the action, when known

    @property
    def refused(self) -> bool:
        return self.problem is not None


@dataclass(frozen=True)
class CounterState:
    """For the status bar: is the platform reachable, how much waits in the outbox."""

    online: bool
    queue_length: int
    last_sync: datetime | None = None
    needs_attention: int = 0
    #: the last identification was decided without the platform (after the last contact)
    decided_offline: bool = False
    oldest_pending_at: datetime | None = None
    #: the circuit breaker opened: decisions are local (provisional) without waiting
    link_local: bool = False


@dataclass(frozen=True)
class SyncView:
    """The sync worker's report for the status bar. ``online`` None: not tried yet.

    ``signed_out`` means the platform refused the counter's credentials: a person must sign in
    again; ``message``/``next_step`` are the worker's Dutch words for the last trouble."""

    online: bool | None
    queue_length: int
    needs_attention: int
    oldest_pending_at: datetime | None
    last_contact_at: datetime | None
    busy: bool = False
    signed_out: bool = False
    message: str = ""
    next_step: str = ""


@dataclass(frozen=True)
class SyncResult:
    """One delivery round as the cashier hears it after F5: how many went out, how many the
    platform refused (Te behandelen), how many still wait, and whether it answered at all."""

    sent: int
    needs_attention: int
    pending: int
    refused: int = 0  # of this round (needs_attention counts all still open)
    reachable: bool = True
    signed_out: bool = False
    message: str = ""


@dataclass(frozen=True)
class KnownHolder:
    """Who holds a card the counter refuses (blocked, replaced): the cashier still needs the
    name and the number to talk to the person at the counter."""

    first_name: str
    uitpas_number: str


class Refused(Exception):
    """A use case said no (unknown or blocked card, limit reached...). Carries the Dutch reason;
    ``holder`` is what is known of the pass anyway (a blocked card still has a holder)."""

    def __init__(self, problem: Problem, pass_: PassSnapshot | None = None,
                 holder: KnownHolder | None = None) -> None:
        super().__init__(problem.code)
        self.problem = problem
        self.pass_ = pass_
        if holder is None and pass_ is not None:
            holder = KnownHolder(pass_.first_name, pass_.uitpas_number)
        self.holder = holder


class CounterPort(Protocol):
    """Every method may block (SQLite, network); screens only call them through the Runner."""

    def events(self) -> Sequence[EventInfo]: ...

    def identify(self, identifier: str, source: IdentificationSource, *, event_id: str | None,
                 price_label: str | None) -> PassView:
        """Raises :class:`Refused` for an unknown/blocked card, with the reason to show.
        Online, a pass the counter knows comes back at once with ``confirming`` set."""
        ...

    def confirm(self, view: PassView) -> PassView | None:
        """The platform's answer for a ``confirming`` view (one parallel round), or None when it
        could not be asked: the view then stays provisional. Raises :class:`Refused` when the
        platform refuses the card after all."""
        ...

    def painted(self) -> None:
        """The tap's last paint is on screen (or none will follow): the background work kept
        off its path (keeping the platform's answers in the store) may run now. The one method
        that never blocks: the GUI thread calls it directly."""
        ...

    def sell(self, view: PassView, offer: TariffOffer, *, event_id: str, price_label: str,
             quantity: int, idempotency_key: str) -> ActionOutcome: ...

    def check_in(self, view: PassView, *, event_id: str, idempotency_key: str) -> ActionOutcome: ...

    def reward_options(self, view: PassView) -> RewardChoice:
        """The pass's rewards, each judged as a redemption now would be (may ask UiTPAS)."""
        ...

    def redeem_reward(self, view: PassView, reward: RewardInfo, *,
                      idempotency_key: str) -> ActionOutcome: ...

    def cancel_last(self, *, idempotency_key: str) -> ActionOutcome: ...

    def describe_last(self) -> str | None:
        """One Dutch line naming the action F8 would cancel, or None when there is none."""
        ...

    def state(self) -> CounterState: ...


@dataclass(frozen=True)
class AttentionItem:
    """One queued action the platform refused (or that could not be settled), as the
    "Te behandelen" screen shows it. ``platform_message`` is UiTPAS's endUserMessage, verbatim."""

    client_uuid: str
    kind: str  # ActionKind value
    summary: str  # Dutch, e.g. "1 ticket(s) Kansentarief voor Vrij zwemmen"
    uitpas_number: str
    event_id: str | None
    event_name: str
    tariff_name: str
    amount_cents: int | None
    quantity: int
    price_label: str | None
    created_at: datetime
    operator_name: str
    platform_message: str
    detail: str
    kansentarief_refused: bool


#: ``AttentionItem.kind`` of a price UiTPAS booked differently from what was charged (after sync):
#: not a queue entry; only "Afgehandeld" (money given back or collected) applies to it
PRICE_DIFFERENCE_KIND = "PRICE_DIFFERENCE"


class AttentionPort(Protocol):
    """Decisions by a person on refused queue entries; each is audited by the store."""

    def attention_items(self) -> Sequence[AttentionItem]: ...

    def events(self) -> Sequence[EventInfo]: ...

    def resend(self, client_uuid: str, note: str, *, event_id: str | None = None,
               price_label: str | None = None, quantity: int | None = None) -> bool:
        """Back into the queue, optionally corrected (event, price category, quantity)."""
        ...

    def cancel_entry(self, client_uuid: str, note: str) -> bool: ...

    def mark_handled(self, client_uuid: str, note: str) -> bool: ...


class SettingsPort(Protocol):
    """Per-counter settings kept in the store (chosen event, price category, language)."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...


@dataclass
class MemorySettings:
    """Settings that live only as long as the window: for a counter with no store yet."""

    values: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


class HistoryKind(enum.Enum):
    SALE = "sale"
    CHECKIN = "checkin"
    REWARD = "reward"


class HistoryState(enum.Enum):
    """Where one line stands: registered by UiTPAS, or one of this counter's own records."""

    REGISTERED = "registered"
    PENDING = "pending"  # on this counter, not yet confirmed by UiTPAS
    REFUSED = "refused"  # UiTPAS refused it ("Te behandelen")
    CANCELLED = "cancelled"


class HistorySource(enum.Enum):
    """Why the history comes from where it comes from (the screen says it in words)."""

    PLATFORM = "platform"
    OFFLINE = "offline"  # UiTPAS did not answer
    NO_HOLDER = "no-holder"  # the pass holder is not known to this counter (no id to ask with)
    NO_PLATFORM = "no-platform"  # this counter has no connection configured


@dataclass(frozen=True)
class HistoryLine:
    """One thing that happened with a pass (money in cents, points signed: + earned, - spent)."""

    at: datetime | None
    kind: HistoryKind
    what: str  # the event's or the reward's title
    tariff: str = ""
    amount_cents: int | None = None
    quantity: int = 1
    points: int | None = None
    state: HistoryState = HistoryState.REGISTERED
    #: when UiTPAS registered it, when that is not ``at``: an offline sale made at 07:46 is
    #: registered when it synced, 07:54; ``at`` stays the moment the cashier made it
    synced_at: datetime | None = None


@dataclass(frozen=True)
class PassHistory:
    """A pass holder's history as one source knows it. Not from the platform: only what this
    counter did itself. ``pending``: online, this counter's actions UiTPAS has not confirmed yet
    (shown apart, so nothing is counted twice). ``platform_message`` is UiTPAS's words verbatim."""

    uitpas_number: str
    source: HistorySource
    lines: tuple[HistoryLine, ...]
    pending: tuple[HistoryLine, ...] = ()
    platform_message: str = ""

    @property
    def from_platform(self) -> bool:
        return self.source is HistorySource.PLATFORM


class HistoryPort(Protocol):
    """May block on the network (seconds): the history screen calls it on its own thread."""

    def history(self, uitpas_number: str, passholder_id: str | None) -> PassHistory: ...


@dataclass(frozen=True)
class TodayLine:
    """One thing this counter did today for a pass: a sale (all its tickets), a check-in or a
    reward, with where it stands. ``client_uuid`` names it for a cancellation."""

    client_uuid: str
    at: datetime
    kind: HistoryKind
    title: str
    tariff: str = ""
    amount_cents: int = 0
    count: int = 1
    points: int = 0
    state: HistoryState = HistoryState.PENDING


class TodayPort(Protocol):
    """What this pass did at this counter today (Brussels day), oldest first."""

    def today(self, uitpas_number: str) -> Sequence[TodayLine]: ...

    def last_refund(self) -> int:
        """Cents to give back when the last action is cancelled (0: not a sale)."""
        ...

    def cancel(self, client_uuid: str, *, idempotency_key: str) -> ActionOutcome:
        """Undo one of today's actions (role rules apply; a delivered one is cancelled at
        UiTPAS)."""
        ...


@dataclass(frozen=True)
class PolicyRow:
    """One effective offline-policy value of one organizer and where it comes from.

    ``value`` is typed (bool, int, or a number of ``unit``: "hours", "days", "minutes");
    ``source`` is :meth:`balie.config.Config.source_of`'s answer ("default", "command line",
    "machine:<path>", "user:<path>", "file:<path>")."""

    organizer_id: str
    key: str
    value: bool | int | float
    unit: str
    source: str


@dataclass(frozen=True)
class ReaderRow:
    name: str
    role: str  # "NFC" | "EID" | "AUTO" (looks at the card) | "IGNORED"


@dataclass(frozen=True)
class ReaderSetup:
    """The readers PC/SC sees now and the configured name parts (empty: found automatically)."""

    readers: tuple[ReaderRow, ...]
    nfc: str
    eid: str
    pcsc_running: bool = True


@dataclass(frozen=True)
class Licence:
    package: str
    version: str
    licence: str


@dataclass(frozen=True)
class AboutInfo:
    version: str
    data_dir: str
    store_path: str
    backups_dir: str
    config_files: tuple[str, ...]
    training: bool
    licences: tuple[Licence, ...]


class SettingsInfoPort(Protocol):
    """The settings and about screen's view of the counter. ``readers`` and ``save_readers``
    may block (PC/SC, disk): the screen calls them through a runner."""

    def policy_rows(self) -> Sequence[PolicyRow]: ...

    def readers(self) -> ReaderSetup: ...

    def save_readers(self, nfc: str, eid: str) -> str:
        """Writes [readers] nfc/eid; returns the file written. Raises PermissionError when no
        configuration file may be written."""
        ...

    def about(self) -> AboutInfo: ...


@dataclass(frozen=True)
class RewardOption:
    """One reward for the pass at the counter, judged now: by UiTPAS (redeem-status) when it
    answers, else by the offline policy. ``reason``/``next_step``: Dutch, when not allowed."""

    reward: RewardInfo
    allowed: bool
    provisional: bool
    points_cost: int
    balance_after: int | None = None
    reason: str = ""
    next_step: str = ""


@dataclass(frozen=True)
class OfflineRewardRules:
    """What the organizer's policy lets this counter hand out without UiTPAS."""

    welcome_rewards: bool
    points_rewards: bool
    max_points: int


@dataclass(frozen=True)
class RewardChoice:
    """The rewards screen's content: welcome rewards first, then by points. ``offline`` True:
    UiTPAS did not answer and ``rules`` decided; ``balance`` None: unknown offline."""

    options: tuple[RewardOption, ...]
    balance: int | None
    offline: bool
    rules: OfflineRewardRules
    #: False: UiTPAS's figure, which may or may not hold a check-in or reward of this counter
    #: that reached it during the read (shown "wordt bevestigd", as on the pass panel)
    balance_certain: bool = True
