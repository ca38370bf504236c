"""Shared set-up for the sync worker tests (no tests here): a real client against the training
platform, a store that knows the demo events, and one-line ways to queue counter actions."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from balie.domain import EventInfo, Operator, PriceCategory, TariffType
from balie.store import Store
from balie.store.records import NewCheckin, NewRedemption, NewTicketSale
from balie.sync.auth import ClientCredentialsProvider, OidcEndpoints
from balie.sync.backoff import BackoffPolicy
from balie.sync.client import UitpasClient
from balie.sync.worker import SyncWorker
from balie.training import TrainingPlatform, demo

OPERATOR = Operator("op-1", "An Kassa")
FAST = BackoffPolicy(base_seconds=0.02, cap_seconds=0.2, min_seconds=0.005)


def make_client(platform: TrainingPlatform, timeout: tuple[float, float] = (1.0, 3.0)) -> UitpasClient:
    tokens = ClientCredentialsProvider(OidcEndpoints.keycloak(platform.auth_url),
                                       platform.client_id, platform.client_secret)
    return UitpasClient(platform.url, tokens, timeout=timeout)


def know_demo_events(store: Store) -> None:
    """The reference data a refresh would have stored: the organizer of each demo event."""
    now = datetime.now(UTC)
    store.reference.save_events([
        EventInfo(id=e.id, name=e.name, organizer_id=demo.ORGANIZERS[e.organizer].id,
                  start=now, end=now, price_categories=tuple(
                      PriceCategory(label, cents) for _, label, cents in e.prices))
        for e in demo.EVENTS.values()], now)


def make_worker(store: Store, platform: TrainingPlatform, **kw: object) -> SyncWorker:
    know_demo_events(store)
    kw.setdefault("policy", FAST)
    kw.setdefault("settle", timedelta(0))  # read back at once; the stall tests set their own
    return SyncWorker(store, make_client(platform), **kw)  # type: ignore[arg-type]


def sell(store: Store, pass_key: str = "kansen_active", event_key: str = "pool_today", *,
         quantity: int = 1, tariff: str = "SOCIALTARIFF", price_cents: int = 150,
         client_uuid: str | None = None, provisional: bool = False) -> str:
    p, e = demo.PASSES[pass_key], demo.EVENTS[event_key]
    _, label, regular = e.prices[0]
    recorded = store.records.ticket_sale(NewTicketSale(
        event_id=e.id, event_name=e.name, uitpas_number=p.uitpas_number,
        passholder_id=p.passholder_id, regular_price_cents=regular, regular_price_label=label,
        tariff_id=tariff, tariff_name="Kansentarief", tariff_type=TariffType.SOCIALTARIFF,
        price_cents=price_cents, quantity=quantity, provisional=provisional),
        OPERATOR, datetime.now(UTC), client_uuid=client_uuid or str(uuid.uuid4()))
    return recorded.client_uuid


def check_in(store: Store, pass_key: str = "regular", event_key: str = "pool_today") -> str:
    p, e = demo.PASSES[pass_key], demo.EVENTS[event_key]
    return store.records.checkin(NewCheckin(e.id, e.name, p.uitpas_number, p.passholder_id, 1),
                                 OPERATOR, datetime.now(UTC),
                                 client_uuid=str(uuid.uuid4())).client_uuid


def redeem(store: Store, pass_key: str = "regular", reward_key: str = "points_small") -> str:
    p, r = demo.PASSES[pass_key], demo.REWARDS[reward_key]
    return store.records.redemption(NewRedemption(r.id, r.title, r.points, p.uitpas_number,
                                                  p.passholder_id),
                                    OPERATOR, datetime.now(UTC),
                                    client_uuid=str(uuid.uuid4())).client_uuid


def cancel(store: Store, original_uuid: str) -> str | None:
    return store.records.cancel(original_uuid, OPERATOR, datetime.now(UTC),
                                client_uuid=str(uuid.uuid4())).cancel_uuid


def make_proxied_worker(store: Store, platform: TrainingPlatform, proxy_url: str,
                        timeout: tuple[float, float] = (1.0, 2.0), **kw: object) -> SyncWorker:
    """A worker whose API calls go through a fault proxy (sign-in goes straight to the platform,
    so the faults hit only the API calls under test)."""
    know_demo_events(store)
    kw.setdefault("policy", FAST)
    kw.setdefault("settle", timedelta(0))
    tokens = ClientCredentialsProvider(OidcEndpoints.keycloak(platform.auth_url),
                                       platform.client_id, platform.client_secret)
    return SyncWorker(store, UitpasClient(proxy_url, tokens, timeout=timeout), **kw)  # type: ignore[arg-type]
