"""Errors the training platform answers with, shaped like the real API's RFC 7807 problems.

Rule modules raise :class:`ApiError`; the server turns it into ``application/problem+json``. Every
problem a cashier could meet carries a Dutch ``endUserMessage`` like the real platform's.
"""

from __future__ import annotations

from typing import Any

PROBS = "https://api.publiq.be/probs/"


class ApiError(Exception):
    def __init__(self, status: int, slug: str, title: str, detail: str = "",
                 nl: str | None = None, headers: dict[str, str] | None = None,
                 **extensions: Any) -> None:
        super().__init__(f"{status} {slug}: {detail or title}")
        self.status = status
        self.type = slug if slug.startswith(("http", "about:")) else PROBS + slug
        self.title = title
        self.detail = detail
        self.nl = nl
        self.headers = headers or {}
        self.extensions = extensions

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "title": self.title, "status": self.status}
        if self.detail:
            out["detail"] = self.detail
        if self.nl:
            out["endUserMessage"] = {"nl": self.nl}
        out.update(self.extensions)
        return out


def invalid_data(pointer: str, error: str) -> ApiError:
    return ApiError(400, "body/invalid-data", "Invalid body data", error,
                    schemaErrors=[{"jsonPointer": pointer, "error": error}], jsonPointer=pointer)


def missing_param(name: str) -> ApiError:
    return ApiError(400, "url/query-parameter-invalid", "Query parameter invalid",
                    f"Query parameter '{name}' is required.",
                    nl=f"De kassa stuurde een onvolledige aanvraag naar UiTPAS (parameter {name}). Probeer "
                       "opnieuw; blijft het misgaan, meld het dan aan de helpdesk.")


def forbidden(detail: str) -> ApiError:
    return ApiError(403, "auth/forbidden", "Forbidden", detail,
                    nl="Je hebt geen toegang tot deze organisatie of actie.")


def unauthorized(detail: str = "Missing or invalid access token.") -> ApiError:
    return ApiError(401, "auth/unauthorized", "Unauthorized", detail)


def event_not_found(event_id: str) -> ApiError:
    return ApiError(404, "uitpas/event-not-found", "Event not found",
                    f"Event {event_id} is not a known UiTPAS event.",
                    nl="Deze activiteit is (nog) niet gekend bij UiTPAS.")


def passholder_not_found() -> ApiError:
    return ApiError(404, "uitpas/passholder-not-found", "Passholder not found",
                    "No passholder for this identifier.", nl="Deze pashouder werd niet gevonden.")


def invalid_uitpas_number(number: str) -> ApiError:
    return ApiError(400, "uitpas/invalid-uitpas-number", "Invalid UiTPAS number",
                    f"'{number}' is not a valid UiTPAS number (13 digits, Luhn).",
                    nl="Dit UiTPAS-nummer is ongeldig. Controleer het nummer op de kaart.")
