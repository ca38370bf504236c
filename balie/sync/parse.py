"""UiTPAS JSON -> balie values, at the edge, leniently.

The API promises shapes but its examples disagree with themselves (dates with and without offset,
numbers where strings are documented). Parsing here is therefore forgiving about what does not
matter and strict about what does: a missing ``uitpasNumber`` or ``id`` raises
:class:`InvalidResponse`, an odd date becomes ``None``. Euro amounts become integer cents.
The values built here are in :mod:`balie.sync.wire`; the incremental reader behind the
social-tariff export is :mod:`balie.sync.json_stream`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from balie.domain import (
    BRUSSELS,
    CardStatus,
    CardSystemInfo,
    Cents,
    MessageLevel,
    PassSnapshot,
    PassType,
    PeriodType,
    PlatformMessage,
    RewardInfo,
    RewardType,
    SocialTariffStatus,
    TariffOffer,
    TariffType,
    euro_to_cents,
)
from balie.sync.problems import InvalidResponse, parse_end_user_message
from balie.sync.wire import (
    CardInfo,
    CheckinResult,
    CheckinStatus,
    CitySetting,
    EventCardSystem,
    EventSettings,
    GrantedCoupon,
    Grouppass,
    Json,
    MembershipInfo,
    MembershipPreview,
    MembershipPrice,
    OrganizerInfo,
    OrganizerPermissions,
    Page,
    Passholder,
    RedeemedReward,
    RedeemStatus,
    SocialTariffCard,
    TariffQuote,
    TicketSaleResult,
)

# ----------------------------------------------------------------------------------------------
# small helpers


def _req(data: Json, key: str) -> Any:
    if not isinstance(data, Mapping) or data.get(key) is None:
        raise InvalidResponse(f"missing field {key!r} in platform answer")
    return data[key]


def _sub(data: Json, key: str) -> Mapping[str, Any]:
    """The nested object under ``key``; empty when it is missing or not an object."""
    v = data.get(key) if isinstance(data, Mapping) else None
    return v if isinstance(v, Mapping) else {}


def _str(data: Json, key: str, default: str = "") -> str:
    v = data.get(key) if isinstance(data, Mapping) else None
    return default if v is None else str(v)


def _opt_str(data: Json, key: str) -> str | None:
    v = data.get(key) if isinstance(data, Mapping) else None
    return None if v is None else str(v)


def _int(data: Json, key: str, default: int = 0) -> int:
    v = data.get(key) if isinstance(data, Mapping) else None
    try:
        return int(v) if v is not None else default
    except (TypeError, ValueError, OverflowError):  # OverflowError: Infinity / 1e999
        return default


def _opt_int(data: Json, key: str) -> int | None:
    v = data.get(key) if isinstance(data, Mapping) else None
    try:
        return int(v) if v is not None else None
    except (TypeError, ValueError, OverflowError):  # OverflowError: Infinity / 1e999
        return None


def _cents(value: Any) -> Cents:
    try:
        return euro_to_cents(value)
    except Exception as exc:
        raise InvalidResponse(f"not an amount: {type(value).__name__}") from exc


def _enum(cls: type[Any], value: Any, default: Any) -> Any:
    try:
        return cls(value)
    except (ValueError, TypeError):
        return default


def parse_datetime(value: Any) -> datetime | None:
    """ISO 8601 with or without offset. Offset-less values are read as Brussels time (the example
    '2024-04-30T21:59:00' is 23:59 local written in UTC without a 'Z' — we cannot know, and Brussels
    is the lesser error for a Flemish platform). Date-only values become midnight Brussels."""
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        try:
            d = date.fromisoformat(text[:10])
        except ValueError:
            return None
        dt = datetime(d.year, d.month, d.day)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=BRUSSELS)
    try:
        return dt.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 shifted out of the calendar
        return None


def parse_date(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None



# ----------------------------------------------------------------------------------------------
# parsers


def parse_card_system(data: Any) -> CardSystemInfo:
    if not isinstance(data, Mapping):
        raise InvalidResponse("card system is not an object")
    postal_codes = tuple(
        str(c["postalCode"]) for c in data.get("cities") or () if isinstance(c, Mapping) and c.get("postalCode")
    )
    return CardSystemInfo(id=int(_req(data, "id")), name=_str(data, "name"), postal_codes=postal_codes)


def _opt_card_system(data: Any) -> CardSystemInfo | None:
    return parse_card_system(data) if isinstance(data, Mapping) and data.get("id") is not None else None


def parse_messages(items: Any) -> tuple[PlatformMessage, ...]:
    out = []
    for m in items or ():
        if isinstance(m, Mapping) and isinstance(m.get("text"), str):
            out.append(PlatformMessage(_enum(MessageLevel, m.get("level"), MessageLevel.INFO), m["text"]))
    return tuple(out)


def parse_pass(data: Json, fetched_at: datetime, chip_number: str | None = None,
               read_started_at: datetime | None = None) -> PassSnapshot:
    social = _sub(data, "socialTariff")
    return PassSnapshot(
        uitpas_number=str(_req(data, "uitpasNumber")),
        passholder_id=_opt_str(data, "passholderId"),
        pass_type=_enum(PassType, data.get("passType"), PassType.INDIVIDUAL),
        first_name=_str(data, "firstName"),
        points=_int(data, "points"),
        postal_code=_str(data, "postalCode"),
        card_system=_opt_card_system(data.get("cardSystem")),
        social_tariff_status=_enum(SocialTariffStatus, social.get("status"), SocialTariffStatus.NONE),
        social_tariff_end_date=parse_datetime(social.get("endDate")),
        card_status=CardStatus.ACTIVE,  # GET /passes only answers 200 for active cards
        fetched_at=fetched_at,
        messages=parse_messages(data.get("messages")),
        chip_number=chip_number,
        read_started_at=read_started_at,
    )


def parse_tariff_offer(data: Json) -> TariffOffer:
    return TariffOffer(
        id=str(_req(data, "id")),
        name=_str(data, "name"),
        price=_cents(_req(data, "price")),
        type=_enum(TariffType, data.get("type"), TariffType.COUPON),
        remaining=_opt_int(data, "remaining"),
    )


def parse_tariffs(data: Json) -> TariffQuote:
    available = data.get("available") if isinstance(data, Mapping) else None
    if available is not None and not isinstance(available, list):
        raise InvalidResponse("'available' is not a list")
    return TariffQuote(
        offers=tuple(parse_tariff_offer(t) for t in available or ()),
        end_user_message=parse_end_user_message(data.get("endUserMessage")),
    )


def parse_ticket_sale(data: Json) -> TicketSaleResult:
    tariff = _sub(data, "tariff")
    passholder = _sub(data, "passholder")
    price = tariff.get("price")
    return TicketSaleResult(
        id=str(_req(data, "id")),
        creation_date=parse_datetime(data.get("creationDate")),
        uitpas_number=_str(data, "uitpasNumber"),
        event_id=_str(data, "eventId"),
        regular_price=_cents(data.get("regularPrice", 0)),
        regular_price_label=_opt_str(data, "regularPriceLabel"),
        tariff_id=_str(tariff, "id") or _str(data, "tariffId"),
        tariff_name=_str(tariff, "name"),
        tariff_price=_cents(price) if price is not None else None,
        tariff_type=_enum(TariffType, tariff.get("type"), None),
        event_title=_str(data, "eventTitle"),
        passholder_id=_opt_str(passholder, "id"),
        raw=data,
    )


def parse_checkin(data: Json) -> CheckinResult:
    return CheckinResult(
        id=str(_req(data, "id")),
        creation_date=parse_datetime(data.get("creationDate")),
        event_id=_str(data, "eventId"),
        uitpas_number=_str(data, "uitpasNumber"),
        points=_int(data, "points"),
        event_title=_str(data, "eventTitle"),
        raw=data,
    )


def parse_checkin_status(data: Json) -> CheckinStatus:
    return CheckinStatus(bool(data.get("allowed")), parse_end_user_message(data.get("endUserMessage")))


def parse_redeem_status(data: Json) -> RedeemStatus:
    return RedeemStatus(bool(data.get("redeemable")), _opt_str(data, "reason"), _opt_str(data, "message"))


def _period(data: Any, key: str) -> datetime | None:
    return parse_datetime(data.get(key)) if isinstance(data, Mapping) else None


def parse_reward(data: Json) -> RewardInfo:
    systems = [data.get("owningCardSystem")] + list(data.get("applicableCardSystems") or ())
    ids = tuple(dict.fromkeys(int(s["id"]) for s in systems if isinstance(s, Mapping) and s.get("id") is not None))
    redeem = data.get("redeemPeriod")
    return RewardInfo(
        id=str(_req(data, "id")),
        title=_str(data, "title"),
        type=_enum(RewardType, data.get("type"), RewardType.POINTS),
        points=_int(data, "points"),
        card_system_ids=ids,
        redeem_start=_period(redeem, "begin"),
        redeem_end=_period(redeem, "end"),
        online=bool(data.get("online")),
    )


def parse_redeemed_reward(data: Json) -> RedeemedReward:
    info = _sub(data, "redeemInfo")
    return RedeemedReward(
        id=str(_req(data, "id")),
        reward=parse_reward(_req(data, "reward")),
        redeem_date=parse_datetime(data.get("redeemDate")),
        redeem_code=_opt_str(data, "redeemCode"),
        redeem_info_text=_opt_str(info, "text"),
        raw=data,
    )


def parse_membership(data: Json) -> MembershipInfo:
    social = _sub(data, "socialTariff")
    card = _sub(data, "currentCard")
    return MembershipInfo(
        card_system=parse_card_system(_req(data, "cardSystem")),
        uitpas_number=_opt_str(data, "uitpasNumber") or _opt_str(card, "uitpasNumber"),
        status=_str(data, "status", "ACTIVE"),
        social_tariff_status=_enum(SocialTariffStatus, social.get("status"), SocialTariffStatus.NONE),
        social_tariff_end_date=parse_datetime(social.get("endDate")),
        in_grace_period=bool(social.get("inGracePeriod")),
        card_status=_enum(CardStatus, card.get("status"), None),
    )


def parse_passholder(data: Json) -> Passholder:
    address = _sub(data, "address")
    return Passholder(
        id=str(_req(data, "id")),
        name=_str(data, "name"),
        first_name=_str(data, "firstName"),
        date_of_birth=parse_date(data.get("dateOfBirth")),
        uitpas_number=_opt_str(data, "uitpasNumber"),
        insz_number=_opt_str(data, "inszNumber"),
        points=_int(data, "points"),
        postal_code=_str(address, "postalCode") or _str(data, "postalCode"),
        city=_str(address, "city") or _str(data, "city"),
        email=_opt_str(data, "email"),
        memberships=tuple(parse_membership(m) for m in data.get("cardSystemMemberships") or ()
                          if isinstance(m, Mapping)),
        raw=data,
    )


def parse_card(data: Json) -> CardInfo:
    return CardInfo(
        uitpas_number=str(_req(data, "uitpasNumber")),
        card_system=parse_card_system(_req(data, "cardSystem")),
        status=_enum(CardStatus, data.get("status"), CardStatus.DELETED),
        social_tariff=bool(data.get("socialTariff")),
        card_type=_opt_str(data, "cardType"),
    )


def parse_grouppass(data: Json) -> Grouppass:
    social = _sub(data, "socialTariff")
    return Grouppass(
        id=str(_req(data, "id")),
        uitpas_number=_str(data, "uitpasNumber"),
        name=_str(data, "name"),
        card_status=_enum(CardStatus, data.get("cardStatus"), CardStatus.DELETED),
        card_system=parse_card_system(_req(data, "cardSystem")),
        social_tariff_status=_enum(SocialTariffStatus, social.get("status"), SocialTariffStatus.NONE),
        available_tickets=_opt_int(social, "availableTickets"),
        raw=data,
    )


def parse_coupon(data: Json) -> GrantedCoupon:
    coupon = _sub(data, "coupon")
    validity = data.get("validityPeriod")
    remaining = _sub(data, "remaining")
    return GrantedCoupon(
        id=str(_req(data, "id")),
        coupon_id=_str(coupon, "id"),
        name=_str(coupon, "name"),
        status=_str(data, "status"),
        valid_from=_period(validity, "begin"),
        valid_until=_period(validity, "end"),
        remaining_volume=_opt_int(remaining, "volume"),
        remaining_period=_enum(PeriodType, remaining.get("period"), None),
    )


def parse_organizer(data: Json) -> OrganizerInfo:
    address = _sub(data, "address")
    return OrganizerInfo(
        id=str(_req(data, "id")),
        name=_str(data, "name"),
        card_system_ids=tuple(int(c["id"]) for c in data.get("cardSystems") or ()
                              if isinstance(c, Mapping) and "id" in c),
        city=_str(address, "city"),
    )


def parse_organizer_permissions(data: Json) -> OrganizerPermissions:
    details = [d for d in data.get("permissionDetails") or () if isinstance(d, Mapping) and d.get("id")]
    names = {str(d["id"]) for d in details} | {str(p) for p in data.get("permissions") or ()}
    return OrganizerPermissions(
        organizer=parse_organizer(_req(data, "organizer")),
        permissions=frozenset(names),
        card_system_ids={str(d["id"]): tuple(int(c) for c in d.get("cardSystemIds") or ()) for d in details},
        linked=tuple(parse_organizer_permissions(x) for x in data.get("linkedOrganizers") or ()
                     if isinstance(x, Mapping)),
    )


def parse_event_settings(data: Json) -> EventSettings:
    tl = _sub(data, "passholderTicketLimit")
    cl = _sub(data, "checkinLimit")
    return EventSettings(
        event_id=str(_req(data, "id")),
        checkin_points=_int(data, "checkinPoints", 1),
        ticket_limit_volume=_opt_int(tl, "volume"),
        ticket_limit_period=_enum(PeriodType, tl.get("periodType"), None),
        checkin_limit_volume=_opt_int(cl, "volume"),
        checkin_limit_period=_enum(PeriodType, cl.get("periodType"), None),
    )


def parse_event_card_system(data: Json) -> EventCardSystem:
    return EventCardSystem(id=int(_req(data, "id")), name=_str(data, "name"), enabled=bool(data.get("enabled", True)))


def parse_membership_price(data: Json) -> MembershipPrice:
    return MembershipPrice(price=_cents(_req(data, "price")), label=_str(data, "label"),
                           description=_str(data, "description"))


def parse_membership_preview(data: Json) -> MembershipPreview:
    return MembershipPreview(
        type=str(_req(data, "type")),
        address_change_required=bool(data.get("addressChangeRequired")),
        social_tariff_end_date=parse_date(data.get("socialTariffEndDate")),
        raw=data,
    )


def parse_city_setting(data: Json) -> CitySetting:
    city = data.get("city")
    return CitySetting(
        city=_str(city, "name") if isinstance(city, Mapping) else _str(data, "city"),
        allows_cardless_registration=bool(data.get("allowsCardlessRegistration")),
        contact_email=_opt_str(data, "contactEmail"),
    )


def parse_social_tariff_card(data: Any) -> SocialTariffCard:
    if not isinstance(data, Mapping):
        raise InvalidResponse("export entry is not an object")
    return SocialTariffCard(
        uitpas_number=str(_req(data, "uitpasNumber")),
        card_type=_str(data, "cardType", "REGULAR"),
        available_tickets=_opt_int(data, "availableTickets"),
    )


def parse_page(data: Any, item: Any) -> Page[Any]:
    if not isinstance(data, Mapping) or not isinstance(data.get("member", []), list):
        raise InvalidResponse("expected a {totalItems, member} page")
    members = data.get("member") or []
    return Page(total=_int(data, "totalItems", len(members)), items=tuple(item(m) for m in members))


def parse_list(data: Any, item: Any) -> tuple[Any, ...]:
    if not isinstance(data, list):
        raise InvalidResponse("expected a JSON array")
    return tuple(item(m) for m in data)
