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
and the command-line tools start without them. This package re-exports the names callers use.
"""

from __future__ import annotations

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
