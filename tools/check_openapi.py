"""Does what the client sends, and what the training platform answers, match publiq's OpenAPI spec?

    .venv/bin/python tools/check_openapi.py [path/to/uitpas-openapi.bundled.json]

Starts the training platform on 127.0.0.1, drives the client through every endpoint it has
(including a few refusals, so problem+json answers are checked too), and validates each request and
response with openapi-core. Prints pass/fail per operation and "N of M operations pass". A failure
is either a client bug (request) or a training platform deviation (response): the message says which.

The same engine (:class:`SpecChecker`, :func:`scenario`, :func:`find_spec`) runs in CI as
``tests/e2e/test_openapi_contract.py``, with the sync worker's and the refresh's traffic on top.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import traceback
import warnings
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openapi_core import Config, OpenAPI
from openapi_core.contrib.requests import RequestsOpenAPIRequest, RequestsOpenAPIResponse

from balie.sync.auth import ClientCredentialsProvider, discover
from balie.sync.client import UitpasClient, make_session
from balie.sync.environments import training
from balie.sync.problems import ApiError
from balie.sync.wire import TicketSaleRequest
from balie.training import TrainingPlatform
from balie.training.demo import BLANK_CARDS, CARD_SYSTEMS, EVENTS, ORGANIZERS, PASSES, REWARDS

ROOT = Path(__file__).resolve().parent.parent
SPEC_NAME = Path("shared") / "uitpas-api" / "uitpas-openapi.bundled.json"


def find_spec() -> Path | None:
    """publiq's spec beside the repository (``../shared/uitpas-api/``), as CI has it; from a git
    worktree, beside the main checkout. None when there is none (a user's clone)."""
    candidates = [ROOT.parent / SPEC_NAME]
    git_file = ROOT / ".git"
    if git_file.is_file():  # a worktree: "gitdir: <main>/.git/worktrees/<name>"
        gitdir = Path(git_file.read_text().split(":", 1)[1].strip())
        candidates.append(gitdir.parent.parent.parent.parent / SPEC_NAME)
    return next((c for c in candidates if c.is_file()), None)


@dataclass(frozen=True)
class Violation:
    side: str  # "request" (a client bug) or "response" (a training platform deviation)
    operation: str  # "POST /ticket-sales"
    status: int
    problem_type: str  # the answer's problem type, for the allow-list of known spec gaps
    detail: str

    def __str__(self) -> str:
        who = "client" if self.side == "request" else "training platform"
        return f"{self.side} ({who}) {self.operation} -> HTTP {self.status}: {self.detail}"


class SpecChecker:
    """Validates recorded HTTP exchanges against the spec with openapi-core."""

    def __init__(self, spec: Path) -> None:
        config = Config(extra_media_type_deserializers={"application/problem+json": json.loads})
        self.openapi = OpenAPI.from_file_path(str(spec), config=config)
        self.server = json.loads(spec.read_text(encoding="utf-8"))["servers"][0]["url"].rstrip("/")

    def check(self, prepared: requests.PreparedRequest, response: requests.Response) -> list[Violation]:
        parts = urlsplit(prepared.url or "")
        operation = f"{prepared.method} {parts.path}"
        spec_request = prepared.copy()
        spec_request.url = self.server + parts.path + (f"?{parts.query}" if parts.query else "")
        req = RequestsOpenAPIRequest(spec_request)
        try:
            ptype = str(response.json().get("type", "")) if response.status_code >= 400 else ""
        except ValueError:
            ptype = ""
        found: list[Violation] = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # openapi-core: "Unsupported scheme type"
            for side, validate in (
                    ("request", lambda: self.openapi.validate_request(req)),
                    ("response", lambda: self.openapi.validate_response(req, RequestsOpenAPIResponse(response)))):
                try:
                    validate()
                except Exception as exc:  # noqa: BLE001 - openapi-core raises one error per problem
                    errors = (getattr(exc, "schema_errors", None)
                              or getattr(exc.__cause__, "schema_errors", None) or ())
                    detail = "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}"[:200]
                                       for e in errors) or f"{type(exc).__name__}: {exc}"
                    found.append(Violation(side, operation, response.status_code, ptype, detail[:600]))
        return found


def recorder(session: requests.Session, api_url: str) -> list[tuple[requests.PreparedRequest, requests.Response]]:
    """Record every UiTPAS API exchange of ``session`` into the returned list. Sign-in (OIDC) and
    UiTdatabank search are other APIs, even where the training platform serves them on one host."""
    exchanges: list[tuple[requests.PreparedRequest, requests.Response]] = []
    other_apis = ("/realms/", "/.well-known/", "/oauth/", "/search/", "/_training/")

    def keep(r: requests.Response, *a: Any, **k: Any) -> requests.Response:
        _ = r.content  # read streamed bodies now; the client then iterates over the cached bytes
        url = r.request.url or ""
        if url.startswith(api_url) and not urlsplit(url).path.startswith(other_apis):
            exchanges.append((r.request, r))
        return r

    session.hooks["response"] = [keep]
    return exchanges


def scenario(c: UitpasClient) -> list[tuple[str, Callable[[], Any]]]:
    """Every client method once (plus refusals), in an order that makes the writes succeed."""
    museum, pool = ORGANIZERS["museum"].id, ORGANIZERS["pool"].id
    ev, pool_ev = EVENTS["museum_today"], EVENTS["pool_today"]
    price = next(cents for cat, _, cents in ev.prices if cat == "base")
    kansen, regular, group = PASSES["kansen_active"], PASSES["regular"], PASSES["group"]
    dender, gent = CARD_SYSTEMS["dender"].id, CARD_SYSTEMS["gent"].id
    state: dict[str, Any] = {}

    def sale() -> None:
        (s,) = c.register_ticket_sales(
            [TicketSaleRequest(kansen.uitpas_number, ev.id, price, "SOCIALTARIFF", "Basistarief")])
        state["sale"] = s.id

    def checkin() -> None:
        state["checkin"] = c.register_checkin(regular.uitpas_number, pool_ev.id).id

    def redeem() -> None:
        state["redeemed"] = c.redeem_reward(REWARDS["points_small"].id, regular.uitpas_number).id

    def grouppass() -> None:
        state["group"] = c.search_grouppasses(uitpas_number=group.uitpas_number).items[0].id

    def update() -> None:
        from balie.sync.client import passholder_put_body
        holder = c.get_passholder(regular.passholder_id)
        c.update_passholder(holder.id, passholder_put_body(holder, {"email": "lotte@example.org"}))

    def register() -> None:
        c.register_passholder({
            "name": "Janssens", "firstName": "An", "dateOfBirth": "1992-01-01",
            "address": {"street": "Kerkstraat 5", "postalCode": "9300", "city": "Aalst", "country": "be"},
            "registrationOrganizer": {"id": museum}, "registrationCardSystemId": dender,
            "registrationCardType": "NFC_CARD", "registrationUitpasNumber": BLANK_CARDS["blank_1"].uitpas_number,
            "legalTermsPaper": True})

    return [
        ("identify_pass", lambda: c.identify_pass(kansen.uitpas_number)),
        ("identify_pass (blocked)", lambda: c.identify_pass(PASSES["blocked"].uitpas_number)),
        ("get_card", lambda: c.get_card(uitpas_number=BLANK_CARDS["blank_2"].uitpas_number)),
        ("search_grouppasses", grouppass),
        ("get_grouppass", lambda: c.get_grouppass(state["group"])),
        ("grouppass_coupons", lambda: c.grouppass_coupons(state["group"])),
        ("iter_social_tariff_cards", lambda: list(c.iter_social_tariff_cards(dender))),
        ("get_tariffs", lambda: c.get_tariffs(ev.id, price, kansen.uitpas_number)),
        ("get_tariffs (expired)", lambda: c.get_tariffs(ev.id, price, PASSES["kansen_expired"].uitpas_number)),
        ("get_static_tariffs", lambda: c.get_static_tariffs(ev.id, price)),
        ("register_ticket_sales", sale),
        ("search_ticket_sales",
         lambda: c.search_ticket_sales(passholder_id=kansen.passholder_id, organizer_ids=[museum])),
        ("cancel_ticket_sale", lambda: c.cancel_ticket_sale(state["sale"])),
        ("checkin_status", lambda: c.checkin_status(regular.uitpas_number, pool_ev.id)),
        ("register_checkin", checkin),
        ("search_checkins", lambda: c.search_checkins(regular.passholder_id, [pool])),
        ("cancel_checkin", lambda: c.cancel_checkin(state["checkin"])),
        ("search_rewards", lambda: c.search_rewards(organizer_ids=[museum])),
        ("get_reward", lambda: c.get_reward(REWARDS["points_small"].id)),
        ("reward_redeem_status", lambda: c.reward_redeem_status(REWARDS["points_small"].id, regular.uitpas_number)),
        ("redeem_reward", redeem),
        ("search_redeemed_rewards", lambda: c.search_redeemed_rewards(uitpas_number=regular.uitpas_number)),
        ("cancel_redeemed_reward", lambda: c.cancel_redeemed_reward(state["redeemed"])),
        ("search_passholders", lambda: c.search_passholders(uitpas_number=regular.uitpas_number)),
        ("get_passholder", lambda: c.get_passholder(regular.passholder_id)),
        ("update_passholder", update),
        ("insz_status", lambda: c.insz_status(regular.insz or "")),
        ("membership_price", lambda: c.membership_price(dender, postal_code="9300", date_of_birth=date(1992, 1, 1),
                                                        card_type="NFC_CARD")),
        ("register_passholder", register),
        ("membership_preview",
         lambda: c.membership_preview(regular.passholder_id, gent, social_tariff=False, organizer_id=pool)),
        ("passholder_membership_price",
         lambda: c.passholder_membership_price(regular.passholder_id, gent, card_type="DIGITAL")),
        ("create_membership", lambda: c.create_membership(regular.passholder_id, gent, {
            "cardType": "NFC_CARD", "uitpasNumber": BLANK_CARDS["blank_gent"].uitpas_number,
            "registrationOrganizer": {"id": pool}})),
        ("passholder_coupons", lambda: c.passholder_coupons(PASSES["minor"].passholder_id)),
        ("card_systems", lambda: c.card_systems()),
        ("get_card_system", lambda: c.get_card_system(gent)),
        ("card_system_city_settings", lambda: c.card_system_city_settings(gent)),
        ("card_system_membership_prices", lambda: c.card_system_membership_prices(gent, card_type="NFC_CARD")),
        ("permissions", lambda: c.permissions()),
        ("search_organizers", lambda: c.search_organizers()),
        ("get_organizer", lambda: c.get_organizer(museum)),
        ("event_settings", lambda: c.event_settings(ev.id)),
        ("event_card_systems", lambda: c.event_card_systems(pool_ev.id)),
        ("qr_checkin_download_link", lambda: c.qr_checkin_download_link(pool_ev.id, file_format="zip")),
        ("qr_checkin_download_link (unknown event)", lambda: c.qr_checkin_download_link("no-such-event")),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description="validate client traffic against the UiTPAS OpenAPI spec")
    parser.add_argument("spec", nargs="?", type=Path, default=find_spec())
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.spec is None:
        parser.error(f"no spec found at ../{SPEC_NAME}; give its path")
    checker = SpecChecker(args.spec)

    with tempfile.TemporaryDirectory() as tmp, TrainingPlatform(Path(tmp)) as platform:
        env = training(platform.url, platform.auth_url, platform.search_url)
        session = make_session()
        tokens = ClientCredentialsProvider(discover(session, env), platform.client_id, platform.client_secret,
                                           session=session)
        tokens.access_token()
        exchanges = recorder(session, env.api_url)
        client = UitpasClient(env.api_url, tokens, session=session)

        results: dict[str, list[str]] = defaultdict(list)
        labels: dict[str, str] = {}
        for label, call in scenario(client):
            exchanges.clear()
            try:
                call()
            except ApiError as exc:
                if "(" not in label:  # refusals are expected only for the '(...)' scenarios
                    results[label].append(f"client call failed: {exc}")
            except Exception as exc:  # noqa: BLE001 - a bug: report and go on
                results[label].append(f"crashed: {type(exc).__name__}: {exc}")
                if args.verbose:
                    traceback.print_exc()
            for prepared, response in exchanges:
                labels[label] = f"{prepared.method} {urlsplit(prepared.url or '').path}"
                results[label].extend(str(v) for v in checker.check(prepared, response))
            results.setdefault(label, [])

    passed = 0
    for label in results:
        problems = results[label]
        ok = not problems
        passed += ok
        print(f"{'PASS' if ok else 'FAIL'}  {label:<32} {labels.get(label, '')}")
        for problem in problems:
            print(f"        {problem}")
    print(f"{passed} of {len(results)} operations pass")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
