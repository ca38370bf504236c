"""Reference data the counter decides from while offline, fetched ahead of time.

One refresh fetches, per part: card systems (with their city/social-tariff settings), the
organizer's events (UiTdatabank search, or the manual CSV list), each event's settings (points,
limits), ``/tariffs/static`` per event price category, the rewards, and the active social-tariff
cards of each card system the counter needs. A failing part does not stop the others (a missing
reward list must not leave the kansentarief list stale), but "platform unreachable" and "not
signed in" stop the whole refresh at once: every other part would fail the same way.

The social-tariff list is streamed from the HTTP response straight into a staging snapshot of the
store and switched in one short transaction (:meth:`Reference.replace_social_tariff_cards`): the
counter sees the old list or the new one, never half, and a million cards never sit in memory.
A download that breaks halfway leaves the old list in place.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from balie.domain import EventInfo, utcnow
from balie.store.store import Store
from balie.sync.client import UitpasClient
from balie.sync.events import load_events_csv, search_uitpas_events
from balie.sync.problems import ApiError, ErrorClass
from balie.sync.status import Phase, Progress, RefreshReport
from balie.sync.wire import SocialTariffCard, iter_pages

log = logging.getLogger(__name__)

ProgressFn = Callable[[Progress], None]


@dataclass(frozen=True)
class RefreshPlan:
    """What this counter needs: its organizer(s), where events come from, which card systems'
    social-tariff lists (default: the card systems of the organizers' events)."""

    organizer_ids: tuple[str, ...]
    search_url: str | None = None
    search_client_id: str | None = None
    events_csv: Path | None = None
    card_system_ids: tuple[int, ...] = ()
    social_tariff_lists: bool = True


class _Stop(Exception):
    """Unreachable or not signed in: the remaining parts would fail the same way."""

    def __init__(self, exc: ApiError) -> None:
        super().__init__(type(exc).__name__)
        self.exc = exc


@dataclass
class _Run:
    report: RefreshReport = field(default_factory=RefreshReport)

    def fail(self, part_nl: str, exc: Exception) -> None:
        if isinstance(exc, ApiError):
            if exc.error_class is ErrorClass.AUTH or (
                    exc.error_class is ErrorClass.RETRYABLE and exc.code in ("offline", "timeout", "tls")):
                raise _Stop(exc)
            message = exc.user_message()
        else:
            message = getattr(exc, "user_message", lambda: str(exc))()
        log.warning("refresh of %s failed: %s", part_nl, type(exc).__name__)
        self.report = replace(self.report, failures=(*self.report.failures, f"{part_nl}: {message}"))


class Refresher:
    """A callable doing one refresh: ``Refresher(store, client, plan)(progress)``."""

    def __init__(self, store: Store, client: UitpasClient, plan: RefreshPlan, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.client = client
        self.plan = plan
        self.clock = clock

    def __call__(self, progress: ProgressFn | None = None) -> RefreshReport:
        started = time.perf_counter()
        emit = progress or (lambda _p: None)
        run = _Run()
        try:
            events = self._events(run, emit)
            self._card_systems(run, events, emit)
            self._organizers(run, events, emit)
            self._event_details(run, events, emit)
            self._rewards(run, emit)
            if self.plan.social_tariff_lists:
                self._social_tariff_lists(run, events, emit)
        except _Stop as stop:
            auth = stop.exc.error_class is ErrorClass.AUTH
            run.report = replace(run.report, reachable=auth, auth_failed=auth,
                                 failures=(*run.report.failures, stop.exc.user_message()))
        return replace(run.report, seconds=time.perf_counter() - started)

    # ------------------------------------------------------------------ parts

    def _events(self, run: _Run, emit: ProgressFn) -> list[EventInfo]:
        emit(Progress(Phase.REFRESH, "Activiteiten", 0, None))
        events: list[EventInfo] = []
        try:
            if self.plan.events_csv is not None:
                for org in self.plan.organizer_ids or ("",):
                    events.extend(load_events_csv(self.plan.events_csv, org))
            elif self.plan.search_url:
                for org in self.plan.organizer_ids:
                    events.extend(listing.event for listing in search_uitpas_events(
                        self.plan.search_url, org, client_id=self.plan.search_client_id,
                        session=self.client.session, timeout=self.client.timeout))
            else:
                return self.store.reference.events()
        except Exception as exc:  # noqa: BLE001 - each part fails on its own
            run.fail("Activiteiten", exc)
            return self.store.reference.events()
        self.store.reference.save_events(events, self._now(), replace_all=True)
        run.report = replace(run.report, events=len(events))
        return events

    def _card_systems(self, run: _Run, events: Sequence[EventInfo], emit: ProgressFn) -> None:
        emit(Progress(Phase.REFRESH, "Kaartsystemen", 0, None))
        try:
            systems = list(iter_pages(lambda start: self.client.card_systems(start=start, limit=50)))
            settings: dict[int, dict[str, object]] = {}
            for cs in systems:
                try:
                    cities = self.client.card_system_city_settings(cs.id)
                except ApiError as exc:
                    if exc.error_class is not ErrorClass.PERMANENT:
                        raise
                    continue
                settings[cs.id] = {"cities": [
                    {"city": c.city, "allowsCardlessRegistration": c.allows_cardless_registration}
                    for c in cities]}
            self.store.reference.save_card_systems(systems, self._now(), settings)
            run.report = replace(run.report, card_systems=len(systems))
        except Exception as exc:  # noqa: BLE001
            run.fail("Kaartsystemen", exc)

    def _organizers(self, run: _Run, events: Sequence[EventInfo], emit: ProgressFn) -> None:
        """Each organizer's card systems: ``/tariffs/static`` is only the price for holders of
        that region, so the counter must know it to call a static price certain offline."""
        emit(Progress(Phase.REFRESH, "Organisatoren", 0, None))
        wanted = dict.fromkeys((*self.plan.organizer_ids, *(e.organizer_id for e in events)))
        for organizer_id in wanted:
            if not organizer_id:
                continue
            try:
                info = self.client.get_organizer(organizer_id)
                self.store.reference.save_organizer(info.id, info.name, info.card_system_ids,
                                                    self._now())
            except ApiError as exc:
                if exc.error_class is not ErrorClass.PERMANENT:
                    run.fail("Organisatoren", exc)
                # no rights on this organizer: its static prices stay "uncertain" offline

    def _event_details(self, run: _Run, events: Sequence[EventInfo], emit: ProgressFn) -> None:
        now = self._now()
        detailed: list[EventInfo] = []
        tariffs = 0
        for i, event in enumerate(events):
            emit(Progress(Phase.REFRESH, "Activiteiten en prijzen", i, len(events)))
            try:
                s = self.client.event_settings(event.id)
                card_systems = tuple(c.id for c in self.client.event_card_systems(event.id)
                                     if c.enabled)
                detailed.append(replace(
                    event, checkin_points=s.checkin_points, card_system_ids=card_systems,
                    ticket_limit_volume=s.ticket_limit_volume, ticket_limit_period=s.ticket_limit_period,
                    checkin_limit_volume=s.checkin_limit_volume,
                    checkin_limit_period=s.checkin_limit_period))
                for category in event.price_categories:
                    try:
                        quote = self.client.get_static_tariffs(event.id, category.price)
                    except ApiError as exc:
                        if exc.error_class is not ErrorClass.PERMANENT:
                            raise
                        continue  # e.g. social-tariff-not-available for this price
                    self.store.reference.save_static_tariffs(
                        event.id, category.price, quote.offers, quote.end_user_message, now)
                    tariffs += 1
            except Exception as exc:  # noqa: BLE001
                run.fail(f"Activiteit {event.name}", exc)
        if detailed:
            self.store.reference.save_events(detailed, now)
        run.report = replace(run.report, static_tariffs=tariffs)

    def _rewards(self, run: _Run, emit: ProgressFn) -> None:
        emit(Progress(Phase.REFRESH, "Voordelen", 0, None))
        try:
            rewards = list(iter_pages(lambda start: self.client.search_rewards(
                organizer_ids=self.plan.organizer_ids, type="ANY", start=start, limit=100)))
            self.store.reference.save_rewards(rewards, self._now())
            run.report = replace(run.report, rewards=len(rewards))
        except Exception as exc:  # noqa: BLE001
            run.fail("Voordelen", exc)

    def _social_tariff_lists(self, run: _Run, events: Sequence[EventInfo],
                             emit: ProgressFn) -> None:
        wanted = self.plan.card_system_ids or tuple(sorted(
            {cs for e in self.store.reference.events() for cs in e.card_system_ids}))
        total = 0
        for cs in wanted:
            label = f"Kansentarieflijst {self._card_system_name(cs)}"
            emit(Progress(Phase.REFRESH, label, 0, None))

            def progress(n: int, label: str = label) -> None:
                emit(Progress(Phase.REFRESH, label, n, None))
            try:
                count = self.store.reference.replace_social_tariff_cards(
                    cs, _rows(self.client.iter_social_tariff_cards(cs)), self._now(),
                    progress=progress)
                total += count
            except Exception as exc:  # noqa: BLE001 - the old list stays in place
                run.fail(label, exc)
        run.report = replace(run.report, social_tariff_cards=total)

    def _card_system_name(self, cs: int) -> str:
        info = self.store.reference.card_system(cs)
        return info.name if info else str(cs)

    def _now(self) -> datetime:
        return self.clock()


def _rows(cards: Iterable[SocialTariffCard]) -> Iterable[SocialTariffCard]:
    """The client's parsed export entries already have what the store reads from a row
    (:class:`balie.store.reference.CardRow`): no second object per card."""
    return cards


