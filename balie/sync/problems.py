"""Everything that can go wrong talking to UiTPAS, as typed values the UI and the sync worker act on.

Two readers need different things from one failure. The cashier needs a Dutch sentence (the
platform's ``endUserMessage`` verbatim when there is one). The sync worker needs to know what to do
with the queued action: show it and stop (PERMANENT), try again later (RETRYABLE), refresh the
token (AUTH), or first look up whether the write already happened (UNKNOWN_OUTCOME) because there
is no idempotency key anywhere in the API. That second answer is :attr:`ApiError.error_class`.

Problem types are compared as full URIs (publiq warns against matching the last segment only),
after folding the known slug spelling variants onto one canonical URI.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from balie.domain import EndUserMessage, Problem

PROBS = "https://api.publiq.be/probs/"


class ErrorClass(enum.StrEnum):
    """What the caller should do with the failed request."""

    PERMANENT = "PERMANENT"  # show to the user, never retry as-is
    RETRYABLE = "RETRYABLE"  # nothing happened on the platform; try again later
    AUTH = "AUTH"  # the credentials are not (or no longer) accepted; a person must sign in
    UNKNOWN_OUTCOME = "UNKNOWN_OUTCOME"  # a write left, its answer did not come back: reconcile


def _t(slug: str) -> str:
    return PROBS + slug


class ProblemType:
    """Full type URIs a counter branches on (see NOTES §13.2)."""

    UNAUTHORIZED = _t("auth/unauthorized")
    FORBIDDEN = _t("auth/forbidden")
    RATE_LIMITED = _t("uitpas/rate-limited")
    PASS_NOT_FOUND = _t("uitpas/pass-not-found")
    PASSHOLDER_NOT_FOUND = _t("uitpas/passholder-not-found")
    INVALID_UITPAS_NUMBER = _t("uitpas/invalid-uitpas-number")
    INVALID_CARD = _t("uitpas/invalid-card")
    INVALID_CARD_STATUS = _t("uitpas/invalid-card-status")
    CARD_BLOCKED = _t("uitpas/card-blocked")
    PASSHOLDER_BLOCKED = _t("uitpas/passholder-blocked")
    NO_ACTIVE_CARDSYSTEMS = _t("uitpas/passholder-no-active-cardsystems")
    EVENT_NOT_FOUND = _t("uitpas/event-not-found")
    ORGANIZER_NOT_FOUND = _t("uitpas/organizer-not-found")
    SOCIAL_TARIFF_EXPIRED = _t("uitpas/social-tariff-expired")
    SOCIAL_TARIFF_SUSPENDED = _t("uitpas/social-tariff-suspended")
    SOCIAL_TARIFF_NOT_AVAILABLE = _t("uitpas/social-tariff-not-available")
    MAXIMUM_REACHED = _t("uitpas/maximum-reached")
    INVALID_NUMBER_OF_TICKETS = _t("uitpas/invalid-number-of-tickets")
    TICKET_SALE_NOT_FOUND = _t("uitpas/ticket-sale-not-found")
    CHECKIN_NOT_ALLOWED = _t("uitpas/checkin-not-allowed")
    REWARD_NOT_FOUND = _t("uitpas/reward-not-found")
    INSZ_ALREADY_USED = _t("uitpas/insz-already-used")
    PASSHOLDER_ALREADY_REGISTERED = _t("uitpas/passholder-already-registered")
    DISTRIBUTIONKEY_NOT_FOUND = _t("uitpas/distributionkey-not-found")
    URL_NOT_FOUND = _t("url/not-found")
    ABOUT_BLANK = "about:blank"


# Spellings the platform (or its docs) use for the same problem -> the one we compare against.
_SLUG_VARIANTS = {
    _t("uitpas/invalid-uitpasnumber"): ProblemType.INVALID_UITPAS_NUMBER,
    _t("uitpas/disributionkey-not-found"): ProblemType.DISTRIBUTIONKEY_NOT_FOUND,
}


def canonical_type(type_uri: str | None) -> str:
    """Fold known slug variants and trivial differences (case, trailing slash, http) onto one URI."""
    if not type_uri:
        return ProblemType.ABOUT_BLANK
    uri = type_uri.strip()
    if uri.startswith("http://api.publiq.be/"):
        uri = "https://" + uri[len("http://"):]
    uri = uri.rstrip("/")
    if uri.lower().startswith(PROBS):
        uri = PROBS + uri[len(PROBS):].lower()
    return _SLUG_VARIANTS.get(uri, uri)


def is_type(type_uri: str | None, expected: str) -> bool:
    """Full-URI comparison that tolerates the documented spelling variants."""
    return canonical_type(type_uri) == canonical_type(expected)


class ApiError(Exception):
    """Base of every failure the client raises. Never carries a token or personal data in ``str()``."""

    error_class: ErrorClass = ErrorClass.PERMANENT
    default_message = "UiTPAS kon deze vraag niet verwerken."
    next_step = "Probeer het later opnieuw, of vraag de verantwoordelijke."
    code = "platform-error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.default_message)
        self.detail = detail

    @property
    def end_user_message(self) -> EndUserMessage | None:
        return None

    def user_message(self, lang: str = "nl") -> str:
        """The sentence to show at the counter: the platform's own words when it gave some."""
        if self.end_user_message is not None:
            return self.end_user_message.in_language(lang)
        return self.default_message

    def to_problem(self) -> Problem:
        """The core's error value, so screens never see an exception."""
        return Problem(
            code=self.code,
            message=self.user_message(),
            next_step=self.next_step,
            platform_type=None,
            end_user_message=self.end_user_message,
        )


class PlatformProblem(ApiError):
    """The platform answered with ``application/problem+json`` (RFC 7807)."""

    code = "platform-problem"

    def __init__(
        self,
        type_uri: str,
        status: int,
        title: str = "",
        detail: str = "",
        end_user_message: EndUserMessage | None = None,
        extensions: Mapping[str, Any] | None = None,
        raw: Mapping[str, Any] | None = None,
        raw_body: str = "",
    ) -> None:
        super().__init__(detail or title or f"HTTP {status}")
        self.type = canonical_type(type_uri)
        self.raw_type = type_uri
        self.status = status
        self.title = title
        self.detail = detail
        self._end_user_message = end_user_message
        self.extensions: dict[str, Any] = dict(extensions or {})
        self.raw: dict[str, Any] = dict(raw or {})
        self.raw_body = raw_body  # the answer as received (cut to RAW_BODY_KEPT), for support

    @property
    def end_user_message(self) -> EndUserMessage | None:
        return self._end_user_message

    def is_type(self, expected: str) -> bool:
        return self.type == canonical_type(expected)

    def __str__(self) -> str:
        if self.detail or self.title:
            return f"{self.status} {self.type}: {self.detail or self.title}"
        return without_reason(self.status, self.raw_body)

    def to_problem(self) -> Problem:
        extras = {k: str(v) for k, v in self.extensions.items() if isinstance(v, (str, int, bool))}
        return Problem(
            code=self.type.removeprefix(PROBS),
            message=self.user_message(),
            next_step=self.next_step,
            platform_type=self.type,
            end_user_message=self.end_user_message,
            extras=extras,
        )


class Refused(PlatformProblem):
    """A domain refusal (4xx): the request is wrong for this pass/event; retrying cannot help."""

    default_message = "UiTPAS weigert deze actie."
    next_step = "Lees de melding en pas de actie aan."


class NotFound(Refused):
    default_message = "UiTPAS kent dit niet (meer)."


class Unauthorized(PlatformProblem):
    """401: the token was not accepted (the client already refreshed once before raising this)."""

    error_class = ErrorClass.AUTH
    code = "unauthorized"
    default_message = "Je aanmelding bij UiTPAS is verlopen of ongeldig."
    next_step = "Meld opnieuw aan bij UiTPAS."


class Forbidden(PlatformProblem):
    """403: valid token, but no permission for this organizer or action (a configuration matter)."""

    code = "forbidden"
    default_message = "Je hebt geen toestemming voor deze actie bij deze organisator."
    next_step = "Vraag de beheerder van je organisatie om de juiste UiTPAS-rechten."


class RateLimited(PlatformProblem):
    """429: wait ``retry_after`` seconds (when the platform said so) and try again."""

    error_class = ErrorClass.RETRYABLE
    code = "rate-limited"
    default_message = "UiTPAS krijgt even te veel vragen."
    next_step = "Wacht even; balie probeert het straks vanzelf opnieuw."

    def __init__(self, *args: Any, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after


class ServerError(PlatformProblem):
    """5xx: the platform (or a gateway in front of it) is in trouble; nothing to fix on our side."""

    error_class = ErrorClass.RETRYABLE
    code = "platform-down"
    default_message = "UiTPAS heeft een storing."
    next_step = "balie bewaart de actie en probeert het later opnieuw."

    def user_message(self, lang: str = "nl") -> str:
        return self.default_message if self.end_user_message is None else super().user_message(lang)


class Offline(ApiError):
    """No connection could be made, so the request never left this PC: safe to retry."""

    error_class = ErrorClass.RETRYABLE
    code = "offline"
    default_message = "Geen verbinding met UiTPAS."
    next_step = "Controleer de internetverbinding; balie werkt offline verder."


class TimedOut(ApiError):
    """A read request got no answer in time. Reads are harmless to repeat."""

    error_class = ErrorClass.RETRYABLE
    code = "timeout"
    default_message = "UiTPAS antwoordt niet op tijd."
    next_step = "balie werkt offline verder en probeert het later opnieuw."


class OutcomeUnknown(ApiError):
    """A write was sent but its answer was lost. It may or may not be registered on the platform;
    the worker must look it up (NOTES §15) before sending again, or it could register it twice."""

    error_class = ErrorClass.UNKNOWN_OUTCOME
    code = "outcome-unknown"
    default_message = "Het is niet zeker of UiTPAS deze actie heeft ontvangen."
    next_step = "balie controleert dit zelf bij de volgende synchronisatie; niet opnieuw invoeren."


class InvalidResponse(ApiError):
    """The answer was not what the API promises (not JSON, wrong shape): a proxy page, a bug.

    A 2xx answer to a write that we cannot read means the write probably happened, so that case is
    UNKNOWN_OUTCOME; otherwise it is treated as a passing fault."""

    error_class = ErrorClass.RETRYABLE
    code = "invalid-response"
    default_message = "UiTPAS gaf een onverwacht antwoord."
    next_step = "Probeer het later opnieuw; blijft het zo, bel de helpdesk."

    def __init__(self, detail: str = "", *, error_class: ErrorClass | None = None) -> None:
        super().__init__(detail)
        if error_class is not None:
            self.error_class = error_class


class InsecureUrl(ApiError):
    """Configuration points at plain http:// on a non-loopback host: refused before sending."""

    code = "insecure-url"
    default_message = "Het adres van UiTPAS is niet beveiligd (http in plaats van https)."
    next_step = "Pas de instellingen aan naar een https-adres."


class SignInRequired(ApiError):
    """No usable credentials: no refresh token, or it expired/was revoked. Keep the queue; a person
    has to sign in again."""

    error_class = ErrorClass.AUTH
    code = "sign-in-required"
    default_message = "Je bent niet (meer) aangemeld bij UiTPAS."
    next_step = "Meld opnieuw aan bij UiTPAS via 'Aanmelden'."


class CredentialsRejected(ApiError):
    """The authorization server refused the client id/secret (client credentials deployments)."""

    error_class = ErrorClass.AUTH
    code = "credentials-rejected"
    default_message = "De UiTPAS-toegangsgegevens van deze installatie worden geweigerd."
    next_step = "Vraag de IT-dienst om de client-id en het geheim te controleren."


class SignInFailed(ApiError):
    """The browser sign-in did not complete (cancelled, timed out, state mismatch)."""

    error_class = ErrorClass.PERMANENT
    code = "sign-in-failed"
    default_message = "Aanmelden bij UiTPAS is niet gelukt."
    next_step = "Probeer opnieuw aan te melden."


# ----------------------------------------------------------------------------------------------
# From an HTTP answer to an exception

_NOT_FOUND_STATUSES = (404,)


def parse_end_user_message(value: Any) -> EndUserMessage | None:
    """``{"nl": ..., "fr": ...}`` -> EndUserMessage, or None when there is no Dutch text."""
    if not isinstance(value, Mapping):
        return None
    nl = value.get("nl")
    if not isinstance(nl, str) or not nl:
        return None

    def opt(key: str) -> str | None:
        v = value.get(key)
        return v if isinstance(v, str) and v else None

    return EndUserMessage(nl=nl, fr=opt("fr"), de=opt("de"), en=opt("en"))


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (the HTTP-date form is not used by publiq; ignored if seen)."""
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return max(0.0, seconds)


_STANDARD_KEYS = {"type", "title", "status", "detail", "endUserMessage", "instance"}
RAW_BODY_KEPT = 1000  # characters of an unreadable answer kept for the helpdesk


def without_reason(status: int, raw_body: str) -> str:
    """A refusal that came without a readable reason (an empty, cut-off or non-problem body, e.g.
    from a proxy), as a Dutch sentence with the HTTP status; the raw answer stays in it for support
    instead of a bare '400 about:blank:'."""
    try:
        phrase = f" ({HTTPStatus(status).phrase})"
    except ValueError:
        phrase = ""
    text = f"UiTPAS antwoordde HTTP {status}{phrase} zonder leesbare uitleg."
    if raw_body.strip():
        return f"{text} Onvolledig antwoord, bewaard voor de helpdesk: {raw_body.strip()}"
    return f"{text} Het antwoord was leeg."


def problem_from_answer(
    status: int, body: bytes, content_type: str, retry_after: str | None = None
) -> PlatformProblem:
    """Build the typed exception for a non-2xx answer, whatever its body looks like."""
    data: Any = None
    if body:
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            data = None
    if not isinstance(data, Mapping):
        data = {}
    type_uri = data.get("type") if isinstance(data.get("type"), str) else ProblemType.ABOUT_BLANK
    title = data.get("title") if isinstance(data.get("title"), str) else ""
    detail = data.get("detail") if isinstance(data.get("detail"), str) else ""
    eum = parse_end_user_message(data.get("endUserMessage"))
    ext = {k: v for k, v in data.items() if k not in _STANDARD_KEYS}
    args = dict(
        type_uri=type_uri, status=status, title=title, detail=detail,
        end_user_message=eum, extensions=ext, raw=data,
        raw_body=body[:RAW_BODY_KEPT * 4].decode("utf-8", "replace")[:RAW_BODY_KEPT],
    )
    canonical = canonical_type(type_uri)
    if status == 429 or canonical == ProblemType.RATE_LIMITED:
        return RateLimited(**args, retry_after=parse_retry_after(retry_after))
    if status == 401 or canonical == ProblemType.UNAUTHORIZED:
        return Unauthorized(**args)
    if status == 403 or canonical == ProblemType.FORBIDDEN:
        return Forbidden(**args)
    if status >= 500:
        return ServerError(**args)
    if status in _NOT_FOUND_STATUSES or canonical.endswith("-not-found"):
        return NotFound(**args)
    return Refused(**args)
