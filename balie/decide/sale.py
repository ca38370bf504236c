"""Which tariffs the counter may offer for one pass, one event and one regular price.

Online, ``GET /tariffs`` is the truth: its offers and its ``endUserMessage`` pass through verbatim.
Offline, publiq's rule still holds — integrators never compute tariffs — so the counter only
re-uses the platform's own answers fetched ahead of time (``/tariffs/static`` per event and price,
the last ``/tariffs`` answer for this pass) and decides *entitlement* from the newest knowledge it
has: the active social-tariff card list of the event's card systems, the cached pass snapshot, the
last ``/tariffs`` answer. Whatever is sold offline is provisional until sync confirms it.

The static tariff is the price for a holder of the *organizer's* region only. For a holder of
another card system (or when the counter cannot tell), without a cached answer for this pass, the
price is uncertain: the cashier is told before the sale, the policy (``uncertain_price``) says what
to charge, and sync reports any difference ("Te behandelen").

Limits follow publiq's rule: ``remaining`` is how many tickets one sale may hold at that tariff —
always 1 for an individual, so a second ticket is a second sale — and a group pass's budget
(``availableTickets``). An individual's budget is the event's ticket limit
(``passholderTicketLimit``, cached with the event): this counter counts its own tickets of the
limit's period against it, queued ones included, online and offline alike. The platform's
``remaining`` is never taken for that budget: with "2 per dag" and one sale still queued, the
platform's 1 is the cap of the second sale, not a second ticket already spent.

The regular price is always offered: a refusal only ever removes a discount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from balie.decide import sale_reasons as reasons
from balie.decide.common import (
    Notice,
    Offer,
    Refusal,
    RefusalCode,
    card_refusal,
    platform_notice,
    platform_refusal,
    regular_offer,
)
from balie.domain import (
    CardStatus,
    EndUserMessage,
    EventInfo,
    PassSnapshot,
    PassType,
    PriceCategory,
    Problem,
    SocialTariffStatus,
    TariffOffer,
    TariffType,
)
from balie.policy import OfflinePolicy, UncertainPrice
from balie.ports import TariffAnswer

GROUP_CARD_TYPE = "GROUP"
INDIVIDUAL_PER_SALE = 1
"""publiq: ``remaining`` "is always 1 for individuals" — the tickets one sale may hold, any tariff."""


@dataclass(frozen=True)
class TariffsSeen:
    """A cached platform tariff answer and when it was fetched."""

    offers: tuple[TariffOffer, ...]
    fetched_at: datetime
    end_user_message: EndUserMessage | None = None


@dataclass(frozen=True)
class SocialListHit:
    """The cached active social-tariff card list of one card system, looked up for this pass.

    One per card system the counter HAS a list for; a card system without a list is simply absent
    from :attr:`SaleFacts.social_lists`. ``card_type`` ('REGULAR' | 'GROUP') and
    ``available_tickets`` (groups) come from the list row when ``in_list``.
    """

    card_system_id: int
    fetched_at: datetime
    in_list: bool
    card_type: str | None = None
    available_tickets: int | None = None


@dataclass(frozen=True)
class SaleFacts:
    """Everything the sale decision needs; the counter gathers it from the platform or the store.

    Online = ``online_answer`` (``GET /tariffs``) or ``online_problem`` (its 4xx) is set.
    Local counts (the store computes them):
    ``local_sales_in_period``: this pass's tickets at a UiTPAS tariff for this event since
    ``period_start(event.ticket_limit_period, now)`` (not cancelled, confirmed or not);
    ``sales_since_last_tariffs``: this pass's UiTPAS-tariff tickets for this event sold after
    ``last_tariffs.fetched_at``; ``unsynced_social_sales``: this pass's kansentarief tickets not yet
    confirmed by the platform (any event; group passes spend ``availableTickets`` with them);
    ``coupons_used_since_last_tariffs``: coupon tariff ids sold to this pass after that answer, once
    per ticket. ``supervisor_override``: a supervisor allowed kansentarief on old proof (or an
    uncertain price, when the policy asks for one).
    ``organizer_card_system_ids``: the card systems (regions) of the event's organizer, for which
    the static tariff is the right price; None when the counter does not know them.
    ``queued_sales_in_period`` / ``queued_coupon_ids``: this pass's tickets still in the queue
    (not yet on the platform): for this event in the limit's period, and the coupon tariff ids
    (any event, once per ticket). Online, the platform's ``remaining`` does not know them yet.
    """

    now: datetime
    policy: OfflinePolicy
    event: EventInfo
    price: PriceCategory
    uitpas_number: str
    pass_: PassSnapshot | None = None
    online_answer: TariffAnswer | None = None
    online_problem: Problem | None = None
    static_tariffs: TariffsSeen | None = None
    last_tariffs: TariffsSeen | None = None
    social_lists: tuple[SocialListHit, ...] = ()
    local_sales_in_period: int = 0
    sales_since_last_tariffs: int = 0
    unsynced_social_sales: int = 0
    coupons_used_since_last_tariffs: tuple[str, ...] = ()
    supervisor_override: bool = False
    organizer_card_system_ids: tuple[int, ...] | None = None
    queued_sales_in_period: int = 0
    queued_coupon_ids: tuple[str, ...] = ()

    @property
    def online(self) -> bool:
        return self.online_answer is not None or self.online_problem is not None


@dataclass(frozen=True)
class SaleDecision:
    """What the cashier may offer. ``offers`` always contains the regular price (last).

    ``provisional``: decided offline; every UiTPAS offer in it is provisional too.
    ``override_used``: a kansentarief offer is unlocked by the supervisor override in the facts;
    record who granted it with the sale.
    """

    offers: tuple[Offer, ...]
    refusals: tuple[Refusal, ...]
    notices: tuple[Notice, ...]
    provisional: bool
    online: bool
    override_used: bool = False

    @property
    def regular(self) -> Offer:
        return self.offers[-1]

    @property
    def discounts(self) -> tuple[Offer, ...]:
        return self.offers[:-1]

    def offer(self, tariff_id: str) -> Offer | None:
        for candidate in self.offers:
            if candidate.tariff_id == tariff_id:
                return candidate
        return None

    @property
    def price_uncertain(self) -> bool:
        """Some offer's price is a guess the platform may correct after sync (see Offer)."""
        return any(o.price_uncertain for o in self.offers)


def decide_sale(facts: SaleFacts) -> SaleDecision:
    """Offers for this pass, event and price, online from the platform's answer, offline from cache."""
    if facts.online:
        return _online(facts)
    return _offline(facts)


def _online(facts: SaleFacts) -> SaleDecision:
    regular = regular_offer(facts.price.label, facts.price.price)
    if facts.pass_ is not None:
        refused = card_refusal(facts.pass_.card_status)
        if refused is not None:
            return SaleDecision((regular,), (refused,), (), provisional=False, online=True)
    if facts.online_problem is not None:
        refusal = platform_refusal(RefusalCode.TARIFFS_REFUSED_BY_PLATFORM, facts.online_problem)
        return SaleDecision((regular,), (refusal,), (), provisional=False, online=True)
    answer = facts.online_answer
    assert answer is not None  # facts.online guarantees one of both
    offers: list[Offer] = []
    refusals: list[Refusal] = []
    for o in answer.offers:
        if o.type is TariffType.REGULAR:
            continue
        remaining = _minus_queued(facts, o)
        if remaining is not None and remaining <= 0 < (o.remaining or 0):
            limit_left = _event_limit_left(facts)
            spent_limit = not _is_group(facts) and limit_left is not None and limit_left <= 0
            refusals.append(reasons.limit_reached(o.type, facts.event) if spent_limit
                            else reasons.queued_used_up(o.type))
            continue
        offers.append(Offer(o.id, o.name, o.price, o.type, remaining, False, False,
                            "Tarief volgens UiTPAS."))
    notices: tuple[Notice, ...] = ()
    message = answer.end_user_message
    if message is not None and not offers and not refusals:
        refusals.append(Refusal(RefusalCode.NO_DISCOUNT_FROM_PLATFORM, message.nl, "", None, message))
    elif message is not None:
        notices = (platform_notice(message),)
    return SaleDecision(tuple(offers) + (regular,), tuple(refusals), notices, provisional=False,
                        online=True)


def _is_group(facts: SaleFacts) -> bool:
    return facts.pass_ is not None and facts.pass_.pass_type is PassType.GROUP


def _minus_queued(facts: SaleFacts, offer: TariffOffer) -> int | None:
    """What this counter may sell at ``offer`` online, given its own tickets still queued (so
    unknown to the platform): a coupon or the last ticket of a limit must not be sold twice.

    A group pass's ``remaining`` is a budget: its queued tickets come off it. An individual's is
    the cap of one sale (always 1), not a budget, so queued sales do not lower it; what they spend
    is the event's ticket limit, which this counter counts itself (:func:`_event_limit_left`, its
    tickets of the period, queued ones included) once the platform's count is behind, that is while
    a sale of the period is queued. A queued coupon takes one off its coupon: coupons are often for
    one ticket and ``/tariffs`` does not tell how many more a coupon holds."""
    if offer.remaining is None:
        return None
    used = facts.queued_coupon_ids.count(offer.id) if offer.type is TariffType.COUPON else 0
    if _is_group(facts):
        if offer.type is TariffType.SOCIALTARIFF:
            used = max(used, facts.unsynced_social_sales)
        elif facts.event.ticket_limit_volume is not None:
            used = max(used, facts.queued_sales_in_period)
        return offer.remaining - used
    remaining = offer.remaining - used
    limit_left = _event_limit_left(facts)
    if limit_left is not None and facts.queued_sales_in_period:
        remaining = min(remaining, limit_left)
    return remaining


@dataclass(frozen=True)
class _Evidence:
    """One piece of knowledge about kansentarief entitlement, and how old it is."""

    at: datetime
    rank: int  # breaks ties: the more specific source wins
    entitled: bool
    refusal: Refusal | None = None
    list_hit: SocialListHit | None = None


def _offline(facts: SaleFacts) -> SaleDecision:
    policy, now = facts.policy, facts.now
    regular = regular_offer(facts.price.label, facts.price.price)
    refusals: list[Refusal] = []
    notices: list[Notice] = []
    lists = _relevant_lists(facts)
    pass_ = facts.pass_
    if pass_ is not None and pass_.card_status is not CardStatus.ACTIVE:
        newer_in_list = any(h.in_list and h.fetched_at > pass_.fetched_at for h in lists)
        refused = card_refusal(pass_.card_status)
        if not newer_in_list and refused is not None:
            return SaleDecision((regular,), (refused,), (), provisional=True, online=False)
    last = facts.last_tariffs
    if last is not None and now - last.fetched_at > policy.tariffs_answer_max_age:
        last = None
    offers: list[Offer] = []
    limit_left = _event_limit_left(facts)
    override_used = False
    if not policy.offline_social_tariff:
        refusals.append(reasons.offline_social_disabled())
    else:
        social, override_used = _offline_social(facts, lists, last, limit_left, refusals, notices)
        if social is not None:
            offers.append(social)
    offers.extend(_offline_coupons(facts, last, limit_left, refusals))
    if last is None:
        notices.append(reasons.coupon_may_exist())
    offers.append(regular)
    return SaleDecision(
        tuple(offers), tuple(refusals), tuple(notices), True, False, override_used
    )


def _relevant_lists(facts: SaleFacts) -> tuple[SocialListHit, ...]:
    systems = facts.event.card_system_ids
    if not systems:
        return facts.social_lists
    return tuple(h for h in facts.social_lists if h.card_system_id in systems)


def _event_limit_left(facts: SaleFacts) -> int | None:
    volume = facts.event.ticket_limit_volume
    if volume is None:
        return None
    return max(0, volume - facts.local_sales_in_period)


def _newest_evidence(
    facts: SaleFacts, lists: tuple[SocialListHit, ...], last: TariffsSeen | None
) -> _Evidence | None:
    """The newest knowledge about entitlement wins: a fresh list beats an older snapshot (blocked
    or expired since, or entitled again since), a newer snapshot beats an older list."""
    candidates: list[_Evidence] = []
    best = _newest_hit(lists)
    if best is not None:
        candidates.append(_Evidence(best.fetched_at, 1, True, list_hit=best))
    elif lists:
        oldest = min(h.fetched_at for h in lists)
        candidates.append(_Evidence(oldest, 1, False, reasons.not_in_list()))
    pass_ = facts.pass_
    if pass_ is not None:
        candidates.append(_snapshot_evidence(facts, pass_))
    if last is not None:
        social = _first_of_type(last.offers, TariffType.SOCIALTARIFF)
        if social is not None:
            candidates.append(_Evidence(last.fetched_at, 2, True))
        else:
            refusal = reasons.no_discount_cached(last.end_user_message)
            candidates.append(_Evidence(last.fetched_at, 2, False, refusal))
    if not candidates:
        return None
    return max(candidates, key=lambda e: (e.at, e.rank))


def _snapshot_evidence(facts: SaleFacts, pass_: PassSnapshot) -> _Evidence:
    status = pass_.social_tariff_status
    if status is SocialTariffStatus.ACTIVE:
        systems = facts.event.card_system_ids
        if pass_.card_system is not None and systems and pass_.card_system.id not in systems:
            return _Evidence(pass_.fetched_at, 0, False, reasons.outside_card_system())
        return _Evidence(pass_.fetched_at, 0, True)
    return _Evidence(pass_.fetched_at, 0, False, reasons.status_refusal(status))


@dataclass(frozen=True)
class _Price:
    """The kansentarief price the counter may charge offline, and where it comes from."""

    tariff: TariffOffer
    basis_nl: str
    from_last: bool
    uncertain: bool = False


def _offline_social(
    facts: SaleFacts,
    lists: tuple[SocialListHit, ...],
    last: TariffsSeen | None,
    limit_left: int | None,
    refusals: list[Refusal],
    notices: list[Notice],
) -> tuple[Offer | None, bool]:
    policy, now = facts.policy, facts.now
    evidence = _newest_evidence(facts, lists, last)
    if evidence is None:
        refusals.append(reasons.no_knowledge())
        return None, False
    if not evidence.entitled:
        refusals.append(evidence.refusal or reasons.not_in_list())
        return None, False
    priced = _cached_social_price(facts, last)
    if priced is None:
        refusals.append(reasons.no_cached_tariff())
        return None, False
    remaining = _social_remaining(
        facts, lists, evidence, last if priced.from_last else None, limit_left, refusals)
    if remaining is not None and remaining <= 0:
        return None, False
    age = now - evidence.at
    too_old = age > policy.social_list_refuse_after
    if age > policy.social_list_warn_after:
        notices.append(reasons.old_proof_notice(age, too_old, facts.supervisor_override))
    needs_override = too_old and not facts.supervisor_override
    override_used = too_old and facts.supervisor_override
    tariff, price, basis = priced.tariff, priced.tariff.price, priced.basis_nl
    if priced.uncertain:
        mode = policy.uncertain_price
        region_known = bool(_holder_regions(facts)) and facts.organizer_card_system_ids is not None
        if mode is UncertainPrice.REGULAR:
            price = facts.price.price
            basis = reasons.UNCERTAIN_REGULAR_BASIS
        elif mode is UncertainPrice.SUPERVISOR:
            needs_override = needs_override or not facts.supervisor_override
            override_used = override_used or facts.supervisor_override
        notices.append(reasons.uncertain_price_notice(region_known, mode, tariff.price, price))
    offer = Offer(
        tariff.id, tariff.name, price, TariffType.SOCIALTARIFF, remaining, True, needs_override,
        basis, priced.uncertain,
    )
    return offer, override_used


def _holder_regions(facts: SaleFacts) -> set[int]:
    """The card systems this holder is known to have kansenstatuut in: the lists that hold the
    number, and the card system of the cached pass."""
    regions = {h.card_system_id for h in facts.social_lists if h.in_list}
    pass_ = facts.pass_
    if pass_ is not None and pass_.card_system is not None:
        regions.add(pass_.card_system.id)
    return regions


def _static_price_is_theirs(facts: SaleFacts) -> bool:
    """``/tariffs/static`` is the price for a holder of the organizer's region. It is this
    holder's price only when every region the holder is known in (that takes part in the event)
    is the organizer's; an unknown organizer region or an unknown holder region is not."""
    organizer = facts.organizer_card_system_ids
    if not organizer:
        return False
    regions = _holder_regions(facts)
    systems = facts.event.card_system_ids
    if systems:
        regions &= set(systems)
    return bool(regions) and regions <= set(organizer)


def _cached_social_price(facts: SaleFacts, last: TariffsSeen | None) -> _Price | None:
    """The platform's own kansentarief price: the last ``/tariffs`` answer for this pass when
    fresh, else ``/tariffs/static`` for the event and price (certain only for the organizer's
    region)."""
    if last is not None:
        social = _first_of_type(last.offers, TariffType.SOCIALTARIFF)
        if social is not None:
            return _Price(social, "Voorlopig: laatste prijs die UiTPAS voor deze pas gaf.", True)
    static = facts.static_tariffs
    if static is not None and facts.now - static.fetched_at <= facts.policy.static_tariffs_max_age:
        social = _first_of_type(static.offers, TariffType.SOCIALTARIFF)
        if social is not None:
            if _static_price_is_theirs(facts):
                return _Price(social, "Voorlopig: kansentarief dat UiTPAS vooraf voor deze "
                                      "activiteit gaf.", False)
            return _Price(social, reasons.UNCERTAIN_STATIC_BASIS, False, uncertain=True)
    return None


def _newest_hit(lists: tuple[SocialListHit, ...]) -> SocialListHit | None:
    hits = [h for h in lists if h.in_list]
    return max(hits, key=lambda h: h.fetched_at) if hits else None


def _social_remaining(
    facts: SaleFacts,
    lists: tuple[SocialListHit, ...],
    evidence: _Evidence,
    last: TariffsSeen | None,
    limit_left: int | None,
    refusals: list[Refusal],
) -> int | None:
    """Tickets still sellable at kansentarief now: the smallest of every bound the counter knows.

    ``last``: the cached answer for this pass the price came from (None: static price)."""
    # Group tickets are counted by the list even when a newer snapshot decided the entitlement.
    hit = evidence.list_hit or _newest_hit(lists)
    is_group = (hit is not None and hit.card_type == GROUP_CARD_TYPE) or _is_group(facts)
    from_last = _first_of_type(last.offers, TariffType.SOCIALTARIFF) if last is not None else None
    bounds: list[int] = []
    if hit is not None and hit.available_tickets is not None:
        left = hit.available_tickets - facts.unsynced_social_sales
        if left <= 0:
            refusals.append(reasons.group_exhausted())
            return 0
        bounds.append(left)
    cached = from_last.remaining if from_last is not None else None
    if is_group:
        if cached is not None:
            bounds.append(cached - facts.sales_since_last_tariffs)
        if limit_left is not None:  # cautious: whether a group pass counts is not documented
            bounds.append(limit_left)
    else:
        # one ticket per sale, every sale, as the platform offers it; the event's limit, counted
        # on this counter, says whether this sale may still have its one
        bounds.append(INDIVIDUAL_PER_SALE if cached is None else min(cached, INDIVIDUAL_PER_SALE))
        if limit_left is not None:
            bounds.append(limit_left)
    if not bounds:
        return None
    remaining = max(0, min(bounds))
    if remaining == 0:
        refusals.append(reasons.limit_reached(TariffType.SOCIALTARIFF, facts.event))
    return remaining


def _offline_coupons(
    facts: SaleFacts, last: TariffsSeen | None, limit_left: int | None, refusals: list[Refusal]
) -> list[Offer]:
    """Coupons are personal: only the last ``/tariffs`` answer for this pass knows them. Its
    ``remaining`` is spent by this counter's uses since (cautious: a coupon is often for one
    ticket); an individual still has one ticket per sale."""
    if last is None:
        return []
    coupons = [o for o in last.offers if o.type is TariffType.COUPON]
    if not coupons:
        return []
    if not facts.policy.offline_coupons:
        refusals.append(
            Refusal(
                RefusalCode.OFFLINE_COUPONS_DISABLED,
                "Zonder verbinding met UiTPAS kunnen bij deze organisatie geen kortingsbonnen "
                "gebruikt worden.",
                "Gebruik de kortingsbon later, of verkoop aan een ander tarief.",
                TariffType.COUPON,
            )
        )
        return []
    offers: list[Offer] = []
    hit = _newest_hit(_relevant_lists(facts))
    group = _is_group(facts) or (hit is not None and hit.card_type == GROUP_CARD_TYPE)
    for coupon in coupons:
        remaining = coupon.remaining
        if remaining is not None:
            remaining -= facts.coupons_used_since_last_tariffs.count(coupon.id)
        if limit_left is not None:
            remaining = limit_left if remaining is None else min(remaining, limit_left)
        if not group:
            remaining = INDIVIDUAL_PER_SALE if remaining is None else min(remaining, INDIVIDUAL_PER_SALE)
        if remaining is not None and remaining <= 0:
            continue
        offers.append(
            Offer(
                coupon.id,
                coupon.name,
                coupon.price,
                TariffType.COUPON,
                remaining,
                True,
                False,
                "Voorlopig: kortingsbon uit het laatste antwoord van UiTPAS voor deze pas.",
            )
        )
    if not offers and limit_left == 0:
        refusals.append(reasons.limit_reached(TariffType.COUPON, facts.event))
    return offers


def _first_of_type(offers: tuple[TariffOffer, ...], kind: TariffType) -> TariffOffer | None:
    for offer in offers:
        if offer.type is kind:
            return offer
    return None
