"""The composition root: the one package (with :mod:`balie.cli`) that knows every part.

It opens the store, configures the counter against a platform (the embedded training platform or
the configured UiTPAS environment), starts the card reader service and the keyboard-wedge filter,
and turns their thread callbacks into Qt signals the screens listen to
(:class:`~balie.ui.bridge.ServiceSignals`). The screens get a
:class:`~balie.ui.port.CounterPort` and never see a service.

The sync worker (:class:`balie.sync.worker.SyncWorker`) is built with the composition and started
with the window: its status, delivery and refresh reports become ``signals.sync_status`` (a
:class:`balie.ui.port.SyncView`), ``signals.sync_delivered`` / ``counter_state_stale`` and
``signals.reference_updated``; the window's "Nu synchroniseren" asks it through
``window.sync_requested`` and never waits for it.

One module per job: :mod:`~balie.app.compose` (a counter's parts, wired),
:mod:`~balie.app.screen_ports` (what each screen is handed), :mod:`~balie.app.window` (the main
window over a composition), :mod:`~balie.app.relays` (reader and sync threads to signals),
:mod:`~balie.app.maintenance` (backup, purge, integrity), :mod:`~balie.app.wizard` (first
set-up), :mod:`~balie.app.start` (``balie gui`` up to a shown window) and
:mod:`~balie.app.training` (the demo world); the subcommands live in :mod:`balie.app.commands`.
Qt, requests and pyscard are imported inside the functions that need them, so ``balie --help``
and the command-line tools start without them. This package re-exports the names callers use,
lazily (PEP 562): ``balie.app.commands`` lives inside it, and ``balie --help`` or ``balie report``
must not load the window, the store and the whole counter first.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from balie.app.compose import (
        Composition,
        StartRefused,
        StoreSettings,
        check_configured,
        compose_configured,
        compose_training,
        operator_session,
    )
    from balie.app.maintenance import Maintenance
    from balie.app.relays import sync_view
    from balie.app.screen_ports import (
        history_port,
        list_readers,
        online_work,
        registration_port,
        settings_port,
    )
    from balie.app.start import backup_label, offer_restore, refusal_dialog, start_gui
    from balie.app.training import (
        TRAINING_OPERATOR,
        TRAINING_ORGANIZER,
        demo_cards,
        demo_pass_numbers,
        training_demo,
    )
    from balie.app.window import BACKUP_DELAY_SECONDS, Running, build_window
    from balie.app.wizard import AppWizardServices

#: public name -> the module of the package that defines it
_HOMES: dict[str, str] = {
    "Composition": "balie.app.compose",
    "StartRefused": "balie.app.compose",
    "StoreSettings": "balie.app.compose",
    "check_configured": "balie.app.compose",
    "compose_configured": "balie.app.compose",
    "compose_training": "balie.app.compose",
    "operator_session": "balie.app.compose",
    "Maintenance": "balie.app.maintenance",
    "sync_view": "balie.app.relays",
    "history_port": "balie.app.screen_ports",
    "list_readers": "balie.app.screen_ports",
    "online_work": "balie.app.screen_ports",
    "registration_port": "balie.app.screen_ports",
    "settings_port": "balie.app.screen_ports",
    "backup_label": "balie.app.start",
    "offer_restore": "balie.app.start",
    "refusal_dialog": "balie.app.start",
    "start_gui": "balie.app.start",
    "TRAINING_OPERATOR": "balie.app.training",
    "TRAINING_ORGANIZER": "balie.app.training",
    "demo_cards": "balie.app.training",
    "demo_pass_numbers": "balie.app.training",
    "training_demo": "balie.app.training",
    "BACKUP_DELAY_SECONDS": "balie.app.window",
    "Running": "balie.app.window",
    "build_window": "balie.app.window",
    "AppWizardServices": "balie.app.wizard",
}

__all__ = [
    "BACKUP_DELAY_SECONDS",
    "TRAINING_OPERATOR",
    "TRAINING_ORGANIZER",
    "AppWizardServices",
    "Composition",
    "Maintenance",
    "Running",
    "StartRefused",
    "StoreSettings",
    "backup_label",
    "build_window",
    "check_configured",
    "compose_configured",
    "compose_training",
    "demo_cards",
    "demo_pass_numbers",
    "history_port",
    "list_readers",
    "offer_restore",
    "online_work",
    "operator_session",
    "refusal_dialog",
    "registration_port",
    "settings_port",
    "start_gui",
    "sync_view",
    "training_demo",
]


def __getattr__(name: str) -> object:
    """``balie.app.X`` imports X's module on first use (PEP 562) and keeps the name here."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'balie.app' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
