"""The typed UiTPAS API v4 client: one method per endpoint a counter uses, values out, typed errors.

The client is deliberately thin and stateless apart from its HTTP session: it does not retry
(except once after a 401, with a fresh token) and does not queue; deciding *when* to try again is
the sync worker's business, and it decides from :attr:`ApiError.error_class`. What the client does
guarantee is that every failure arrives classified, including the dangerous one: a write whose
request left this PC but whose answer never came back is :class:`OutcomeUnknown`, never "retry".

Who acts is the token provider's business. A client instance is bound to one provider; to sync an
action with another operator's credentials use :meth:`UitpasClient.with_token_provider`, which
shares the session (and its connection pool).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

import requests
import urllib3.exceptions

import balie
from balie.domain import CardSystemInfo, Cents, PassSnapshot, RewardInfo, cents_to_euro, utcnow
from balie.sync import json_stream
from balie.sync import parse as p
from balie.sync import wire as w
from balie.sync.environments import require_secure_url
from balie.sync.problems import (
    ApiError,
    ErrorClass,
    InvalidResponse,
    Offline,
    OutcomeUnknown,
    ServerError,
    TimedOut,
    problem_from_answer,
)

log = logging.getLogger(__name__)

# urllib3 logs every request line at DEBUG, query string included, and our queries carry UiTPAS and
# INSZ numbers. Keep that logger above DEBUG unless someone configured it on purpose.
_urllib3_log = logging.getLogger("urllib3.connectionpool")
if _urllib3_log.level == logging.NOTSET:
    _urllib3_log.setLevel(logging.INFO)

DEFAULT_TIMEOUT = (3.05, 20.0)  # (connect, read) seconds
USER_AGENT = f"balie/{balie.__version__} (UiTPAS-balie; +https://github.com/) requests/{requests.__version__}"


class TokenProvider(Protocol):
    """Anything that hands out a bearer token (see :mod:`balie.sync.auth`)."""

    def access_token(self) -> str: ...

    def invalidate(self, token: str) -> None:
        """The platform refused ``token`` (401): the next :meth:`access_token` must get a new one."""


class TlsProblem(Offline):
    code = "tls"
    default_message = "De beveiligde verbinding met UiTPAS kon niet worden gecontroleerd (certificaat)."
    next_step = (
        "Staat de computer achter een netwerk dat verkeer inspecteert, laat de IT-dienst dan het "
        "CA-certificaat instellen in balie."
    )


POOL_SIZE = 16


def make_session(ca_bundle: str | None = None, user_agent: str = USER_AGENT) -> requests.Session:
    """A session with TLS verification on (optionally against a city's own CA bundle)."""
    session = requests.Session()
    # keep-alive connections for every parallel sender of the sync worker (it uses 8): a
    # smaller pool would open and drop a TCP connection per request beyond its size
    adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=POOL_SIZE)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.verify = ca_bundle if ca_bundle else True
    session.headers["User-Agent"] = user_agent
    session.headers["Accept"] = "application/json, application/problem+json"
    session.trust_env = True
    return session


def _never_sent(exc: BaseException) -> bool:
    """True when the failure happened while connecting, i.e. no byte of the request left."""
    seen: set[int] = set()
    stack: list[Any] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError,
                          ConnectionRefusedError, requests.exceptions.ConnectTimeout)):
            return True
        if isinstance(e, BaseException):
            stack.extend(a for a in e.args if isinstance(a, BaseException))
            stack.extend([getattr(e, "reason", None), e.__cause__, e.__context__])
    return False


def network_error(exc: requests.RequestException, *, write: bool) -> ApiError:
    """Classify a requests exception: never sent -> Offline; sent and lost -> write ? unknown : retry."""
    if isinstance(exc, requests.exceptions.SSLError):
        return TlsProblem(type(exc).__name__)
    if _never_sent(exc):
        return Offline(type(exc).__name__)
    if write:
        return OutcomeUnknown(type(exc).__name__)
    if isinstance(exc, requests.exceptions.Timeout):
        return TimedOut(type(exc).__name__)
    return Offline(type(exc).__name__)


def send(
    session: requests.Session,
    method: str,
    url: str,
    *,
    write: bool,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    **kwargs: Any,
) -> requests.Response:
    """One HTTP exchange, failures mapped to typed errors; non-2xx answers are returned as-is."""
    require_secure_url(url)
    try:
        return session.request(method, url, timeout=timeout, allow_redirects=False, **kwargs)
    except requests.RequestException as exc:
        raise network_error(exc, write=write) from None


def raise_for_answer(response: requests.Response, *, write: bool) -> None:
    if 200 <= response.status_code < 300:
        return
    problem = problem_from_answer(
        response.status_code,
        response.content,
        response.headers.get("Content-Type", ""),
        response.headers.get("Retry-After"),
    )
    # A gateway that timed out or failed may sit in front of a backend that did commit the write.
    if write and isinstance(problem, ServerError) and response.status_code in (502, 504):
        problem.error_class = ErrorClass.UNKNOWN_OUTCOME
    raise problem


def json_body(response: requests.Response, *, write: bool) -> Any:
    try:
        return response.json()
    except (ValueError, RecursionError):  # RecursionError: '[[[[...' deeper than the stack
        raise InvalidResponse(
            f"{response.status_code} answer is not JSON",
            error_class=ErrorClass.UNKNOWN_OUTCOME if write else None,
        ) from None


def _params(**kwargs: Any) -> dict[str, Any]:
    """Drop unset filters; booleans the way the API spells them; dates as ISO."""
    out: dict[str, Any] = {}
    for key, value in kwargs.items():
        if value is None or value == () or value == []:
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, (date, datetime)):
            value = value.isoformat()
        out[key] = list(value) if isinstance(value, tuple) else value
    return out


def _seg(value: str | int) -> str:
    return quote(str(value), safe="")


def _download_link(data: Any) -> str:
    link = data["downloadLink"]
    if not isinstance(link, str) or not link.startswith(("https://", "http://")):
        raise InvalidResponse("downloadLink is not a web address")
    return link


class UitpasClient:
    """UiTPAS API v4 over one ``requests.Session``. Methods raise :class:`ApiError` subclasses."""

    def __init__(
        self,
        base_url: str,
        token_provider: TokenProvider | None,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        ca_bundle: str | None = None,
        client_id: str | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.base_url = require_secure_url(base_url.rstrip("/"))
        self.tokens = token_provider
        self.session = session or make_session(ca_bundle)
        self.timeout = timeout
        self.client_id = client_id
        self.clock = clock

    def with_token_provider(self, token_provider: TokenProvider) -> UitpasClient:
        """Same platform and connection pool, other credentials (another operator's sign-in)."""
        return UitpasClient(
            self.base_url, token_provider, session=self.session, timeout=self.timeout,
            client_id=self.client_id, clock=self.clock,
        )

    # ------------------------------------------------------------------ plumbing

    def _auth_headers(self, token: str | None) -> dict[str, str]:
        if token is not None:
            return {"Authorization": f"Bearer {token}"}
        if self.client_id:
            return {"x-client-id": self.client_id}
        return {}

    def _exchange(self, method: str, path: str, *, write: bool, stream: bool = False,
                  **kwargs: Any) -> requests.Response:
        url = self.base_url + path
        for attempt in (1, 2):
            token = self.tokens.access_token() if self.tokens is not None else None
            started = time.perf_counter()
            response = send(
                self.session, method, url, write=write, timeout=self.timeout, stream=stream,
                headers=self._auth_headers(token), **kwargs,
            )
            log.debug("%s %s -> %s in %.0f ms", method, path.split("?")[0], response.status_code,
                      (time.perf_counter() - started) * 1000)
            if response.status_code == 401 and token is not None and attempt == 1:
                response.close()
                self.tokens.invalidate(token)  # type: ignore[union-attr]
                continue
            if not (200 <= response.status_code < 300):
                try:
                    raise_for_answer(response, write=write)
                finally:
                    response.close()
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def _get(self, path: str, **params: Any) -> Any:
        return json_body(self._exchange("GET", path, write=False, params=_params(**params)), write=False)

    def _write(self, method: str, path: str, body: Any = None, expect_body: bool = True) -> Any:
        kwargs = {"json": body} if body is not None else {}
        response = self._exchange(method, path, write=True, **kwargs)
        return json_body(response, write=True) if expect_body else None

    def _parsed(self, data: Any, parser: Callable[[Any], Any], *, write: bool = False) -> Any:
        try:
            return parser(data)
        except InvalidResponse as exc:
            if write:
                exc.error_class = ErrorClass.UNKNOWN_OUTCOME
            raise
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as exc:
            raise InvalidResponse(
                f"unexpected answer shape ({type(exc).__name__})",
                error_class=ErrorClass.UNKNOWN_OUTCOME if write else None,
            ) from None

    # ------------------------------------------------------------------ passes and cards

    def identify_pass(self, identifier: str, *, chip_number: str | None = None) -> PassSnapshot:
        """``GET /passes?identifier=`` with a UiTPAS number, chip number or INSZ. Stamped with the
        moments it was asked and answered: the balance in it was read somewhere in between, and
        the counter needs both to know which of its own changes it already holds."""
        asked = self.clock()
        data = self._get("/passes", identifier=identifier)
        fetched = self.clock()
        return self._parsed(data, lambda d: p.parse_pass(d, fetched, chip_number=chip_number,
                                                         read_started_at=asked))

    def get_card(self, *, uitpas_number: str | None = None, chip_number: str | None = None) -> w.CardInfo:
        data = self._get("/cards", uitpasNumber=uitpas_number, chipNumber=chip_number)
        return self._parsed(data, p.parse_card)

    def search_grouppasses(self, *, uitpas_number: str | None = None, chip_number: str | None = None,
                           start: int = 0, limit: int = 20) -> w.Page[w.Grouppass]:
        data = self._get("/grouppasses", uitpasNumber=uitpas_number, chipNumber=chip_number, start=start, limit=limit)
        return self._parsed(data, lambda d: p.parse_page(d, p.parse_grouppass))

    def get_grouppass(self, grouppass_id: str) -> w.Grouppass:
        return self._parsed(self._get(f"/grouppasses/{_seg(grouppass_id)}"), p.parse_grouppass)

    def iter_social_tariff_cards(self, card_system_id: int | str,
                                 chunk_size: int = 64 * 1024) -> Iterator[w.SocialTariffCard]:
        """Stream ``GET /cards/social-tariff/{cs}/active`` entry by entry (never the whole list in
        memory). A failure halfway raises a RETRYABLE error: treat a partial download as no download."""
        response = self._exchange("GET", f"/cards/social-tariff/{_seg(card_system_id)}/active",
                                  write=False, stream=True)
        try:
            parser = json_stream.JsonArrayStream()
            try:
                for chunk in response.iter_content(chunk_size):
                    for item in parser.feed(chunk):
                        yield self._parsed(item, p.parse_social_tariff_card)
                for item in parser.close():
                    yield self._parsed(item, p.parse_social_tariff_card)
            except requests.RequestException as exc:
                raise network_error(exc, write=False) from None
        finally:
            response.close()

    # ------------------------------------------------------------------ tariffs

    def get_tariffs(self, event_id: str, regular_price: Cents, uitpas_number: str, *,
                    type: str | None = None) -> w.TariffQuote:
        data = self._get("/tariffs", regularPrice=cents_to_euro(regular_price), eventId=event_id,
                         uitpasNumber=uitpas_number, type=type)
        return self._parsed(data, p.parse_tariffs)

    def get_static_tariffs(self, event_id: str, regular_price: Cents) -> w.TariffQuote:
        data = self._get("/tariffs/static", regularPrice=cents_to_euro(regular_price), eventId=event_id)
        return self._parsed(data, p.parse_tariffs)

    # ------------------------------------------------------------------ ticket sales

    def register_ticket_sales(self, sales: Sequence[w.TicketSaleRequest]) -> tuple[w.TicketSaleResult, ...]:
        """All or nothing: one refused element refuses the whole list (NOTES §10.1)."""
        if not sales:
            return ()
        data = self._write("POST", "/ticket-sales", [s.to_json() for s in sales])
        return self._parsed(data, lambda d: p.parse_list(d, p.parse_ticket_sale), write=True)

    def search_ticket_sales(self, *, event_id: str | None = None, passholder_id: str | None = None,
                            organizer_ids: Sequence[str] = (), event_title: str | None = None,
                            start: int = 0, limit: int = 50) -> w.Page[w.TicketSaleResult]:
        data = self._get("/ticket-sales", eventId=event_id, passholderId=passholder_id,
                         organizerId=tuple(organizer_ids), eventTitle=event_title, start=start, limit=limit)
        return self._parsed(data, lambda d: p.parse_page(d, p.parse_ticket_sale))

    def cancel_ticket_sale(self, ticket_sale_id: str) -> None:
        self._write("DELETE", f"/ticket-sales/{_seg(ticket_sale_id)}", expect_body=False)

    # ------------------------------------------------------------------ check-ins

    def register_checkin(self, uitpas_number: str, event_id: str) -> w.CheckinResult:
        data = self._write("POST", "/checkins", {"uitpasNumber": uitpas_number, "eventId": event_id})
        return self._parsed(data, p.parse_checkin, write=True)

    def checkin_status(self, uitpas_number: str, event_id: str) -> w.CheckinStatus:
        data = self._get("/checkin-status", uitpasNumber=uitpas_number, eventId=event_id)
        return self._parsed(data, p.parse_checkin_status)

    def search_checkins(self, passholder_id: str, organizer_ids: Sequence[str], *, event_title: str | None = None,
                        start: int = 0, limit: int = 50) -> w.Page[w.CheckinResult]:
        data = self._get("/checkins", passholderId=passholder_id, organizerId=tuple(organizer_ids),
                         eventTitle=event_title, start=start, limit=limit)
        return self._parsed(data, lambda d: p.parse_page(d, p.parse_checkin))

    def cancel_checkin(self, checkin_id: str) -> None:
        self._write("DELETE", f"/checkins/{_seg(checkin_id)}", expect_body=False)

    # ------------------------------------------------------------------ rewards

    def search_rewards(self, *, organizer_ids: Sequence[str] = (), type: str = "ANY", text: str | None = None,
                       redeemable_by_passholder_id: str | None = None, subset: str | None = None,
                       start: int = 0, limit: int = 50) -> w.Page[RewardInfo]:
        data = self._get("/rewards", organizerId=tuple(organizer_ids), type=type, text=text,
                         isRedeemableByPassholderId=redeemable_by_passholder_id, subset=subset,
                         start=start, limit=limit)
        return self._parsed(data, lambda d: p.parse_page(d, p.parse_reward))

    def get_reward(self, reward_id: str) -> RewardInfo:
        return self._parsed(self._get(f"/rewards/{_seg(reward_id)}"), p.parse_reward)

    def reward_redeem_status(self, reward_id: str, uitpas_number: str) -> w.RedeemStatus:
        data = self._get(f"/rewards/{_seg(reward_id)}/redeem-status", uitpasNumber=uitpas_number)
        return self._parsed(data, p.parse_redeem_status)

    def redeem_reward(self, reward_id: str, uitpas_number: str) -> w.RedeemedReward:
        data = self._write("POST", "/rewards/redeemed", {"rewardId": reward_id, "uitpasNumber": uitpas_number})
        return self._parsed(data, p.parse_redeemed_reward, write=True)

    def search_redeemed_rewards(self, *, uitpas_number: str | None = None, passholder_id: str | None = None,
                                organizer_id: str | None = None, reward_type: str | None = None,
                                start: int = 0, limit: int = 50) -> w.Page[w.RedeemedReward]:
        data = self._get("/rewards/redeemed", uitpasNumber=uitpas_number, passholderId=passholder_id,
                         organizerId=organizer_id, rewardType=reward_type, start=start, limit=limit)
        return self._parsed(data, lambda d: p.parse_page(d, p.parse_redeemed_reward))

    def cancel_redeemed_reward(self, redeemed_reward_id: str) -> None:
        self._write("DELETE", f"/rewards/redeemed/{_seg(redeemed_reward_id)}", expect_body=False)

    # ------------------------------------------------------------------ pass holders

    def search_passholders(self, *, insz_number: str | None = None, uitpas_number: str | None = None,
                           chip_number: str | None = None, name: str | None = None,
                           first_name: str | None = None, date_of_birth_from: date | None = None,
                           date_of_birth_to: date | None = None, organizer_id: str | None = None,
                           start: int = 0, limit: int = 20) -> w.Page[w.Passholder]:
        data = self._get("/passholders", inszNumber=insz_number, uitpasNumber=uitpas_number,
                         chipNumber=chip_number, name=name, firstName=first_name,
                         dateOfBirthFrom=date_of_birth_from, dateOfBirthTo=date_of_birth_to,
                         organizerId=organizer_id, start=start, limit=limit)
        return self._parsed(data, lambda d: p.parse_page(d, p.parse_passholder))

    def get_passholder(self, passholder_id: str) -> w.Passholder:
        return self._parsed(self._get(f"/passholders/{_seg(passholder_id)}"), p.parse_passholder)

    def register_passholder(self, body: Mapping[str, Any]) -> w.Passholder:
        """``POST /passholders`` (answers 200 with the new holder). ``body`` is the spec's
        Passholder with the write-only ``registration*`` fields; the caller builds it."""
        data = self._write("POST", "/passholders", dict(body))
        return self._parsed(data, p.parse_passholder, write=True)

    def update_passholder(self, passholder_id: str, body: Mapping[str, Any]) -> None:
        """``PUT /passholders/{id}`` is a FULL replacement: build ``body`` with
        :func:`passholder_put_body` from the current holder, never from a few changed fields."""
        self._write("PUT", f"/passholders/{_seg(passholder_id)}", dict(body), expect_body=False)

    def insz_status(self, insz_number: str) -> str:
        """'USED' or 'UNUSED': ask before registering someone."""
        data = self._get(f"/passholders/status/insz-numbers/{_seg(insz_number)}")
        return self._parsed(data, lambda d: str(d["state"]))

    def membership_preview(self, passholder_id: str, card_system_id: int, *, social_tariff: bool | None = None,
                           organizer_id: str | None = None) -> w.MembershipPreview:
        data = self._get(f"/passholders/{_seg(passholder_id)}/memberships/{_seg(card_system_id)}",
                         socialTariff=social_tariff, organizerId=organizer_id)
        return self._parsed(data, p.parse_membership_preview)

    def create_membership(self, passholder_id: str, card_system_id: int, body: Mapping[str, Any]) -> None:
        self._write("POST", f"/passholders/{_seg(passholder_id)}/memberships/{_seg(card_system_id)}",
                    dict(body), expect_body=False)

    def membership_price(self, card_system_id: int, *, postal_code: str, date_of_birth: date, card_type: str,
                         social_tariff: bool | None = None, voucher: str | None = None) -> w.MembershipPrice:
        data = self._get(f"/passholders/membership-prices/{_seg(card_system_id)}", postalCode=postal_code,
                         dateOfBirth=date_of_birth, cardType=card_type, socialTariff=social_tariff, voucher=voucher)
        return self._parsed(data, p.parse_membership_price)

    def passholder_membership_price(self, passholder_id: str, card_system_id: int, *, card_type: str | None = None,
                                    social_tariff: bool | None = None, voucher: str | None = None) -> w.MembershipPrice:
        data = self._get(f"/passholders/{_seg(passholder_id)}/membership-prices/{_seg(card_system_id)}",
                         cardType=card_type, socialTariff=social_tariff, voucher=voucher)
        return self._parsed(data, p.parse_membership_price)

    def passholder_coupons(self, passholder_id: str, *, status: str = "ACTIVE",
                           organizer_id: str | None = None) -> tuple[w.GrantedCoupon, ...]:
        data = self._get(f"/passholders/{_seg(passholder_id)}/coupons", status=status, organizerId=organizer_id)
        return self._parsed(data, lambda d: p.parse_list(d, p.parse_coupon))

    def grouppass_coupons(self, grouppass_id: str, *, status: str = "ACTIVE",
                          organizer_id: str | None = None) -> tuple[w.GrantedCoupon, ...]:
        data = self._get(f"/grouppasses/{_seg(grouppass_id)}/coupons", status=status, organizerId=organizer_id)
        return self._parsed(data, lambda d: p.parse_list(d, p.parse_coupon))

    # ------------------------------------------------------------------ card systems, organizers, events

    def card_systems(self, *, postal_code: str | None = None, permanent: bool | None = None,
                     start: int = 0, limit: int = 50) -> w.Page[Any]:
        data = self._get("/card-systems", postalCode=postal_code, permanent=permanent, start=start, limit=limit)
        if isinstance(data, list):  # tolerate a bare array
            data = {"totalItems": len(data), "member": data}
        return self._parsed(data, lambda d: p.parse_page(d, p.parse_card_system))

    def get_card_system(self, card_system_id: int) -> CardSystemInfo:
        return self._parsed(self._get(f"/card-systems/{_seg(card_system_id)}"), p.parse_card_system)

    def card_system_city_settings(self, card_system_id: int, *,
                                  postal_code: str | None = None) -> tuple[w.CitySetting, ...]:
        data = self._get(f"/card-systems/{_seg(card_system_id)}/city-settings", postalCode=postal_code)
        return self._parsed(data, lambda d: p.parse_list(d, p.parse_city_setting))

    def card_system_membership_prices(self, card_system_id: int, *, card_type: str) -> tuple[w.MembershipPrice, ...]:
        data = self._get(f"/card-systems/{_seg(card_system_id)}/membership-prices", cardType=card_type)
        return self._parsed(data, lambda d: p.parse_list(d, p.parse_membership_price))

    def permissions(self) -> tuple[w.OrganizerPermissions, ...]:
        return self._parsed(self._get("/permissions"), lambda d: p.parse_list(d, p.parse_organizer_permissions))

    def search_organizers(self, *, name: str | None = None, card_system_id: int | None = None,
                          start: int = 0, limit: int = 50) -> w.Page[w.OrganizerInfo]:
        data = self._get("/organizers", name=name, cardSystemId=card_system_id, start=start, limit=limit)
        return self._parsed(data, lambda d: p.parse_page(d, p.parse_organizer))

    def get_organizer(self, organizer_id: str) -> w.OrganizerInfo:
        return self._parsed(self._get(f"/organizers/{_seg(organizer_id)}"), p.parse_organizer)

    def event_settings(self, event_id: str) -> w.EventSettings:
        return self._parsed(self._get(f"/events/{_seg(event_id)}/settings"), p.parse_event_settings)

    def event_card_systems(self, event_id: str) -> tuple[w.EventCardSystem, ...]:
        data = self._get(f"/events/{_seg(event_id)}/card-systems")
        return self._parsed(data, lambda d: p.parse_list(d, p.parse_event_card_system))

    def qr_checkin_download_link(self, event_id: str, *, file_format: str = "pdf") -> str:
        """``GET /events/{id}/qr-checkincodes/download-link``: a short-lived link to the event's
        printable QR check-in codes (``pdf``) or their images (``zip``). The link itself needs
        no token, so it may be handed to the desktop's browser or PDF viewer."""
        data = self._get(f"/events/{_seg(event_id)}/qr-checkincodes/download-link",
                         format=file_format)
        return str(self._parsed(data, _download_link))

    def download_file(self, link: str, target: Path, *, max_bytes: int = 50 * 1024 * 1024) -> int:
        """Save what a download link serves to ``target`` (written beside it, then renamed, so
        a broken download never leaves half a file under the chosen name). The bearer token is
        never sent along: the link carries its own signature and may point at another host.
        Returns the number of bytes written."""
        response = send(self.session, "GET", link, write=False, timeout=self.timeout, stream=True)
        try:
            raise_for_answer(response, write=False)
            partial = target.with_name(target.name + ".part")
            size = 0
            try:
                with partial.open("wb") as out:
                    for chunk in response.iter_content(64 * 1024):
                        size += len(chunk)
                        if size > max_bytes:
                            raise InvalidResponse(f"download larger than {max_bytes} bytes")
                        out.write(chunk)
                partial.replace(target)
            except requests.RequestException as exc:
                raise network_error(exc, write=False) from None
            finally:
                partial.unlink(missing_ok=True)
            return size
        finally:
            response.close()


# Fields the platform sets itself; a full PUT must not send them back.
_READ_ONLY_PASSHOLDER_FIELDS = frozenset({
    "id", "cardSystemMemberships", "creationDate", "points", "uitidStatus", "postalCode", "city", "uitpasNumber",
})


def passholder_put_body(current: w.Passholder, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The full replacement body for ``PUT /passholders/{id}``: everything the platform sent,
    minus read-only fields, with ``changes`` applied on top (nested dicts are merged one level).

    Nulls are left out, at any depth: the API refuses ``null`` where it declares a string, and in a
    full replacement an omitted field is a cleared one, so a change to ``None`` clears that field."""
    body = {k: v for k, v in current.raw.items() if k not in _READ_ONLY_PASSHOLDER_FIELDS}
    for key, value in changes.items():
        if isinstance(value, Mapping) and isinstance(body.get(key), Mapping):
            body[key] = {**body[key], **value}
        else:
            body[key] = value
    return _without_nulls(body)


def _without_nulls(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value if v is not None]
    return value
