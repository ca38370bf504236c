"""The counter's use cases, in the cashier's words: identify, see offers, sell, check in, redeem,
undo the last action, register a pass holder.

A screen calls these and shows what comes back; it never talks to the store, the platform or the
decision core itself. Each use case gathers facts (live from the platform through
:class:`~balie.ports.PlatformPort` when it answers, else from the store), lets :mod:`balie.decide`
decide, and writes through the store's one-transaction records + outbox. Nothing here raises for a
business reason: a refusal or a failed write comes back as a value with a Dutch message.

Double submission: every writing use case takes an ``action_key``, a UUID the screen made when it
showed its confirm button. It becomes the outbox entry's client UUID, so a second press (or a retry
after a hang) finds the first entry instead of selling twice.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from balie.decide import (
    CheckinDecision,
    CheckinFacts,
    IdentificationDecision,
    IdentificationFacts,
    IdentificationOutcome,
    Notice,
    Offer,
    OfflinePolicy,
    OrganizerPolicies,
    Refusal,
    RefusalCode,
    RewardDecision,
    RewardFacts,
    SaleDecision,
    SaleFacts,
    SocialListHit,
    TariffsSeen,
    decide_checkin,
    decide_identification,
    decide_reward,
    decide_sale,
    parse_identifier,
    period_start,
    regular_offer,
)
from balie.decide.points import PointsBalance, ReadWindow, balance_after_read
from balie.decide.sale import INDIVIDUAL_PER_SALE
from balie.decide.sale_reasons import limit_reached, queued_used_up
from balie.domain import (
    ActionKind,
    Cents,
    EventInfo,
    IdentificationSource,
    IdentifierKind,
    Operator,
    PassSnapshot,
    PassType,
    PriceCategory,
    Problem,
    RewardInfo,
    TariffType,
    new_client_uuid,
    today_in_brussels,
    utcnow,
)
from balie.operators import Permission, Roles, refusal
from balie.ports import PlatformPort, PlatformRefusal, PlatformUnavailable, TariffAnswer
from balie.store import Store, StoreError
from balie.store.facts import sale_inputs
from balie.store.outbox import OutboxItem, QueueStats
from balie.store.records import (
    DayTotals,
    LastAction,
    NewCheckin,
    NewRedemption,
    NewTicketSale,
)
from balie.wording import count_nl


@dataclass(frozen=True)
class Identification:
    """Who is at the counter, as the screens use it (wraps the decision with its input)."""

    decision: IdentificationDecision
    source: IdentificationSource

    @property
    def outcome(self) -> IdentificationOutcome:
        return self.decision.outcome

    @property
    def uitpas_number(self) -> str | None:
        return self.decision.uitpas_number

    @property
    def pass_(self) -> PassSnapshot | None:
        return self.decision.pass_

    @property
    def provisional(self) -> bool:
        return self.decision.provisional

    @property
    def ask_printed_number(self) -> bool:
        return self.decision.outcome is IdentificationOutcome.ASK_PRINTED_NUMBER

    @property
    def chip_number(self) -> str | None:
        return self.decision.chip_number

    @property
    def notices(self) -> tuple[Notice, ...]:
        return self.decision.notices

    @property
    def refusals(self) -> tuple[Refusal, ...]:
        return self.decision.refusals


@dataclass(frozen=True)
class PassLookup:
    """The platform's answer to ``GET /passes``: the pass, or its refusal; neither when it could
    not be asked (then the counter decides from its store)."""

    pass_: PassSnapshot | None = None
    problem: Problem | None = None

    @property
    def answered(self) -> bool:
        return self.pass_ is not None or self.problem is not None


@dataclass(frozen=True)
class TariffsLookup:
    """The platform's answer to ``GET /tariffs``; neither field set: it could not be asked."""

    answer: TariffAnswer | None = None
    problem: Problem | None = None

    @property
    def answered(self) -> bool:
        return self.answer is not None or self.problem is not None


@dataclass(frozen=True)
class ActionResult:
    """Outcome of a writing use case. ``done``: on disk with its outbox entry, the screen may say
    so. Otherwise ``message_nl`` / ``next_step_nl`` say why not and what to do."""

    done: bool
    message_nl: str
    client_uuid: str | None = None
    next_step_nl: str = ""
    provisional: bool = False
    duplicate: bool = False
    refusals: tuple[Refusal, ...] = ()
    notices: tuple[Notice, ...] = ()
    problem: Problem | None = None


def _too_many(offer: Offer, quantity: int, group: bool) -> ActionResult | None:
    """More tickets than one sale may hold at this tariff: refused before anything is queued (the
    platform refuses the whole sale, and offline that would be found only at sync)."""
    if offer.remaining is None or quantity <= offer.remaining:
        return None
    if not group and offer.remaining == INDIVIDUAL_PER_SALE:
        return ActionResult(
            False, "Aan dit tarief kan deze pashouder maar 1 ticket per aankoop kopen.",
            next_step_nl="Zet het aantal op 1. Een volgend ticket is een nieuwe verkoop.")
    return ActionResult(
        False, "Aan dit tarief kan deze pas nu nog maar "
        f"{count_nl(offer.remaining, 'ticket', 'tickets')} kopen.",
        next_step_nl="Verlaag het aantal tickets.")


def _failed(problem: Problem) -> ActionResult:
    return ActionResult(False, problem.message, next_step_nl=problem.next_step, problem=problem)


def _refused(refusals: tuple[Refusal, ...], notices: tuple[Notice, ...] = ()) -> ActionResult:
    if not refusals:
        return ActionResult(False, "Dit kan niet voor deze pas.",
                            next_step_nl="Vraag de verantwoordelijke.", notices=notices)
    first = refusals[0]
    return ActionResult(False, first.message_nl, next_step_nl=first.next_step_nl,
                        refusals=refusals, notices=notices)


_NOT_IDENTIFIED = Problem(
    code="not-identified",
    message="Er is nog geen UiTPAS gekend voor deze klant.",
    next_step="Scan de kaart of typ het nummer dat op de kaart gedrukt staat.",
)


#: how often a live answer updates the store's "last successful contact"
CONTACT_EVERY = timedelta(seconds=10)

#: Where a live answer's cache writes go when they must not hold up the answer: a function that
#: takes the write and runs it soon, in the order given (balie.quote's writer thread). Each write
#: is a transaction with its fsync, ~8 ms measured, on the path from the tap to the confirmed
#: price otherwise. The store keeps the newest answer whatever the order writes land in.
Later = Callable[[Callable[[], None]], None]


def _check_key(action_key: str) -> str:
    return str(uuid.UUID(action_key))


class Counter:
    """One counter (device) with the operator currently signed in.

    ``platform`` None means offline-only (training without platform, tests, or no credentials)."""

    def __init__(self, store: Store, platform: PlatformPort | None,
                 policy: OrganizerPolicies | OfflinePolicy, operator: Operator, *,
                 clock: Callable[[], datetime] = utcnow, training: bool = False,
                 roles: Roles | None = None, organizer_id: str | None = None) -> None:
        self.store = store
        #: the organizer this counter sells for: its policy applies where the action names no
        #: event (identification, rewards)
        self.organizer_id = organizer_id
        self.platform = platform
        self.policies = policy if isinstance(policy, OrganizerPolicies) else OrganizerPolicies(policy)
        self.operator = operator
        self.clock = clock
        self.training = training
        #: who may do what (balie.operators); None = no role checks (tests, single-user training)
        self.roles = roles
        self._contact_at: datetime | None = None

    def _own_policy(self) -> OfflinePolicy:
        if self.organizer_id is None:
            return self.policies.default
        return self.policies.for_organizer(self.organizer_id)

    def switch_operator(self, operator: Operator) -> None:
        self.operator = operator

    def _forbidden(self, permission: Permission) -> ActionResult | None:
        if self.roles is None:
            return None
        problem = refusal(self.operator, permission, self.roles)
        return _failed(problem) if problem is not None else None

    # -- identify ----------------------------------------------------------------------------------

    def ask_pass(self, identifier: str | bytes) -> PassLookup:
        """``GET /passes`` for this identifier: the platform's pass or its refusal, or an empty
        :class:`PassLookup` when it could not be asked (no platform, offline, too slow)."""
        parsed = parse_identifier(identifier)
        if parsed.kind is None or self.platform is None:
            return PassLookup()
        try:
            return PassLookup(pass_=self.platform.lookup_pass(parsed.value))
        except PlatformRefusal as refusal:
            return PassLookup(problem=refusal.problem)
        except PlatformUnavailable:
            return PassLookup()

    def identify(self, identifier: str | bytes, source: IdentificationSource, *,
                 live: bool = True, lookup: PassLookup | None = None,
                 later: Later | None = None, known: str | None = None) -> Identification:
        """Who is this. ``live`` False decides from the store alone, in the same few
        milliseconds as offline (the screen paints that at once and confirms it in the
        background); ``lookup`` is a ``GET /passes`` answer already asked (the confirmation asks
        it in parallel with ``GET /tariffs``); ``later``: where the answer's cache writes go
        (None: written before this returns; see :data:`Later`); ``known``: the number
        :meth:`known_number` just read for this identifier (None: read it here)."""
        now = self.clock()
        parsed = parse_identifier(identifier)
        policy = self._own_policy()
        if lookup is None:
            lookup = self.ask_pass(identifier) if live else PassLookup()
        platform_pass, platform_problem = lookup.pass_, lookup.problem
        online = lookup.answered
        chip = parsed.value if parsed.kind is IdentifierKind.CHIP_NUMBER else None
        if platform_pass is not None and chip is not None:
            platform_pass = dataclasses.replace(platform_pass, chip_number=chip)
        cached: PassSnapshot | None = None
        chip_number_known: str | None = None
        if not online and parsed.kind is not None:
            if chip is not None:
                chip_number_known = known or self.store.passes.number_for_chip(chip)
                if chip_number_known:
                    cached = self.store.passes.get(chip_number_known)
            elif parsed.kind is IdentifierKind.UITPAS_NUMBER:
                cached = self.store.passes.get(parsed.value)
        decision = decide_identification(IdentificationFacts(
            now=now, parsed=parsed, source=source, online=online, platform_pass=platform_pass,
            platform_problem=platform_problem, cached_pass=cached,
            chip_uitpas_number=chip_number_known, policy=policy))
        if platform_pass is not None:  # with its chip: the decision's learn_chip is that pair
            self._cache(lambda: self.store.passes.remember(platform_pass, now), later)
            self._contact(now, later)
        learn = decision.learn_chip
        if learn is not None and (platform_pass is None
                                  or learn != (platform_pass.chip_number, platform_pass.uitpas_number)):
            chip_, number = learn
            self._cache(lambda: self.store.passes.remember_chip(chip_, number, now,
                                                               source="LOOKUP"), later)
        return Identification(decision, source)

    def known_number(self, identifier: str | bytes) -> str | None:
        """The UiTPAS number behind an identifier without asking the platform: the number itself,
        or the number this counter remembered for a chip. Lets ``GET /tariffs`` (which needs the
        number) leave at the same time as ``GET /passes``."""
        parsed = parse_identifier(identifier)
        if parsed.kind is IdentifierKind.UITPAS_NUMBER and parsed.refusal is None:
            return parsed.value
        if parsed.kind is IdentifierKind.CHIP_NUMBER:
            return self.store.passes.number_for_chip(parsed.value)
        return None

    def remember_chip(self, chip_number: str, uitpas_number: str) -> None:
        """The cashier typed the printed number after an 'unknown chip' question."""
        self.store.passes.remember_chip(chip_number, uitpas_number, self.clock(), source="TYPED")

    def _contact(self, now: datetime, later: Later | None = None) -> None:
        """The platform answered: the status bar's "last contact". Written at most every
        :data:`CONTACT_EVERY` (a write with fsync per tap would cost more than the tap)."""
        if self._contact_at is not None and timedelta(0) <= now - self._contact_at < CONTACT_EVERY:
            return
        self._contact_at = now
        self._cache(lambda: self.store.outbox.record_contact(now), later)

    @classmethod
    def _cache(cls, write: Callable[[], None], later: Later | None) -> None:
        """A platform answer kept for offline use: now, or handed to ``later``."""
        if later is None:
            cls._quietly(write)
        else:
            later(lambda: cls._quietly(write))

    @staticmethod
    def _quietly(write: Callable[[], None]) -> None:
        """Caching is a bonus: a failed cache write must not stop the customer being served."""
        try:
            write()
        except StoreError:
            pass

    # -- tariffs and sale ----------------------------------------------------------------------

    def _event(self, event: EventInfo | str) -> EventInfo | None:
        return event if isinstance(event, EventInfo) else self.store.reference.event(event)

    def ask_tariffs(self, event: EventInfo | str, price: PriceCategory,
                    uitpas_number: str, *, later: Later | None = None) -> TariffsLookup:
        """``GET /tariffs`` for this pass, event and price (the answer is cached for offline
        use, stamped with the moment it was asked; ``later`` as in :meth:`identify`), or an
        empty :class:`TariffsLookup` when the platform could not be asked."""
        info = self._event(event)
        if info is None or self.platform is None:
            return TariffsLookup()
        now = self.clock()
        try:
            answer = self.platform.tariffs(event_id=info.id, regular_price=price.price,
                                           uitpas_number=uitpas_number)
        except PlatformRefusal as refusal:
            return TariffsLookup(problem=refusal.problem)
        except PlatformUnavailable:
            return TariffsLookup()
        self._cache(lambda: self.store.reference.save_pass_tariffs(
            uitpas_number, info.id, price.price, answer.offers, answer.end_user_message, now),
            later)
        return TariffsLookup(answer=answer)

    def offers_for(self, identification: Identification, event: EventInfo | str,
                   price: PriceCategory, *, supervisor_override: bool = False,
                   live: bool = True, lookup: TariffsLookup | None = None) -> SaleDecision:
        """``supervisor_override`` only counts for a role with OFFLINE_OVERRIDE. ``live`` False
        decides from the store alone; ``lookup`` is a ``GET /tariffs`` answer already asked."""
        now = self.clock()
        if self.roles is not None and not self.roles.allows(self.operator.role,
                                                            Permission.OFFLINE_OVERRIDE):
            supervisor_override = False
        info = self._event(event)
        number = identification.uitpas_number
        if info is None or number is None:
            refusals = identification.refusals if number is None else ()
            if not refusals:
                refusals = (Refusal(RefusalCode.NO_CACHED_TARIFF,
                                    "Deze activiteit is niet gekend op deze balie.",
                                    "Vernieuw de lijst met activiteiten of kies een andere."),)
            return SaleDecision((regular_offer(price.label, price.price),), refusals, (),
                                provisional=True, online=False)
        policy = self.policies.for_organizer(info.organizer_id)
        if lookup is None:
            lookup = self.ask_tariffs(info, price, number) if live else TariffsLookup()
        facts = self._sale_facts(now, policy, info, price, number, identification.pass_,
                                 supervisor_override)
        facts = dataclasses.replace(facts, online_answer=lookup.answer,
                                    online_problem=lookup.problem)
        return decide_sale(facts)

    def _sale_facts(self, now: datetime, policy: OfflinePolicy, event: EventInfo,
                    price: PriceCategory, number: str, pass_: PassSnapshot | None,
                    override: bool) -> SaleFacts:
        period_from = (period_start(event.ticket_limit_period, now)
                       if event.ticket_limit_period else None)
        limited = event.ticket_limit_volume is not None  # only then the period's count matters
        inputs = sale_inputs(self.store, number, event.id, price.price,
                             counts_from=period_from if limited else None,
                             whole_event=limited and period_from is None,
                             organizer_id=event.organizer_id)
        static, last, sales = inputs.static_tariffs, inputs.last_tariffs, inputs.sales
        hits = {h.card_system_id: h for h in inputs.hits}
        lists = tuple(
            SocialListHit(info.card_system_id, info.fetched_at, info.card_system_id in hits,
                          hits[info.card_system_id].card_type if info.card_system_id in hits
                          else None,
                          hits[info.card_system_id].available_tickets
                          if info.card_system_id in hits else None)
            for info in inputs.lists)
        of_event = [x for x in sales if x.event_id == event.id]
        in_period = [x for x in of_event if period_from is None or x.sold_at >= period_from]
        after_last = [x for x in of_event if last is not None and x.sold_at > last.fetched_at]
        queued = [x for x in sales if x.queued]
        return SaleFacts(
            now=now, policy=policy, event=event, price=price, uitpas_number=number, pass_=pass_,
            static_tariffs=TariffsSeen(static.offers, static.fetched_at, static.end_user_message)
            if static else None,
            last_tariffs=TariffsSeen(last.offers, last.fetched_at, last.end_user_message)
            if last else None,
            social_lists=lists,
            local_sales_in_period=len(in_period),
            sales_since_last_tariffs=len(after_last),
            unsynced_social_sales=sum(1 for x in sales if not x.confirmed
                                      and x.tariff_type is TariffType.SOCIALTARIFF),
            coupons_used_since_last_tariffs=tuple(x.tariff_id for x in after_last
                                                  if x.tariff_type is TariffType.COUPON),
            supervisor_override=override,
            organizer_card_system_ids=inputs.organizer_card_system_ids,
            queued_sales_in_period=sum(1 for x in in_period if x.queued),
            queued_coupon_ids=tuple(x.tariff_id for x in queued
                                    if x.tariff_type is TariffType.COUPON),
        )

    def sell(self, identification: Identification, event: EventInfo | str, price: PriceCategory,
             offer: Offer, quantity: int, *, action_key: str) -> ActionResult:
        """Record a UiTPAS-tariff sale (and queue it). The regular price is never registered."""
        if (forbidden := self._forbidden(Permission.SELL)) is not None:
            return forbidden
        if identification.uitpas_number is None:
            return _failed(_NOT_IDENTIFIED)
        info = self._event(event)
        if info is None:
            return _failed(Problem("unknown-event", "Deze activiteit is niet gekend op deze balie.",
                                   "Vernieuw de lijst met activiteiten of kies een andere."))
        if offer.type is TariffType.REGULAR:
            return ActionResult(False, "Gewoon tarief: er valt niets te registreren bij UiTPAS.",
                                next_step_nl="Reken het gewone tarief af zoals altijd.")
        if quantity < 1:
            return ActionResult(False, "Er is geen ticket gekozen.",
                                next_step_nl="Kies minstens 1 ticket.")
        pass_ = identification.pass_
        group = pass_ is not None and pass_.pass_type is PassType.GROUP
        if (too_many := _too_many(offer, quantity, group)) is not None:
            return too_many
        if not group and self.store.outbox.get(_check_key(action_key)) is None:
            spent = self._sold_since(info, identification.uitpas_number, price, offer, quantity)
            if spent is not None:
                return ActionResult(False, spent.message_nl, next_step_nl=spent.next_step_nl,
                                    refusals=(spent,))
        sale = NewTicketSale(
            event_id=info.id, event_name=info.name, uitpas_number=identification.uitpas_number,
            passholder_id=pass_.passholder_id if pass_ else None,
            regular_price_cents=price.price, regular_price_label=price.label,
            tariff_id=offer.tariff_id, tariff_name=offer.name, tariff_type=offer.type,
            price_cents=offer.price_cents, quantity=quantity, provisional=offer.provisional)
        try:
            rec = self.store.records.ticket_sale(sale, self.operator, self.clock(),
                                                 client_uuid=_check_key(action_key),
                                                 training=self.training)
        except StoreError as exc:
            return _failed(exc.problem)
        message = (f"{count_nl(quantity, 'ticket', 'tickets')} aan {offer.name} bewaard" +
                   (" (voorlopig)." if offer.provisional else "."))
        return ActionResult(True, message, rec.client_uuid, provisional=offer.provisional,
                            duplicate=rec.duplicate)

    def _sold_since(self, event: EventInfo, number: str, price: PriceCategory, offer: Offer,
                    quantity: int) -> Refusal | None:
        """What this counter sold to this pass since the decision on screen was made (a second
        F2 on the same tap reuses it), read once: past the event's limit
        (``passholderTicketLimit``, counted on this counter, queued sales included), or a coupon
        still in a sale UiTPAS has not confirmed (often good for one ticket: it waits for the
        sync, as the decision does). Either would be refused by the platform as a whole sale,
        after the drawer took the money."""
        volume = event.ticket_limit_volume
        if volume is None and offer.type is not TariffType.COUPON:
            return None
        period = event.ticket_limit_period
        since = period_start(period, self.clock()) if volume is not None and period else None
        sales = sale_inputs(self.store, number, event.id, price.price, counts_from=since,
                            whole_event=volume is not None and since is None).sales
        if volume is not None:
            used = sum(1 for x in sales if x.event_id == event.id
                       and (since is None or x.sold_at >= since))
            if quantity > max(0, volume - used):
                return limit_reached(offer.type, event)
        if offer.type is TariffType.COUPON and any(
                x.queued and x.tariff_type is TariffType.COUPON and x.tariff_id == offer.tariff_id
                for x in sales):
            return queued_used_up(TariffType.COUPON)
        return None

    # -- check-in and rewards ------------------------------------------------------------------

    def checkin_decision(self, identification: Identification,
                         event: EventInfo | str) -> CheckinDecision | None:
        now = self.clock()
        info = self._event(event)
        number = identification.uitpas_number
        if info is None or number is None:
            return None
        online_answer = online_problem = None
        if self.platform is not None:
            try:
                online_answer = self.platform.checkin_status(event_id=info.id, uitpas_number=number)
            except PlatformRefusal as refusal:
                online_problem = refusal.problem
            except PlatformUnavailable:
                pass
        since = period_start(info.checkin_limit_period, now) if info.checkin_limit_period else None
        local = self.store.records.checkins_since(uitpas_number=number, event_id=info.id,
                                                  since=since)
        return decide_checkin(CheckinFacts(
            now=now, policy=self.policies.for_organizer(info.organizer_id), event=info,
            uitpas_number=number, pass_=identification.pass_, online_answer=online_answer,
            online_problem=online_problem, local_checkins=tuple(local)))

    def check_in(self, identification: Identification, event: EventInfo | str, *,
                 action_key: str) -> ActionResult:
        if (forbidden := self._forbidden(Permission.CHECKIN)) is not None:
            return forbidden
        info = self._event(event)
        if identification.uitpas_number is None or info is None:
            return _failed(_NOT_IDENTIFIED)
        existing = self.store.outbox.get(_check_key(action_key))
        if existing is not None:
            return ActionResult(True, "Check-in was al bewaard.", existing.client_uuid,
                                provisional=existing.provisional, duplicate=True)
        decision = self.checkin_decision(identification, info)
        assert decision is not None
        if not decision.allowed:
            return _refused(decision.refusals, decision.notices)
        pass_ = identification.pass_
        try:
            rec = self.store.records.checkin(
                NewCheckin(info.id, info.name, identification.uitpas_number,
                           pass_.passholder_id if pass_ else None, decision.points,
                           decision.provisional),
                self.operator, self.clock(), client_uuid=_check_key(action_key),
                training=self.training)
        except StoreError as exc:
            return _failed(exc.problem)
        return ActionResult(True, f"Check-in bewaard: {count_nl(decision.points, 'punt', 'punten')}.",
                            rec.client_uuid, provisional=decision.provisional,
                            duplicate=rec.duplicate, notices=decision.notices)

    def reward_decision(self, identification: Identification,
                        reward: RewardInfo | str) -> RewardDecision | None:
        now = self.clock()
        info = reward if isinstance(reward, RewardInfo) else self.store.reference.reward(reward)
        number = identification.uitpas_number
        if info is None or number is None:
            return None
        online_answer = online_problem = None
        if self.platform is not None:
            try:
                online_answer = self.platform.redeem_status(reward_id=info.id, uitpas_number=number)
            except PlatformRefusal as refusal:
                online_problem = refusal.problem
            except PlatformUnavailable:
                pass
        before = self.store.records.redemptions_since(uitpas_number=number, reward_id=info.id,
                                                      since=None)
        return decide_reward(RewardFacts(
            now=now, policy=self._own_policy(), reward=info, uitpas_number=number,
            pass_=identification.pass_,
            **self._points_facts(identification),
            redeemed_before=len(before), online_answer=online_answer,
            online_problem=online_problem))

    def points_balance(self, identification: Identification) -> PointsBalance | None:
        """The balance the counter goes by (screen, F4, the offline reward rule): the platform's
        last figure plus this counter's changes it surely does not hold yet, never one it may
        already hold (balie.decide.points). None: not a pass with points, or no balance known."""
        pass_, number = identification.pass_, identification.uitpas_number
        if pass_ is None or number is None:
            return None
        read = ReadWindow(pass_.read_started_at or pass_.fetched_at, pass_.fetched_at)
        return balance_after_read(pass_.points, read, self.store.records.points_changes(
            number, confirmed_after=read.started))

    def _points_facts(self, identification: Identification) -> dict[str, int]:
        balance = self.points_balance(identification)
        if balance is None or identification.pass_ is None:
            return {}
        return {"local_points_delta": balance.points - identification.pass_.points,
                "points_in_doubt": balance.points - balance.lowest}

    def redeem_reward(self, identification: Identification, reward: RewardInfo | str, *,
                      action_key: str) -> ActionResult:
        if (forbidden := self._forbidden(Permission.REDEEM)) is not None:
            return forbidden
        info = reward if isinstance(reward, RewardInfo) else self.store.reference.reward(reward)
        if identification.uitpas_number is None or info is None:
            return _failed(_NOT_IDENTIFIED)
        existing = self.store.outbox.get(_check_key(action_key))
        if existing is not None:
            return ActionResult(True, "Voordeel was al bewaard.", existing.client_uuid,
                                provisional=existing.provisional, duplicate=True)
        decision = self.reward_decision(identification, info)
        assert decision is not None
        if not decision.allowed:
            return _refused(decision.refusals, decision.notices)
        pass_ = identification.pass_
        try:
            rec = self.store.records.redemption(
                NewRedemption(info.id, info.title, decision.points_cost,
                              identification.uitpas_number,
                              pass_.passholder_id if pass_ else None, decision.provisional),
                self.operator, self.clock(), client_uuid=_check_key(action_key),
                training=self.training)
        except StoreError as exc:
            return _failed(exc.problem)
        return ActionResult(True, f"Voordeel '{info.title}' bewaard.", rec.client_uuid,
                            provisional=decision.provisional, duplicate=rec.duplicate,
                            notices=decision.notices)

    # -- undo and registration ---------------------------------------------------------------

    def cancel_last(self, *, action_key: str, note: str = "") -> ActionResult:
        """Undo this counter's newest sale, check-in or redemption."""
        last = self.store.records.last_action()
        if last is None:
            return ActionResult(False, "Er is geen actie om te annuleren.")
        return self._cancel(last, action_key=action_key, note=note)

    def cancel(self, client_uuid: str, *, action_key: str, note: str = "") -> ActionResult:
        """Undo one sale, check-in or redemption of this counter, not only the newest (the
        counter screen's "Deze klant vandaag"); the same role rules as :meth:`cancel_last`."""
        found = self.store.records.action(client_uuid)
        if found is None:
            return ActionResult(False, "Deze actie is al geannuleerd of niet te annuleren.")
        return self._cancel(found, action_key=action_key, note=note)

    def _cancel(self, last: LastAction, *, action_key: str, note: str) -> ActionResult:
        if self.roles is not None and not self.roles.may_cancel(self.operator.role,
                                                                last.created_at, self.clock()):
            late = self._forbidden(Permission.CANCEL_LATE)
            if late is not None:
                return late
        try:
            out = self.store.records.cancel(last.client_uuid, self.operator, self.clock(),
                                            client_uuid=_check_key(action_key), note=note)
        except StoreError as exc:
            return _failed(exc.problem)
        if out.withdrawn:
            return ActionResult(True, f"Geannuleerd: {last.summary} (nog niet doorgestuurd).",
                                last.client_uuid)
        return ActionResult(True, f"Geannuleerd: {last.summary}. De annulering wordt "
                                  "doorgestuurd naar UiTPAS.", out.cancel_uuid)

    def register_passholder(self, payload: Mapping[str, Any], *, uitpas_number: str,
                            card_system_id: int | None, price_cents: Cents,
                            action_key: str) -> ActionResult:
        """Queue a new pass holder (the payload is the registration as the sync client sends it)."""
        if (forbidden := self._forbidden(Permission.REGISTER_PASSHOLDER)) is not None:
            return forbidden
        try:
            rec = self.store.records.passholder_change(
                ActionKind.PASSHOLDER_REGISTER, payload, self.operator, self.clock(),
                client_uuid=_check_key(action_key), uitpas_number=uitpas_number,
                card_system_id=card_system_id, price_cents=price_cents, training=self.training)
        except StoreError as exc:
            return _failed(exc.problem)
        return ActionResult(True, "Registratie bewaard; ze wordt doorgestuurd naar UiTPAS.",
                            rec.client_uuid, provisional=True, duplicate=rec.duplicate)

    # -- read models ---------------------------------------------------------------------------

    def day_totals(self, day: date | None = None) -> DayTotals:
        return self.store.records.day_totals(day or today_in_brussels(self.clock()),
                                             training=self.training)

    def queue_stats(self) -> QueueStats:
        return self.store.outbox.stats()

    def needs_attention(self) -> list[OutboxItem]:
        return self.store.outbox.needs_attention()


def new_action_key() -> str:
    """What a screen calls when it shows a confirm button: time-ordered (the store's indexes on
    client UUIDs stay in time order, :func:`balie.domain.new_client_uuid`)."""
    return new_client_uuid()
