"""The ports the screens get from a composition (registration, history, online-only work, settings):
each adapts core or sync parts to the narrow interface one screen declares in :mod:`balie.ui`, so a
screen never sees a service."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from balie.app.compose import Composition
from balie.app.training import training_demo

if TYPE_CHECKING:
    from balie.sync.online_work import ClientOnlineWork
    from balie.ui.history_adapter import HistoryAdapter
    from balie.ui.registration_adapter import RegistrationAdapter
    from balie.ui.settings_adapter import SettingsAdapter

log = logging.getLogger(__name__)


def online_work(composition: Composition) -> ClientOnlineWork:
    """The online-only work (search by name, renewal, memberships, lost cards, pass prices,
    blank cards) over the composition's client: balie.sync.online_work.ClientOnlineWork."""
    from balie.sync.online_work import ClientOnlineWork

    assert composition.client is not None, "online work needs the platform client"
    return ClientOnlineWork(composition.client, composition.organizer_id)


def registration_port(composition: Composition, work: ClientOnlineWork | None = None) -> RegistrationAdapter:
    """The new-pass-holder form's port: queues through the counter, asks the platform for the
    price, the blank card and the INSZ when it answers (balie.ui.registration_adapter)."""
    from balie.ui.registration_adapter import RegistrationAdapter

    if composition.client is None:
        return RegistrationAdapter(composition.counter, composition.organizer_id)
    work = work or online_work(composition)
    return RegistrationAdapter(composition.counter, composition.organizer_id,
                               membership_price=work.membership_price,
                               check_card=work.check_card, insz_in_use=work.insz_in_use)


def history_port(composition: Composition) -> HistoryAdapter:
    """The pass holder history (balie.ui.history_adapter): from the platform with a short
    timeout (an unreachable UiTPAS falls back to this counter's records within seconds)."""
    from balie.ui.history_adapter import HistoryAdapter

    client = None
    if composition.client is not None:
        from balie.sync.port import ApiPlatformPort

        client = ApiPlatformPort.for_client(composition.client, timeout=(2.0, 5.0)).client
    return HistoryAdapter(composition.store, client, (composition.organizer_id,))


def list_readers() -> list[str] | None:
    """The PC/SC reader names; None when the PC/SC service (or pyscard) is not there."""
    try:
        from balie.cardreader import pcsc

        context = pcsc.establish()
        try:
            return pcsc.list_readers(context)
        finally:
            pcsc.release(context)
    except Exception as exc:  # noqa: BLE001 - no pcscd / no pyscard: no readers to list
        log.info("listing readers failed: %s", type(exc).__name__)
        return None


def _reader_roles(names: list[str], nfc: str, eid: str) -> dict[str, str]:
    from balie.cardreader.readers import ReaderConfig, assign_roles

    config = ReaderConfig(nfc_reader=nfc or None, eid_reader=eid or None)
    return {name: role.value for name, role in assign_roles(names, config).items()}


def settings_port(composition: Composition, *,
                  readers: Callable[[], list[str] | None] = list_readers) -> SettingsAdapter:
    """The settings and about screen's port (balie.ui.settings_adapter.SettingsAdapter)."""
    from balie.ui.settings_adapter import SettingsAdapter

    store = composition.store
    return SettingsAdapter(config=composition.config, policies=composition.counter.policies,
                           organizer_ids=(composition.organizer_id,), store_path=store.path,
                           backups_dir=store.backups, training=composition.training,
                           config_targets=composition.config_targets, list_readers=readers,
                           reader_roles=_reader_roles)


def organizer_names(composition: Composition) -> dict[str, str]:
    """Organizer id -> name for the screens; only the training demo world knows names offline."""
    if not composition.training:
        return {}
    return {o.id: o.name for o in training_demo().ORGANIZERS.values()}
