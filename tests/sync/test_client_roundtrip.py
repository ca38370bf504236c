"""Every client call over real HTTP against the training platform on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from balie.domain import CardStatus, PassType, SocialTariffStatus, TariffType
from balie.numbers import luhn_check_digit
from balie.sync.auth import ClientCredentialsProvider, discover
from balie.sync.client import UitpasClient, make_session, passholder_put_body
from balie.sync.environments import training
from balie.sync.problems import ErrorClass, NotFound, ProblemType, Refused
from balie.sync.wire import TicketSaleRequest
from balie.training.demo import BLANK_CARDS, CARD_SYSTEMS, EVENTS, ORGANIZERS, PASSES, REWARDS

MUSEUM = ORGANIZERS["museum"].id
POOL = ORGANIZERS["pool"].id


@pytest.fixture
def client(platform) -> Iterator[UitpasClient]:
    env = training(platform.url, platform.auth_url, platform.search_url)
    session = make_session()
    tokens = ClientCredentialsProvider(discover(session, env), platform.client_id, platform.client_secret,
                                       session=session)
    yield UitpasClient(env.api_url, tokens, session=session, timeout=(2.0, 10.0))
    session.close()


def _price(event_key: str) -> int:
    return next(c for cat, _, c in EVENTS[event_key].prices if cat == "base")


def test_identify_by_uitpas_number_chip_and_insz_gives_the_same_pass(client: UitpasClient):
    demo = PASSES["kansen_active"]
    by_number = client.identify_pass(demo.uitpas_number)
    by_chip = client.identify_pass(demo.chip_number, chip_number=demo.chip_number)
    by_insz = client.identify_pass(demo.insz)
    assert by_number.uitpas_number == by_chip.uitpas_number == by_insz.uitpas_number == demo.uitpas_number
    assert by_number.passholder_id == demo.passholder_id
    assert by_number.social_tariff_status is SocialTariffStatus.ACTIVE
    assert by_number.card_system is not None and by_number.card_system.id == CARD_SYSTEMS["dender"].id
    assert by_chip.chip_number == demo.chip_number
    assert by_number.first_name == demo.first_name


def test_grace_period_is_active_with_past_end_date_and_expired_pass_shows_platform_message(client: UitpasClient):
    grace = client.identify_pass(PASSES["kansen_grace"].uitpas_number)
    assert grace.social_tariff_status is SocialTariffStatus.ACTIVE
    assert grace.social_tariff_end_date is not None and grace.social_tariff_end_date < grace.fetched_at
    expired = client.identify_pass(PASSES["kansen_expired"].uitpas_number)
    assert expired.social_tariff_status is SocialTariffStatus.EXPIRED
    assert expired.messages and all(m.text for m in expired.messages)


def test_blocked_card_is_refused_with_card_status_extension(client: UitpasClient):
    with pytest.raises(Refused) as info:
        client.identify_pass(PASSES["blocked"].uitpas_number)
    assert info.value.is_type(ProblemType.INVALID_CARD_STATUS)
    assert info.value.extensions.get("cardStatus") == "BLOCKED"
    assert info.value.error_class is ErrorClass.PERMANENT


def test_unknown_pass_is_not_found(client: UitpasClient):
    with pytest.raises(NotFound) as info:
        client.identify_pass("090000000999" + luhn_check_digit("090000000999"))
    assert info.value.user_message()


def test_group_pass_lookup(client: UitpasClient):
    group = PASSES["group"]
    snapshot = client.identify_pass(group.uitpas_number)
    assert snapshot.pass_type is PassType.GROUP
    page = client.search_grouppasses(uitpas_number=group.uitpas_number)
    assert page.total == 1 and page.items[0].card_status is CardStatus.ACTIVE
    assert client.get_grouppass(page.items[0].id).uitpas_number == group.uitpas_number


def test_cards_show_blank_stock_before_registration(client: UitpasClient):
    card = client.get_card(uitpas_number=BLANK_CARDS["blank_1"].uitpas_number)
    assert card.status is CardStatus.LOCAL_STOCK
    assert client.get_card(chip_number=BLANK_CARDS["blank_kansen"].chip_number).social_tariff is True


def test_tariffs_in_cents_for_kansen_pass_and_static_price(client: UitpasClient):
    ev = EVENTS["museum_today"]
    quote = client.get_tariffs(ev.id, _price("museum_today"), PASSES["kansen_active"].uitpas_number)
    social = [o for o in quote.offers if o.type is TariffType.SOCIALTARIFF]
    assert len(social) == 1 and 0 <= social[0].price < _price("museum_today")
    static = client.get_static_tariffs(ev.id, _price("museum_today"))
    assert static.offers and static.offers[0].price == social[0].price


def test_no_discount_outside_region_comes_with_end_user_message(client: UitpasClient):
    quote = client.get_tariffs(EVENTS["museum_today"].id, _price("museum_today"),
                               PASSES["other_region_kansen"].uitpas_number)
    assert not [o for o in quote.offers if o.type is TariffType.SOCIALTARIFF]
    assert quote.end_user_message is not None and quote.end_user_message.nl


def test_ticket_sale_register_search_cancel(client: UitpasClient):
    ev = EVENTS["museum_today"]
    demo = PASSES["kansen_active"]
    quote = client.get_tariffs(ev.id, _price("museum_today"), demo.uitpas_number)
    tariff = next(o for o in quote.offers if o.type is TariffType.SOCIALTARIFF)
    (sale,) = client.register_ticket_sales(
        [TicketSaleRequest(demo.uitpas_number, ev.id, _price("museum_today"), tariff.id, "Basistarief")])
    assert sale.id and sale.tariff_price == tariff.price and sale.creation_date is not None
    assert sale.raw["id"] == sale.id
    found = client.search_ticket_sales(passholder_id=demo.passholder_id, organizer_ids=[MUSEUM])
    assert sale.id in {s.id for s in found.items}
    assert sale.id in {s.id for s in client.search_ticket_sales(event_id=ev.id).items}
    client.cancel_ticket_sale(sale.id)
    with pytest.raises(NotFound) as again:
        client.cancel_ticket_sale(sale.id)
    assert again.value.is_type(ProblemType.TICKET_SALE_NOT_FOUND)


def test_ticket_sales_are_all_or_nothing(client: UitpasClient):
    ev = EVENTS["museum_today"]
    good = PASSES["kansen_active"]
    price = _price("museum_today")
    ok = TicketSaleRequest(good.uitpas_number, ev.id, price, "SOCIALTARIFF")
    bad = TicketSaleRequest(PASSES["kansen_expired"].uitpas_number, ev.id, price, "SOCIALTARIFF")
    with pytest.raises(Refused):
        client.register_ticket_sales([ok, bad])
    assert client.search_ticket_sales(passholder_id=good.passholder_id, organizer_ids=[MUSEUM]).total == 0


def test_checkin_status_register_search_cancel(client: UitpasClient):
    ev = EVENTS["pool_today"]
    demo = PASSES["regular"]
    assert client.checkin_status(demo.uitpas_number, ev.id).allowed
    checkin = client.register_checkin(demo.uitpas_number, ev.id)
    assert checkin.points == ev.checkin_points and checkin.event_id == ev.id
    history = client.search_checkins(demo.passholder_id, [POOL])
    assert checkin.id in {c.id for c in history.items}
    client.cancel_checkin(checkin.id)


def test_checkin_outside_opening_hours_is_refused_with_message(client: UitpasClient):
    ev = EVENTS["museum_closed_today"]
    demo = PASSES["regular"]
    status = client.checkin_status(demo.uitpas_number, ev.id)
    assert not status.allowed and status.end_user_message is not None
    with pytest.raises(Refused) as info:
        client.register_checkin(demo.uitpas_number, ev.id)
    assert info.value.is_type(ProblemType.CHECKIN_NOT_ALLOWED)
    assert info.value.end_user_message is not None


def test_rewards_search_get_status_redeem_history_cancel(client: UitpasClient):
    demo = PASSES["regular"]
    reward = REWARDS["points_small"]
    page = client.search_rewards(organizer_ids=[MUSEUM])
    assert reward.id in {r.id for r in page.items}
    info = client.get_reward(reward.id)
    assert info.points == reward.points and info.title == reward.title
    assert client.reward_redeem_status(reward.id, demo.uitpas_number).redeemable
    redeemed = client.redeem_reward(reward.id, demo.uitpas_number)
    assert redeemed.reward.id == reward.id and redeemed.redeem_date is not None
    history = client.search_redeemed_rewards(uitpas_number=demo.uitpas_number)
    assert redeemed.id in {r.id for r in history.items}
    client.cancel_redeemed_reward(redeemed.id)


def test_redeem_status_explains_too_few_points_verbatim(client: UitpasClient):
    status = client.reward_redeem_status(REWARDS["points_big"].id, PASSES["few_points"].uitpas_number)
    assert not status.redeemable and status.reason == "PASSHOLDER_POINTS"


def test_passholder_search_get_and_full_update(client: UitpasClient):
    demo = PASSES["regular"]
    page = client.search_passholders(uitpas_number=demo.uitpas_number)
    assert page.total == 1
    holder = client.get_passholder(page.items[0].id)
    assert holder.first_name == demo.first_name and holder.date_of_birth is not None
    client.update_passholder(holder.id, passholder_put_body(holder, {"email": "lotte@example.org"}))
    again = client.get_passholder(holder.id)
    assert again.email == "lotte@example.org"
    assert again.name == holder.name and again.date_of_birth == holder.date_of_birth


def test_register_new_passholder_on_blank_card(client: UitpasClient):
    card = BLANK_CARDS["blank_1"]
    assert client.insz_status(PASSES["regular"].insz) == "USED"
    price = client.membership_price(CARD_SYSTEMS["dender"].id, postal_code="9300",
                                    date_of_birth=date(1992, 1, 1), card_type="NFC_CARD")
    assert price.price >= 0 and price.label
    holder = client.register_passholder({
        "name": "Janssens", "firstName": "An", "dateOfBirth": "1992-01-01",
        "address": {"street": "Kerkstraat 5", "postalCode": "9300", "city": "Aalst", "country": "be"},
        "registrationOrganizer": {"id": MUSEUM}, "registrationCardSystemId": CARD_SYSTEMS["dender"].id,
        "registrationCardType": "NFC_CARD", "registrationUitpasNumber": card.uitpas_number,
        "legalTermsPaper": True,
    })
    assert holder.id and holder.first_name == "An"
    assert client.get_card(uitpas_number=card.uitpas_number).status is CardStatus.ACTIVE


def test_memberships_preview_and_prices(client: UitpasClient):
    demo = PASSES["regular"]
    gent = CARD_SYSTEMS["gent"].id
    preview = client.membership_preview(demo.passholder_id, gent, social_tariff=False, organizer_id=POOL)
    assert preview.type in ("NOT_POSSIBLE", "NEW_MEMBERSHIP", "REPLACE_MEMBERSHIP")
    assert client.passholder_membership_price(demo.passholder_id, gent, card_type="DIGITAL").label
    assert client.card_system_membership_prices(gent, card_type="NFC_CARD")


def test_coupons_of_a_passholder_with_remaining_volume(client: UitpasClient):
    coupons = client.passholder_coupons(PASSES["minor"].passholder_id)
    assert coupons and coupons[0].remaining_volume and coupons[0].name


def test_card_systems_city_settings_organizers_permissions_events(client: UitpasClient):
    systems = client.card_systems()
    assert {cs.id for cs in systems.items} >= {cs.id for cs in CARD_SYSTEMS.values()}
    assert client.get_card_system(CARD_SYSTEMS["gent"].id).name == CARD_SYSTEMS["gent"].name
    assert client.card_system_city_settings(CARD_SYSTEMS["gent"].id)
    perms = client.permissions()
    museum = next(p for p in perms if p.organizer.id == MUSEUM)
    assert museum.allows("TICKETSALES_REGISTER")
    assert client.get_organizer(MUSEUM).name == ORGANIZERS["museum"].name
    assert MUSEUM in {o.id for o in client.search_organizers().items}
    settings = client.event_settings(EVENTS["museum_today"].id)
    assert settings.ticket_limit_volume == 2 and settings.checkin_points == 1
    assert {c.id for c in client.event_card_systems(EVENTS["pool_today"].id)} >= {CARD_SYSTEMS["gent"].id}


def test_social_tariff_export_streams_active_kansen_cards_only(client: UitpasClient):
    numbers = {c.uitpas_number for c in client.iter_social_tariff_cards(CARD_SYSTEMS["dender"].id)}
    assert PASSES["kansen_active"].uitpas_number in numbers
    assert PASSES["kansen_grace"].uitpas_number in numbers
    assert PASSES["kansen_expired"].uitpas_number not in numbers
    assert PASSES["regular"].uitpas_number not in numbers
