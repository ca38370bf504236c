"""The counter's use cases as a screen calls them, offline and with a platform that answers."""

from __future__ import annotations

from datetime import timedelta

from balie.counter import Counter, new_action_key
from balie.decide import IdentificationOutcome, OfflinePolicy
from balie.domain import (
    ActionKind,
    IdentificationSource,
    OutboxStatus,
    PassSnapshot,
    Problem,
    SocialTariffStatus,
    TariffOffer,
    TariffType,
)
from balie.ports import CheckinAnswer, PlatformRefusal, PlatformUnavailable, RedeemAnswer, TariffAnswer
from balie.store import Store
from tests.fixtures.store import Clock, Demo

CHIP = "04A1B2C3D4E5F6"


class Platform:
    """A PlatformPort with canned answers that can go offline (the HTTP adapter is sync's)."""

    def __init__(self, passes: dict[str, PassSnapshot]) -> None:
        self.passes = passes
        self.online = True

    def _up(self) -> None:
        if not self.online:
            raise PlatformUnavailable("connection refused")

    def lookup_pass(self, identifier: str) -> PassSnapshot:
        self._up()
        if identifier not in self.passes:
            raise PlatformRefusal(Problem("pass-not-found", "Pas niet gevonden."))
        return self.passes[identifier]

    def tariffs(self, *, event_id: str, regular_price: int, uitpas_number: str) -> TariffAnswer:
        self._up()
        return TariffAnswer((TariffOffer("SOCIALTARIFF", "Kansentarief", 250,
                                         TariffType.SOCIALTARIFF, 1),))

    def static_tariffs(self, *, event_id: str, regular_price: int) -> TariffAnswer:
        self._up()
        return TariffAnswer(())

    def checkin_status(self, *, event_id: str, uitpas_number: str) -> CheckinAnswer:
        self._up()
        return CheckinAnswer(True)

    def redeem_status(self, *, reward_id: str, uitpas_number: str) -> RedeemAnswer:
        self._up()
        return RedeemAnswer(True)


def test_kansentarief_is_offered_offline_from_the_list_and_the_sale_is_provisional(
        counter: Counter, demo: Demo):
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    assert ident.outcome is IdentificationOutcome.IDENTIFIED and ident.provisional
    decision = counter.offers_for(ident, demo.event, demo.price)
    social = decision.offer("SOCIALTARIFF")
    assert social is not None and social.price_cents == 200 and social.provisional
    result = counter.sell(ident, demo.event, demo.price, social, 1, action_key=new_action_key())
    assert result.done and result.provisional and "voorlopig" in result.message_nl
    item = counter.store.outbox.get(result.client_uuid)
    assert item.kind is ActionKind.TICKET_SALE and item.provisional
    totals = counter.day_totals()
    assert (totals.tickets, totals.amount_cents, totals.per_tariff[0].provisional) == (1, 200, 1)
    assert counter.queue_stats().pending == 1


def test_a_pass_not_in_the_list_gets_only_the_regular_price_offline(counter: Counter, demo: Demo):
    ident = counter.identify(demo.regular_number, IdentificationSource.TYPED)
    decision = counter.offers_for(ident, demo.event, demo.price)
    assert decision.discounts == () and decision.refusals
    regular = decision.regular
    result = counter.sell(ident, demo.event, demo.price, regular, 1, action_key=new_action_key())
    assert not result.done and "niets te registreren" in result.message_nl
    assert counter.queue_stats().length == 0


def test_pressing_sell_twice_with_the_same_action_key_sells_once(counter: Counter, demo: Demo):
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    key = new_action_key()
    first = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=key)
    second = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=key)
    assert first.done and second.done and second.duplicate
    assert first.client_uuid == second.client_uuid
    assert counter.day_totals().tickets == 1


def test_unknown_chip_offline_asks_for_the_printed_number_then_remembers_it(
        counter: Counter, demo: Demo):
    first = counter.identify(CHIP, IdentificationSource.NFC)
    assert first.ask_printed_number and first.uitpas_number is None
    assert "nummer" in first.refusals[0].next_step_nl
    counter.remember_chip(first.chip_number, demo.kansen_number)
    again = counter.identify(CHIP, IdentificationSource.NFC)
    assert again.outcome is IdentificationOutcome.IDENTIFIED
    assert again.uitpas_number == demo.kansen_number


def test_online_tap_teaches_the_chip_so_the_pass_is_known_when_the_platform_is_down(
        store: Store, demo: Demo, clock: Clock):
    snap = demo.pass_snapshot(demo.kansen_number, status=SocialTariffStatus.ACTIVE)
    platform = Platform({CHIP: snap, demo.kansen_number: snap})
    counter = Counter(store, platform, OfflinePolicy(), demo.operator, clock=clock)
    online = counter.identify(CHIP, IdentificationSource.NFC)
    assert not online.provisional and online.uitpas_number == demo.kansen_number
    decision = counter.offers_for(online, demo.event, demo.price)
    assert decision.online and decision.offer("SOCIALTARIFF").price_cents == 250
    assert store.reference.pass_tariffs(demo.kansen_number, demo.event.id, 1000) is not None
    assert store.outbox.stats().last_successful_contact == clock.now

    platform.online = False
    clock.advance(timedelta(hours=1))
    offline = counter.identify(CHIP, IdentificationSource.NFC)
    assert offline.provisional and offline.uitpas_number == demo.kansen_number
    assert offline.pass_ is not None and offline.pass_.first_name == "Demo"
    later = counter.offers_for(offline, demo.event, demo.price)
    assert later.provisional and later.offer("SOCIALTARIFF") is not None


def test_platform_refusal_of_a_pass_reaches_the_cashier(store: Store, demo: Demo, clock: Clock):
    counter = Counter(store, Platform({}), OfflinePolicy(), demo.operator, clock=clock)
    ident = counter.identify(demo.regular_number, IdentificationSource.TYPED)
    assert ident.outcome is IdentificationOutcome.REFUSED
    assert ident.refusals[0].message_nl == "Pas niet gevonden."


def test_cancel_last_withdraws_a_sale_that_was_not_sent_yet(counter: Counter, demo: Demo):
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    sale = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
    undo = counter.cancel_last(action_key=new_action_key())
    assert undo.done and "nog niet doorgestuurd" in undo.message_nl
    assert counter.store.outbox.get(sale.client_uuid).status is OutboxStatus.CANCELLED
    totals = counter.day_totals()
    assert (totals.tickets, totals.cancelled_tickets) == (0, 1)
    assert not counter.cancel_last(action_key=new_action_key()).done


def test_cancel_last_of_a_sent_sale_queues_a_cancellation(counter: Counter, demo: Demo,
                                                          clock: Clock):
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    sale = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
    counter.store.outbox.mark_sent(sale.client_uuid, clock.now)
    undo = counter.cancel_last(action_key=new_action_key())
    assert undo.done and "doorgestuurd naar UiTPAS" in undo.message_nl
    assert counter.store.outbox.get(undo.client_uuid).kind is ActionKind.TICKET_SALE_CANCEL


def test_offline_check_in_is_recorded_once_per_day(counter: Counter, demo: Demo):
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    first = counter.check_in(ident, demo.event, action_key=new_action_key())
    assert first.done and first.provisional
    second = counter.check_in(ident, demo.event, action_key=new_action_key())
    assert not second.done and second.refusals and second.message_nl
    assert counter.day_totals().checkins == 1


def test_reward_redeemed_offline_from_a_cached_balance(counter: Counter, store: Store, demo: Demo):
    store.passes.remember(demo.pass_snapshot(demo.kansen_number, points=10), demo_now(counter))
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    result = counter.redeem_reward(ident, demo.reward, action_key=new_action_key())
    assert result.done and result.provisional
    balance = counter.points_balance(counter.identify(demo.kansen_number, IdentificationSource.TYPED))
    assert balance is not None and (balance.points, balance.certain) == (5, True)
    assert counter.day_totals().redemptions == 1


def test_registration_is_queued_with_its_payload(counter: Counter, demo: Demo):
    result = counter.register_passholder({"firstName": "Lien"}, uitpas_number=demo.regular_number,
                                         card_system_id=1, price_cents=500,
                                         action_key=new_action_key())
    assert result.done
    item = counter.store.outbox.get(result.client_uuid)
    assert item.kind is ActionKind.PASSHOLDER_REGISTER and item.payload == {"firstName": "Lien"}
    assert counter.day_totals().registrations == 1


def demo_now(counter: Counter):
    return counter.clock()


def test_rewards_follow_the_counters_own_organizer_policy(store: Store, demo: Demo, clock: Clock):
    """An organizer that forbids points rewards offline is obeyed even though the default allows."""
    from balie.policy import OrganizerPolicies

    policies = OrganizerPolicies(OfflinePolicy(), {
        "org-zwembad": OfflinePolicy(offline_points_rewards=False)})
    store.passes.remember(demo.pass_snapshot(demo.kansen_number, points=10), clock())
    for organizer, allowed in (("org-zwembad", False), ("org-museum", True)):
        counter = Counter(store, None, policies, demo.operator, clock=clock,
                          organizer_id=organizer)
        ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
        assert counter.reward_decision(ident, demo.reward).allowed is allowed


def test_balance_after_a_check_in_holds_through_its_confirmation_until_the_pass_is_read_again(
        counter: Counter, store: Store, demo: Demo, clock: Clock):
    """Check-in then F4: the points the platform will hold; after sync still those, not the
    balance read before the check-in; once the pass is read again, the platform's own."""
    store.passes.remember(demo.pass_snapshot(demo.kansen_number, points=4), clock.now)
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    checkin = counter.check_in(ident, demo.event, action_key=new_action_key())
    assert checkin.done
    assert counter.reward_decision(ident, demo.reward).balance == 5  # 4 + 1 on its way
    clock.advance(timedelta(minutes=1))
    store.outbox.mark_sent(checkin.client_uuid, clock.now)
    store.outbox.mark_confirmed(checkin.client_uuid, ["c-1"], clock.now)  # the sync
    assert counter.reward_decision(ident, demo.reward).balance == 5
    clock.advance(timedelta(minutes=1))
    store.passes.remember(demo.pass_snapshot(demo.kansen_number, points=5,
                                             fetched_at=clock.now), clock.now)
    again = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    assert counter.reward_decision(again, demo.reward).balance == 5  # not 6: no double count
