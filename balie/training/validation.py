"""Request validation: the training platform refuses what the real UiTPAS API refuses.

When the platform accepts a request the real API would refuse, a client bug passes every test and
fails only in production. So before a rule module sees a request, its path and query parameters
and its JSON body are checked against a small declarative table per operation (required, type,
enum, format, minimum/maximum), written from publiq's published API description. A refusal is a
400 problem with publiq's types (``url/query-parameter-invalid``, ``url/path-parameter-invalid``,
``body/missing``, ``body/invalid-syntax``, ``body/invalid-data`` with ``schemaErrors``) and a Dutch
``endUserMessage``. The business rules (Luhn, INSZ, quotas, ...) stay in the rule modules.

Integers are 64-bit (a larger ``start`` is refused here rather than overflowing SQLite), and dates
must lie between 1900 and 2100: a year 114 is a typing error, not a birth date.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from balie.training.problems import ApiError

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
YEAR_MIN, YEAR_MAX = 1900, 2100
_INT = re.compile(r"-?\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", re.IGNORECASE)
NL_BUG = ("De kassa stuurde een ongeldige aanvraag naar UiTPAS ({what}). Probeer opnieuw; blijft het "
          "misgaan, meld het dan aan de helpdesk.")


# -- the schema vocabulary ----------------------------------------------------------------------
@dataclass(frozen=True)
class Str:
    enum: tuple[str, ...] = ()
    min_len: int = 0
    fmt: str = ""  # "date" (yyyy-mm-dd) or "date-time" (RFC 3339)


@dataclass(frozen=True)
class Int:
    minimum: int = INT64_MIN
    maximum: int = INT64_MAX


@dataclass(frozen=True)
class Num:
    pass


@dataclass(frozen=True)
class Bool:
    pass


@dataclass(frozen=True)
class Arr:
    items: Schema


@dataclass(frozen=True)
class Obj:
    """Unknown properties pass (the API ignores them); read-only ones are simply not listed."""

    props: Mapping[str, Schema]
    required: frozenset[str] = frozenset()


Schema = Str | Int | Num | Bool | Arr | Obj


@dataclass(frozen=True)
class Param:
    name: str
    schema: Schema
    required: bool = False


@dataclass(frozen=True)
class Operation:
    path: tuple[Param, ...] = ()
    query: tuple[Param, ...] = ()
    body: Schema | None = None


def obj(required: str = "", **props: Schema) -> Obj:
    return Obj(props, frozenset(required.split()))


# -- shared pieces of the API description ------------------------------------------------------
PAGING = (Param("start", Int(minimum=0)), Param("limit", Int(minimum=0)))
SORT = Str(enum=("asc", "desc"))
STRINGS = Arr(Str())
CARD_TYPE = Str(enum=("NFC_CARD", "DIGITAL"))
ORGANIZER = obj("id", id=Str(), name=Str(), cardSystems=Arr(obj("id", id=Int(), name=Str())))
ADDRESS = obj("postalCode city", street=Str(), number=Str(), box=Str(), postalCode=Str(), city=Str(),
              country=Str())
OPT_IN = obj("serviceMails milestoneMails infoMails sms post", serviceMails=Bool(), milestoneMails=Bool(),
             infoMails=Bool(), sms=Bool(), post=Bool())
PASSHOLDER = obj(
    "name firstName dateOfBirth address",
    name=Str(), firstName=Str(), inszNumber=Str(), uitpasNumber=Str(), email=Str(),
    dateOfBirth=Str(fmt="date"), gender=Str(enum=("MALE", "FEMALE", "X")), registrationOrganizer=ORGANIZER,
    address=ADDRESS, phoneNumber=Str(), optInPreferences=OPT_IN, nationality=Str(), parentalConsent=Bool(),
    legalTermsPaper=Bool(), legalTermsDigital=Bool(), registrationCardSystemId=Int(), registrationVoucher=Str(),
    registrationCardType=CARD_TYPE, registrationUitpasNumber=Str(),
    registrationSocialTariffEndDate=Str(fmt="date"), registrationPicture=Str(), registrationNote=Str())
TICKET_SALE = obj("regularPrice tariff eventId uitpasNumber", regularPrice=Num(), regularPriceLabel=Str(),
                  tariffId=Str(), tariff=obj("id", id=Str()), eventId=Str(min_len=1),
                  uitpasNumber=Str(min_len=1))
PASSHOLDER_ID = (Param("id", Str(), True),)
CARD_SYSTEM_ID = (Param("cs", Int(), True),)
COUPON_STATUS = Param("status", Str(enum=("ACTIVE", "EXPIRED", "ALL")))

#: (method, route) -> what the API description declares; routes as in balie.training.server.ROUTES
OPERATIONS: dict[tuple[str, str], Operation] = {
    ("GET", "/passes"): Operation(query=(Param("identifier", Str(), True),)),
    ("GET", "/cards"): Operation(query=(Param("uitpasNumber", Str()), Param("chipNumber", Str()))),
    ("GET", "/grouppasses"): Operation(query=(Param("uitpasNumber", Str()), Param("chipNumber", Str()),
                                              *PAGING, Param("sort[name]", SORT))),
    ("GET", "/grouppasses/{id}"): Operation(PASSHOLDER_ID),
    ("GET", "/grouppasses/{id}/coupons"): Operation(PASSHOLDER_ID, (COUPON_STATUS, Param("organizerId", Str()))),
    ("GET", "/tariffs"): Operation(query=(
        Param("regularPrice", Num(), True), Param("eventId", Str(), True), Param("uitpasNumber", Str(), True),
        Param("type", Str(enum=("ANY", "SOCIALTARIFF", "COUPON"))))),
    ("GET", "/tariffs/static"): Operation(query=(Param("regularPrice", Num(), True), Param("eventId", Str(), True))),
    ("POST", "/ticket-sales"): Operation(body=Arr(TICKET_SALE)),
    ("GET", "/ticket-sales"): Operation(query=(Param("eventId", Str()), *PAGING, Param("passholderId", Str()),
                                               Param("organizerId", STRINGS), Param("eventTitle", Str()))),
    ("DELETE", "/ticket-sales/{id}"): Operation((Param("id", Str(), True),)),
    ("POST", "/checkins"): Operation(body=obj("eventId uitpasNumber", eventId=Str(min_len=1),
                                              uitpasNumber=Str(min_len=1))),
    ("GET", "/checkin-status"): Operation(query=(Param("uitpasNumber", Str(), True), Param("eventId", Str(), True))),
    ("GET", "/checkins"): Operation(query=(Param("passholderId", Str(), True), *PAGING,
                                           Param("organizerId", STRINGS, True), Param("eventTitle", Str()))),
    ("DELETE", "/checkins/{id}"): Operation((Param("id", Str(), True),)),
    ("GET", "/rewards"): Operation(query=(
        *PAGING, Param("organizerId", STRINGS), Param("organizerPostalCode", STRINGS),
        Param("owningCardSystemId", STRINGS), Param("applicableCardSystemId", STRINGS),
        Param("type", Str(enum=("POINTS", "WELCOME", "ANY"))), Param("text", Str()),
        Param("facets", Arr(Str(enum=("categories", "forKids", "sport", "online", "lastChance",
                                      "owningCardSystemId", "type")))),
        Param("sort", Str()), Param("sort[name]", SORT), Param("sort[creationDate]", SORT),
        Param("sort[redeemCount]", SORT), Param("sort[featured]", SORT), Param("sort[points]", SORT),
        Param("categories", Arr(Str(enum=("Goede doel", "Eten en drinken", "Doen", "Gadget of item")))),
        Param("pointsFrom", Int()), Param("pointsTo", Int()),
        Param("subset", Str(enum=("ALL", "ENDUSERS", "REDEEMABLE", "REDEEMABLE-FUTURE", "ENDUSER-FUTURE"))),
        Param("sport", Bool()), Param("forKids", Bool()), Param("featured", Bool()), Param("online", Bool()),
        Param("lastChance", Bool()), Param("status", Str(enum=("ACTIVE", "INACTIVE", "DELETED"))),
        Param("isRedeemableByPassholderId", Str()), Param("isInterestingForPassholderId", Str()))),
    ("POST", "/rewards/redeemed"): Operation(body=obj("rewardId uitpasNumber", rewardId=Str(), uitpasNumber=Str())),
    ("GET", "/rewards/redeemed"): Operation(query=(
        Param("uitpasNumber", Str()), Param("rewardType", Str(enum=("POINTS", "WELCOME"))), *PAGING,
        Param("passholderId", Str()), Param("organizerId", STRINGS), Param("rewardTitle", Str()))),
    ("DELETE", "/rewards/redeemed/{id}"): Operation((Param("id", Str(), True),)),
    ("GET", "/rewards/{id}"): Operation((Param("id", Str(), True),)),
    ("GET", "/rewards/{id}/redeem-status"): Operation((Param("id", Str(), True),),
                                                      (Param("uitpasNumber", Str(), True),)),
    ("GET", "/passholders"): Operation(query=(
        Param("inszNumber", Str()), Param("uitpasNumber", Str()), Param("chipNumber", Str()), Param("name", Str()),
        Param("firstName", Str()), Param("email", Str()), Param("address.street", Str()),
        Param("address.city", Str()), Param("schoolId", Str()), *PAGING, Param("sort[name]", SORT),
        Param("organizerId", Str()), Param("dateOfBirthFrom", Str(fmt="date")),
        Param("dateOfBirthTo", Str(fmt="date")), Param("uitidId", Str()), Param("associationId", Str()),
        Param("associationMembershipStatus", Str(enum=("ACTIVE", "EXPIRED", "ALL"))))),
    ("POST", "/passholders"): Operation(body=PASSHOLDER),
    ("GET", "/passholders/status/insz-numbers/{insz}"): Operation((Param("insz", Str(), True),)),
    ("GET", "/passholders/membership-prices/{cs}"): Operation(CARD_SYSTEM_ID, (
        Param("postalCode", Str(), True), Param("dateOfBirth", Str(fmt="date"), True),
        Param("socialTariff", Bool()), Param("voucher", Str()), Param("cardType", CARD_TYPE, True))),
    ("GET", "/passholders/{id}"): Operation(PASSHOLDER_ID),
    ("PUT", "/passholders/{id}"): Operation(PASSHOLDER_ID, body=PASSHOLDER),
    ("GET", "/passholders/{id}/memberships/{cs}"): Operation(
        (*PASSHOLDER_ID, *CARD_SYSTEM_ID), (Param("socialTariff", Bool(), True), Param("organizerId", Str(), True))),
    ("POST", "/passholders/{id}/memberships/{cs}"): Operation((*PASSHOLDER_ID, *CARD_SYSTEM_ID), body=obj(
        "cardType registrationOrganizer", cardType=CARD_TYPE, uitpasNumber=Str(),
        address=obj("street postalCode city", street=Str(), postalCode=Str(), city=Str()),
        socialTariff=obj("", socialTariffEndDate=Str(fmt="date")), voucher=Str(), registrationOrganizer=ORGANIZER)),
    ("GET", "/passholders/{id}/membership-prices/{cs}"): Operation((*PASSHOLDER_ID, *CARD_SYSTEM_ID), (
        Param("socialTariff", Bool()), Param("voucher", Str()), Param("cardType", CARD_TYPE, True))),
    ("GET", "/passholders/{id}/coupons"): Operation(PASSHOLDER_ID, (COUPON_STATUS, Param("organizerId", Str()))),
    ("GET", "/card-systems"): Operation(query=(Param("permanent", Bool()), *PAGING, Param("city", STRINGS),
                                               Param("postalCode", STRINGS), Param("sort", Str()),
                                               Param("postalCodeSort", Str()))),
    ("GET", "/card-systems/{cs}"): Operation(CARD_SYSTEM_ID),
    ("GET", "/card-systems/{cs}/city-settings"): Operation(CARD_SYSTEM_ID, (Param("postalCode", STRINGS),)),
    ("GET", "/card-systems/{cs}/membership-prices"): Operation(CARD_SYSTEM_ID, (Param("cardType", CARD_TYPE, True),)),
    ("GET", "/cards/social-tariff/{cs}/active"): Operation((Param("cs", Str(), True),)),
    ("GET", "/organizers"): Operation(query=(Param("groupId", Int()), Param("name", Str()),
                                             Param("cardSystemId", Int()), *PAGING, Param("sort[name]", SORT))),
    ("GET", "/organizers/{id}"): Operation((Param("id", Str(), True),)),
    ("GET", "/permissions"): Operation(),
    ("GET", "/events/{id}/settings"): Operation((Param("id", Str(), True),)),
    ("GET", "/events/{id}/card-systems"): Operation((Param("id", Str(), True),)),
    ("GET", "/events/{id}/qr-checkincodes/download-link"): Operation(
        (Param("id", Str(), True),), (Param("format", Str(enum=("pdf", "zip"))),)),
}


# -- checking -----------------------------------------------------------------------------------
def check_request(method: str, route: str, params: Mapping[str, str], query: Mapping[str, list[str]],
                  body: bytes) -> Any:
    """Refuse the request (ApiError) unless it fits the operation; returns the parsed JSON body
    (None for operations without one). Operations not in the table pass unchecked."""
    op = OPERATIONS.get((method, route))
    if op is None:
        return None
    for param in op.path:
        error = _value_error(param.schema, params.get(param.name, ""))
        if error:
            raise _path_problem(param.name, error)
    for param in op.query:
        values = (query.get(param.name) or []) + (query.get(param.name + "[]") or [])
        if not values:
            if param.required:
                raise _query_problem(param.name, "is required")
            continue
        schema = param.schema
        if not isinstance(schema, Arr) and len(values) > 1:
            raise _query_problem(param.name, "is given more than once")
        for value in values:
            error = _value_error(schema.items if isinstance(schema, Arr) else schema, value)
            if error:
                raise _query_problem(param.name, error)
    if op.body is None:
        return None
    if not body.strip():
        raise ApiError(400, "body/missing", "Body missing", "This operation needs a JSON request body.",
                       nl=NL_BUG.format(what="lege inhoud"))
    try:
        document = json.loads(body, parse_constant=_no_constant)
    except ValueError as exc:
        raise ApiError(400, "body/invalid-syntax", "Invalid body syntax",
                       f"The given request body could not be parsed as JSON ({exc}).",
                       nl=NL_BUG.format(what="geen geldige JSON")) from None
    errors = list(json_errors(op.body, document, ""))
    if errors:
        first = errors[0]
        raise ApiError(400, "body/invalid-data", "Invalid body data", f"{first[0] or '/'}: {first[1]}",
                       nl=NL_BUG.format(what=f"veld {first[0] or '/'}"),
                       schemaErrors=[{"jsonPointer": p, "error": e} for p, e in errors[:20]])
    return document


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def json_errors(schema: Schema, value: Any, pointer: str) -> Iterator[tuple[str, str]]:
    """Every (JSON pointer, reason) where ``value`` does not fit ``schema``."""
    if isinstance(schema, Obj):
        if not isinstance(value, dict):
            yield pointer, f"must be an object, not {_kind(value)}"
            return
        for name in sorted(schema.required - value.keys()):
            yield f"{pointer}/{name}", "is required"
        for name, sub in schema.props.items():
            if name in value:
                yield from json_errors(sub, value[name], f"{pointer}/{_escape(name)}")
    elif isinstance(schema, Arr):
        if not isinstance(value, list):
            yield pointer, f"must be an array, not {_kind(value)}"
            return
        for i, item in enumerate(value):
            yield from json_errors(schema.items, item, f"{pointer}/{i}")
    elif isinstance(schema, Str):
        if not isinstance(value, str):
            yield pointer, f"must be a string, not {_kind(value)}"
        else:
            error = _string_error(schema, value)
            if error:
                yield pointer, error
    elif isinstance(schema, Bool):
        if not isinstance(value, bool):
            yield pointer, f"must be a boolean, not {_kind(value)}"
    elif isinstance(schema, Int):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
            yield pointer, f"must be an integer, not {_kind(value)}"
        elif not schema.minimum <= int(value) <= schema.maximum:
            yield pointer, f"must be between {schema.minimum} and {schema.maximum}"
    elif isinstance(schema, Num):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            yield pointer, f"must be a number, not {_kind(value)}"


def _value_error(schema: Schema, raw: str) -> str | None:
    """Why one URL value (path or query, always text) does not fit ``schema``; None when it does."""
    if isinstance(schema, Int):
        if not _INT.fullmatch(raw):
            return f"must be an integer, got '{raw[:40]}'"
        number = int(raw)
        if not schema.minimum <= number <= schema.maximum:
            return f"must be between {schema.minimum} and {schema.maximum}"
        return None
    if isinstance(schema, Num):
        try:
            real = float(raw)
        except ValueError:
            return f"must be a number, got '{raw[:40]}'"
        return None if math.isfinite(real) else "must be a finite number"
    if isinstance(schema, Bool):
        return None if raw in ("true", "false") else f"must be true or false, got '{raw[:40]}'"
    if isinstance(schema, Str):
        return _string_error(schema, raw)
    return None


def _string_error(schema: Str, value: str) -> str | None:
    if schema.enum and value not in schema.enum:
        return f"must be one of {', '.join(schema.enum)}, got '{value[:40]}'"
    if len(value) < schema.min_len:
        return "must not be empty"
    if schema.fmt == "date":
        return date_error(value)
    if schema.fmt == "date-time":
        return date_time_error(value)
    return None


def date_error(value: str) -> str | None:
    """yyyy-mm-dd, a real day, in the years 1900-2100."""
    if not _DATE.fullmatch(value):
        return f"must be a date (yyyy-mm-dd), got '{value[:40]}'"
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return f"is not a real date: '{value}'"
    return None if YEAR_MIN <= day.year <= YEAR_MAX else f"must lie between {YEAR_MIN} and {YEAR_MAX}"


def date_time_error(value: str) -> str | None:
    """RFC 3339 with an offset, in the years 1900-2100."""
    if not _DATE_TIME.fullmatch(value):
        return f"must be an RFC 3339 date-time, got '{value[:40]}'"
    try:
        moment = datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return f"is not a real date-time: '{value}'"
    return None if YEAR_MIN <= moment.year <= YEAR_MAX else f"must lie between {YEAR_MIN} and {YEAR_MAX}"


def _query_problem(name: str, error: str) -> ApiError:
    return ApiError(400, "url/query-parameter-invalid", "Query parameter invalid",
                    f"Query parameter {name} {error}.", nl=NL_BUG.format(what=f"parameter {name}"),
                    parameter=name)


def query_problem(name: str, error: str) -> ApiError:
    """The same refusal for a rule module that finds a query value wrong only when it reads it
    (a negative price is a number, so the table lets it through)."""
    return _query_problem(name, error)


def _path_problem(name: str, error: str) -> ApiError:
    return ApiError(400, "url/path-parameter-invalid", "Path parameter invalid",
                    f"Path parameter {name} {error}.", nl=NL_BUG.format(what=f"adres, deel {name}"),
                    parameter=name)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "an array",
            dict: "an object"}.get(type(value), type(value).__name__)


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")
