"""The core's :class:`~balie.counter.Counter` seen through the screens' :class:`CounterPort`.

The counter speaks in decisions (identification, sale decision with offers, refusals, notices);
the screens want one value to paint per identification and one per action. This adapter does that
translation and nothing else: no rule is decided here. It also remembers the one piece of
conversation state the counter leaves to the screen: after an unknown chip offline, the number the
cashier types next is remembered for that chip.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from balie.closing import Closing
from balie.counter import ActionResult, Counter, Identification
from balie.decide import NoticeSource, Offer, RefusalCode, SaleDecision
from balie.decide.points import PointsBalance
from balie.domain import (
    ActionKind,
    EventInfo,
    IdentificationSource,
    PassType,
    PriceCategory,
    Problem,
    RewardInfo,
    RewardType,
    TariffOffer,
    TariffType,
    format_euro,
    utcnow,
)
from balie.link import LinkMode, PlatformLink
from balie.quote import Quote, Quoter, Round, first_answer
from balie.report import DayReport, day_report
from balie.store.differences import PriceDifferenceItem
from balie.store.outbox import OutboxItem
from balie.ui.port import (
    PRICE_DIFFERENCE_KIND,
    ActionOutcome,
    AttentionItem,
    CounterState,
    KnownHolder,
    OfflineRewardRules,
    PassView,
    Refused,
    RewardChoice,
    RewardOption,
)
from balie.wording import count_nl

#: (uitpas_number, chip_number) -> the holder of a refused card, asked to the platform (may block)
HolderLookup = Callable[[str | None, str | None], KnownHolder | None]

#: the platform counts as reachable this long after the last successful contact
ONLINE_WINDOW = timedelta(minutes=2)

#: the reward catalogue is read again from the store after this many seconds
REWARDS_FRESH_SECONDS = 60.0


#: the offline identification's notice that the platform did not answer; while the platform is
#: being asked (a confirming view) that is not true yet, so it is left out
_UNREACHABLE = "UiTPAS is niet bereikbaar"


@dataclass(frozen=True)
class _Handle:
    identification: Identification
    decision: SaleDecision | None
    event: EventInfo | None
    price: PriceCategory | None
    identifier: str = ""
    source: IdentificationSource = IdentificationSource.TYPED
    #: the confirmation's requests, sent at the tap (None: nothing to confirm)
    sent: Round | None = None


def _offer_value(offer: Offer) -> TariffOffer:
    return TariffOffer(offer.tariff_id, offer.name, offer.price_cents, offer.type, offer.remaining)


def _outcome(result: ActionResult, points: int | None = None) -> ActionOutcome:
    if result.done:
        return ActionOutcome(result.message_nl, provisional=result.provisional,
                             points=points)
    problem = result.problem or Problem(
        code=result.refusals[0].code.value if result.refusals else "refused",
        message=result.message_nl, next_step=result.next_step_nl)
    return ActionOutcome(result.message_nl, problem=problem)


def _worth_painting(quote: Quote) -> bool:
    """A local decision worth painting before the platform answers: this counter has seen the
    pass (its holder, its kansenstatuut). A number it never saw waits for the one parallel
    round instead of flashing "holder unknown"."""
    return quote.identification.pass_ is not None


class CounterAdapter:
    """Thread-safe for one worker thread at a time (the Runner serialises calls)."""

    def __init__(self, counter: Counter, *, organizer_id: str | None = None,
                 clock: Callable[[], datetime] = utcnow,
                 holder_lookup: HolderLookup | None = None,
                 link: PlatformLink | None = None) -> None:
        self.counter = counter
        if link is None and hasattr(counter.platform, "mode"):
            link = counter.platform  # type: ignore[assignment]
        self.quoter = Quoter(counter, link)
        self._holder_lookup = holder_lookup
        self.organizer_id = organizer_id or None
        self._clock = clock
        self._pending_chip: str | None = None
        self._offline_at: datetime | None = None  # last identification decided without platform
        self._lock = threading.Lock()
        self._rewards: tuple[float, list[RewardInfo]] | None = None
        #: the events as the screen listed them last (events()): a tap reads its event here
        self._listed: dict[str, EventInfo] = {}

    # -- reference data --------------------------------------------------------------------------
    def events(self) -> Sequence[EventInfo]:
        now = self._clock()
        events = self.counter.store.reference.events(ending_after=now)
        if self.organizer_id:
            events = [e for e in events if e.organizer_id == self.organizer_id]
        self._listed = {e.id: e for e in events}
        return events

    def _rewards_for(self, identification: Identification) -> tuple[RewardInfo, ...]:
        pass_ = identification.pass_
        if pass_ is not None and pass_.pass_type is PassType.GROUP:
            return ()
        system = pass_.card_system.id if pass_ is not None and pass_.card_system else None
        rewards = [r for r in self._all_rewards()
                   if not r.online and (not r.card_system_ids or system in r.card_system_ids)]
        return tuple(sorted(rewards, key=lambda r: (r.type is not RewardType.WELCOME, r.points)))

    def _all_rewards(self) -> list[RewardInfo]:
        """The reward catalogue changes with a reference refresh (hours apart); every tap
        reading it again cost more than the rest of the local decision."""
        now = time.monotonic()
        if self._rewards is None or now - self._rewards[0] > REWARDS_FRESH_SECONDS:
            self._rewards = (now, self.counter.store.reference.rewards())
        return self._rewards[1]

    # -- identification ----------------------------------------------------------------------------
    def identify(self, identifier: str, source: IdentificationSource, *, event_id: str | None,
                 price_label: str | None) -> PassView:
        event, price = self._event_price(event_id, price_label)
        with self._lock:
            # the round's requests leave now; confirm() applies their answer after the paint
            quote, sent = first_answer(self.quoter, identifier, source, event, price,
                                       _worth_painting)
            confirming = sent is not None
            identification = quote.identification
            self._offline_at = (self._clock() if identification.provisional and not confirming
                                else None)
            if identification.ask_printed_number:
                self._pending_chip = identification.chip_number
                first = identification.refusals[0] if identification.refusals else None
                raise Refused(Problem(
                    "ask-printed-number",
                    first.message_nl if first else "Deze kaart is nog niet gekend op deze balie.",
                    first.next_step_nl if first else
                    "Typ het UiTPAS-nummer dat op de kaart gedrukt staat en druk Enter."))
            self._raise_refused(identification, identifier)
            assert identification.uitpas_number is not None
            if self._pending_chip and source in (IdentificationSource.TYPED,
                                                 IdentificationSource.SCANNER):
                self.counter.remember_chip(self._pending_chip, identification.uitpas_number)
                self._pending_chip = None

            def local() -> PassView:
                return self._view(identification, quote.decision, event, price, identifier,
                                  source, confirming=confirming, sent=sent)

            view = None if sent is not None and sent.ready() else local()
        if sent is not None and sent.ready():
            # the platform answered while the local decision was made (a fast link): its
            # answer is what the cashier sees first, one paint instead of two
            confirmed = self._confirmed(identifier, source, event, price, sent)
            if confirmed is not None:
                return confirmed
        return view if view is not None else local()

    def confirm(self, view: PassView) -> PassView | None:
        """Not under the adapter's lock: the next tap must not wait for this round trip. Called
        once the local decision is painted; the requests left at the tap (balie.quote)."""
        handle = self._handle(view)
        return self._confirmed(handle.identifier, handle.source, handle.event, handle.price,
                               handle.sent)

    def painted(self) -> None:
        self.quoter.painted()

    def _confirmed(self, identifier: str, source: IdentificationSource, event: EventInfo | None,
                   price: PriceCategory | None, sent: Round | None) -> PassView | None:
        """The platform's answer as a view (None: it could not be asked; a refusal raises)."""
        quote = self.quoter.confirmed(identifier, source, event, price, sent)
        if quote is None:
            self._offline_at = self._clock()
            return None
        self._offline_at = None
        self._raise_refused(quote.identification, identifier)
        return self._view(quote.identification, quote.decision, event, price, identifier, source,
                          confirming=False)

    def _raise_refused(self, identification: Identification, identifier: str) -> None:
        if identification.uitpas_number is None or identification.refusals and \
                identification.outcome.value == "REFUSED":
            first = identification.refusals[0] if identification.refusals else None
            holder = None
            if identification.pass_ is None and first is not None and \
                    first.code is RefusalCode.PASS_REFUSED_BY_PLATFORM:
                holder = self._known_holder(identifier, identification.chip_number)
            raise Refused(Problem(
                first.code.value if first else "refused",
                first.message_nl if first else "Deze pas kan niet gebruikt worden.",
                first.next_step_nl if first else ""), identification.pass_, holder)

    def _event_price(self, event_id: str | None,
                     price_label: str | None) -> tuple[EventInfo | None, PriceCategory | None]:
        """The chosen event and price; before the screen has its event list (just started), the
        organizer's first event in the store, so the first scan already gets a price."""
        reference = self.counter.store.reference
        # the event the screen shows (listed again after each refresh): reading it from the
        # store cost ~2 ms of ORM work before the confirmation's requests could leave
        event = (self._listed.get(event_id) or reference.event(event_id)) if event_id else None
        if event is None and not event_id:
            events = self.events()
            event = events[0] if events else None
        price = None
        if event is not None:
            price = next((p for p in event.price_categories if p.label == price_label),
                         event.price_categories[0] if event.price_categories else None)
        return event, price

    def _known_holder(self, identifier: str, chip: str | None) -> KnownHolder | None:
        """The holder of a card the platform refuses: from this counter's cache (it may have
        seen the card while it was still valid), else asked to the platform."""
        passes = self.counter.store.passes
        number = passes.number_for_chip(chip) if chip else identifier.strip()
        cached = passes.get(number) if number else None
        if cached is not None:
            return KnownHolder(cached.first_name, cached.uitpas_number)
        if self._holder_lookup is None:
            return None
        try:
            return self._holder_lookup(number if not chip else None, chip)
        except Exception:  # noqa: BLE001 - a bonus for the cashier; the refusal stands anyway
            return None

    def _view(self, identification: Identification, decision: SaleDecision | None,
              event: EventInfo | None, price: PriceCategory | None, identifier: str,
              source: IdentificationSource, *, confirming: bool,
              sent: Round | None = None) -> PassView:
        notices = list(identification.notices) + list(decision.notices if decision else ())
        if confirming:
            notices = [n for n in notices if not n.text_nl.startswith(_UNREACHABLE)]
        platform = tuple(n.text_nl for n in notices if n.source is NoticeSource.PLATFORM)
        notes = [n.text_nl for n in notices if n.source is not NoticeSource.PLATFORM]
        if decision is not None:
            notes += [r.message_nl for r in decision.refusals]
        offers = tuple(_offer_value(o) for o in decision.offers) if decision else ()
        assert identification.uitpas_number is not None
        pass_ = identification.pass_
        balance = self._balance(identification)
        if pass_ is not None and balance is not None:
            pass_ = dataclasses.replace(pass_, points=balance.points)
        return PassView(
            uitpas_number=identification.uitpas_number,
            pass_=pass_,
            offers=offers,
            provisional=identification.provisional or bool(decision and decision.provisional),
            notes=tuple(dict.fromkeys(notes)),
            platform_messages=tuple(dict.fromkeys(platform)),
            rewards=self._rewards_for(identification),
            can_check_in=not (pass_ is not None and pass_.pass_type is PassType.GROUP),
            identified_at=self._clock(),
            confirming=confirming,
            price_uncertain=bool(decision and decision.price_uncertain),
            points_certain=balance is None or balance.certain,
            handle=_Handle(identification, decision, event, price, identifier, source, sent),
        )

    def _balance(self, identification: Identification) -> PointsBalance | None:
        """The balance the counter goes by (as the reward decision does): the platform's last
        balance plus this counter's changes it surely does not hold yet. Re-read after each check-in
        or redemption, so the screen shows the points the holder has now."""
        pass_ = identification.pass_
        if pass_ is None or pass_.pass_type is PassType.GROUP:
            return None
        return self.counter.points_balance(identification)

    def _points(self, identification: Identification) -> int | None:
        balance = self._balance(identification)
        return balance.points if balance is not None else None

    # -- actions -----------------------------------------------------------------------------------
    @staticmethod
    def _handle(view: PassView) -> _Handle:
        assert isinstance(view.handle, _Handle), "a PassView from this adapter"
        return view.handle

    def sell(self, view: PassView, offer: TariffOffer, *, event_id: str, price_label: str,
             quantity: int, idempotency_key: str) -> ActionOutcome:
        handle = self._handle(view)
        if handle.decision is None or handle.event is None or handle.price is None:
            return ActionOutcome("", Problem("no-event", "Kies eerst een activiteit en een prijs.",
                                             "Druk F6 en kies de activiteit."))
        chosen = handle.decision.offer(offer.id)
        if chosen is None:
            return ActionOutcome("", Problem("offer-gone", "Dit tarief is niet meer beschikbaar.",
                                             "Tik of scan de pas opnieuw."))
        return _outcome(self.counter.sell(handle.identification, handle.event, handle.price,
                                          chosen, quantity, action_key=idempotency_key))

    def check_in(self, view: PassView, *, event_id: str, idempotency_key: str) -> ActionOutcome:
        handle = self._handle(view)
        result = self.counter.check_in(handle.identification, handle.event or event_id,
                                       action_key=idempotency_key)
        return _outcome(result, self._points(handle.identification) if result.done else None)

    def reward_options(self, view: PassView) -> RewardChoice:
        """Every reward of this pass judged the way a redemption would be (redeem-status online,
        the offline policy otherwise), so the screen can say per reward whether and why."""
        handle = self._handle(view)
        options: list[RewardOption] = []
        offline = False
        held = self._balance(handle.identification)
        balance = held.points if held is not None else None
        for reward in view.rewards:
            decision = self.counter.reward_decision(handle.identification, reward)
            if decision is None:
                continue
            offline = offline or decision.provisional
            if decision.balance is not None:
                balance = decision.balance
            first = decision.refusals[0] if decision.refusals else None
            options.append(RewardOption(
                reward, decision.allowed, decision.provisional, decision.points_cost,
                decision.balance_after, first.message_nl if first else "",
                first.next_step_nl if first else ""))
        policy = self.counter.policies.default  # the policy the reward decision applies
        rules = OfflineRewardRules(policy.offline_welcome_rewards, policy.offline_points_rewards,
                                   policy.offline_reward_max_points)
        return RewardChoice(tuple(options), balance, offline, rules,
                            balance_certain=held is None or held.certain)

    def redeem_reward(self, view: PassView, reward: RewardInfo, *,
                      idempotency_key: str) -> ActionOutcome:
        handle = self._handle(view)
        result = self.counter.redeem_reward(handle.identification, reward,
                                            action_key=idempotency_key)
        return _outcome(result, self._points(handle.identification) if result.done else None)

    def cancel_last(self, *, idempotency_key: str) -> ActionOutcome:
        return _outcome(self.counter.cancel_last(action_key=idempotency_key))

    def describe_last(self) -> str | None:
        last = self.counter.store.records.last_action()
        return last.summary if last is not None else None

    # -- status ------------------------------------------------------------------------------------
    def state(self) -> CounterState:
        stats = self.counter.queue_stats()
        contact = stats.last_successful_contact
        decided_offline = self._offline_at is not None and (
            contact is None or self._offline_at >= contact)
        online = (contact is not None and self._clock() - contact <= ONLINE_WINDOW
                  and not decided_offline)
        local = self.quoter.mode() is LinkMode.LOCAL
        return CounterState(online=online and not local, queue_length=stats.length,
                            last_sync=contact,
                            needs_attention=stats.needs_attention
                            + len(self.counter.store.price_differences.open_items()),
                            decided_offline=decided_offline,
                            oldest_pending_at=stats.oldest_pending_at, link_local=local)


    # -- "Te behandelen" ---------------------------------------------------------------------------
    def attention_items(self) -> Sequence[AttentionItem]:
        store = self.counter.store
        return [self._attention_item(item) for item in store.outbox.needs_attention()] + [
            _difference_item(d) for d in store.price_differences.open_items()]

    def _attention_item(self, item: OutboxItem) -> AttentionItem:
        from sqlalchemy import select

        from balie.store.models import Checkin, RewardRedemption

        payload = item.payload
        event_id = payload.get("eventId")
        event_name = tariff_name = summary = ""
        amount: int | None = None
        kansen = False
        store = self.counter.store
        if item.kind is ActionKind.TICKET_SALE:
            sales = store.records.ticket_sales(item.client_uuid)
            if sales:
                event_name, tariff_name = sales[0].event_name, sales[0].tariff_name
                amount = sum(sale.price_cents for sale in sales)
                kansen = sales[0].tariff_type == TariffType.SOCIALTARIFF.value
                summary = f"{count_nl(len(sales), 'ticket', 'tickets')} {tariff_name} voor " \
                    f"{event_name}"
        elif item.kind is ActionKind.CHECKIN:
            with store.read() as s:
                row = s.scalar(select(Checkin).where(Checkin.client_uuid == item.client_uuid))
                if row is not None:
                    event_name = row.event_name
                    summary = f"Check-in voor {event_name}"
        elif item.kind is ActionKind.REWARD_REDEEM:
            with store.read() as s:
                red = s.scalar(select(RewardRedemption)
                               .where(RewardRedemption.client_uuid == item.client_uuid))
                if red is not None:
                    summary = f"Voordeel {red.reward_title}"
        if not event_name and event_id:
            event = store.reference.event(str(event_id))
            event_name = event.name if event is not None else str(event_id)
        eum = item.end_user_message
        return AttentionItem(
            client_uuid=item.client_uuid, kind=item.kind.value, summary=summary or item.kind.value,
            uitpas_number=str(payload.get("uitpasNumber") or ""),
            event_id=str(event_id) if event_id else None, event_name=event_name,
            tariff_name=tariff_name, amount_cents=amount,
            quantity=int(payload.get("quantity") or 1),
            price_label=payload.get("regularPriceLabel"), created_at=item.created_at,
            operator_name=item.operator_name, platform_message=eum.nl if eum else "",
            detail=item.problem_detail or item.last_error or "", kansentarief_refused=kansen)

    def resend(self, client_uuid: str, note: str, *, event_id: str | None = None,
               price_label: str | None = None, quantity: int | None = None) -> bool:
        """Corrections change what is sent; the local record keeps what was sold at the counter
        (the audit note says what changed)."""
        item = self.counter.store.outbox.get(client_uuid)
        if item is None:
            return False
        payload = dict(item.payload)
        changes: list[str] = []
        if event_id and event_id != payload.get("eventId"):
            payload["eventId"] = event_id
            changes.append(f"event {event_id}")
        event = self.counter.store.reference.event(str(payload.get("eventId") or ""))
        if price_label and price_label != payload.get("regularPriceLabel") and event is not None:
            category = next((p for p in event.price_categories if p.label == price_label), None)
            if category is not None:
                payload["regularPriceLabel"] = category.label
                payload["regularPriceCents"] = category.price
                changes.append(f"price {category.label}")
        if quantity and item.kind is ActionKind.TICKET_SALE and quantity != payload.get("quantity"):
            payload["quantity"] = quantity
            changes.append(f"quantity {quantity}")
        text = note + (f" [{', '.join(changes)}]" if changes else "")
        return self.counter.store.outbox.resend(client_uuid, self.counter.operator, text,
                                                self._clock(),
                                                payload=payload if changes else None)

    def cancel_entry(self, client_uuid: str, note: str) -> bool:
        return self.counter.store.outbox.cancel(client_uuid, self.counter.operator, note,
                                                self._clock())

    def mark_handled(self, client_uuid: str, note: str) -> bool:
        if client_uuid.startswith(_DIFFERENCE_PREFIX):  # the money was given back or collected
            return self.counter.store.price_differences.settle(
                int(client_uuid[len(_DIFFERENCE_PREFIX):]), self.counter.operator, note,
                self._clock())
        return self.counter.store.outbox.handle(client_uuid, self.counter.operator, note,
                                                self._clock())

    # -- day report --------------------------------------------------------------------------------
    def day_report(self, day: date) -> DayReport:
        return day_report(self.counter.store, day, training=self.counter.training)

    def close_drawer(self, day: date, counted_cents: int, opening_float_cents: int
                     ) -> Closing | Problem:
        """The signed-in operator closes their own drawer (balie.closing)."""
        from balie.closing import close_day
        from balie.store import StoreError

        operator = self.counter.operator
        try:
            return close_day(self.counter.store, day, operator, counted_cents,
                             closed_by=operator, now=self._clock(),
                             opening_float_cents=opening_float_cents,
                             training=self.counter.training)
        except (StoreError, ValueError) as exc:
            problem = getattr(exc, "problem", None)
            return problem if isinstance(problem, Problem) else Problem(
                "closing-refused", str(exc), "Verbeter het bedrag.")


_DIFFERENCE_PREFIX = "prijsverschil:"


def _difference_item(d: PriceDifferenceItem) -> AttentionItem:
    """A price difference found after sync, as a "Te behandelen" row: give back or collect."""
    what = (f"{format_euro(d.give_back_cents)} terug te geven" if d.give_back_cents
            else f"{format_euro(d.collect_cents)} bij te vragen")
    return AttentionItem(
        client_uuid=f"{_DIFFERENCE_PREFIX}{d.id}", kind=PRICE_DIFFERENCE_KIND,
        summary=f"Prijsverschil {d.event_name}: {what}", uitpas_number=d.uitpas_number,
        event_id=None, event_name=d.event_name, tariff_name=d.tariff_name,
        amount_cents=d.give_back_cents or d.collect_cents, quantity=d.tickets, price_label=None,
        created_at=d.sold_at, operator_name="", platform_message=d.message_nl, detail="",
        kansentarief_refused=False)
