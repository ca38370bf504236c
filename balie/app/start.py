"""What ``balie gui`` does up to a shown window: configuration, setup wizard, the damaged-store
dialog and its restore, and the Dutch refusal when the counter cannot start."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from balie.app.compose import (
    Composition,
    StartRefused,
    _config_targets,
    check_configured,
    compose_configured,
    compose_training,
)
from balie.app.window import Running, build_window
from balie.app.wizard import _run_setup_wizard
from balie.config import ConfigError, load_config, overrides_from_args
from balie.domain import Problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


def refusal_dialog(problem: Problem) -> QMessageBox:
    """The Dutch reason the counter cannot start and what to do, for a person at the screen."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Start", "balie kan niet starten"),
                      problem.message)
    box.setInformativeText(problem.next_step)
    return box


def backup_label(backup: Path) -> str:
    """A backup as the damaged-store dialog names it: file name and when it was taken."""
    from balie.backup import list_backups
    from balie.domain import BRUSSELS

    for copy in list_backups(backup.parent):
        if copy.path == backup:
            return f"{backup.name} ({copy.taken_at.astimezone(BRUSSELS):%d/%m/%Y %H:%M})"
    return backup.name


def offer_restore(problem: Problem) -> bool:
    """The damaged-store dialog: True when the newest good backup was put back (start again),
    False when the cashier chose 'Afsluiten' (or there is nothing to restore)."""
    from balie.backup import restore_backup
    from balie.store.migrate import known_revisions
    from balie.ui.damaged_store import DamagedStoreDialog

    found = problem.extras.get("backup")
    restore = None
    if found:
        copy, target = Path(found), Path(problem.extras["store"])

        def restore() -> object:
            from balie.backup import RestoreError
            from balie.store.rescue import carry_over_readable, mark_confirmed

            try:  # the queue since the backup comes along, with its records where readable
                result = restore_backup(copy, target, known_revisions(), carry_over=True)
                rescue = False
            except RestoreError:  # bad pages stop the copy in one go: row by row instead
                result = restore_backup(copy, target, known_revisions())
                rescue = True
            log.info("damaged store replaced by its newest good backup")
            if result.replaced_kept_at is not None:
                if rescue:
                    carry_over_readable(result.store_path, result.replaced_kept_at)
                mark_confirmed(result.store_path, result.replaced_kept_at)
            return result

    dialog = DamagedStoreDialog(problem, backup_label(Path(found)) if found else "", restore)
    return dialog.exec() == DamagedStoreDialog.DialogCode.Accepted


def _compose_or_restore(compose: Callable[[], Composition], *, interactive: bool) -> Composition:
    """Never run on a damaged store: offer its newest good backup (interactive), else refuse
    with the Dutch reason that names the backup and 'balie restore'."""
    from balie.store import StoreError

    for _attempt in range(3):
        try:
            return compose()
        except StoreError as exc:
            if exc.problem.code != "store-damaged":
                raise
            if not interactive or not offer_restore(exc.problem):
                raise StartRefused(exc.problem) from None
    return compose()


def start_gui(*, training: bool, data_dir: Path | None, config_path: Path | None,
              overrides_from: object, language: str | None = None,
              with_reader: bool = True, setup_wizard: bool = True,
              keep: bool = False) -> Running:
    """What ``balie gui`` does, up to a shown window (the caller runs the event loop).

    A counter that is not set up gets the setup wizard (``setup_wizard`` False, e.g. headless:
    refused with the Dutch reason instead)."""
    from PySide6.QtWidgets import QApplication

    from balie.ui.resources import SETTING_LANGUAGE, apply_theme, install_language

    try:
        config = load_config(overrides_from_args(overrides_from), extra_path=config_path)
    except ConfigError as exc:
        raise StartRefused(Problem("config", str(exc), "Herstel het configuratiebestand.")) \
            from None
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    apply_theme(app)  # type: ignore[arg-type]
    if not training:
        install_language(language or config.get("counter", "language"))
        problem = check_configured(config)
        if problem is not None and not setup_wizard:
            raise StartRefused(problem)
        if problem is not None:
            config = _run_setup_wizard(config_path, data_dir, overrides_from)
        try:
            composition = _compose_or_restore(lambda: compose_configured(config, data_dir),
                                              interactive=setup_wizard)
        except StartRefused:
            raise
        except Exception as exc:  # noqa: BLE001 - store, keyring, URL: a Dutch reason, no trace
            found = getattr(exc, "problem", None)
            if isinstance(found, Problem):
                raise StartRefused(found) from None
            text = exc.user_message() if hasattr(exc, "user_message") else str(exc)
            raise StartRefused(Problem("start-failed", text,
                                       "Laat 'balie doctor' lopen, of bel de helpdesk.")) from None
        composition.config_targets = _config_targets(config_path)
        stored = composition.settings.get(SETTING_LANGUAGE)
        if stored and not language:  # chosen on this counter's settings screen
            install_language(stored)
        running = build_window(composition, with_reader=with_reader)
        running.window.resize(1280, 800)
        running.window.start()
        return running
    # training data never mixes with a real counter's store: the given folder, or a practice
    # folder that goes away when the app ends (--keep: one kept folder per user)
    from balie import practice_folder

    practice_folder.sweep()
    base = data_dir or practice_folder.make(keep=keep)
    throw_away = data_dir is None and not keep
    try:  # the organizer's own offline policy, so training practises what the counter will do
        policies = config.policies()
    except ConfigError as exc:
        raise StartRefused(Problem("config", str(exc), "Herstel het configuratiebestand.")) \
            from None
    composition = _compose_or_restore(lambda: compose_training(
        base, sync_interval=config.get_float("sync", "interval_seconds"),
        refresh_hours=config.get_float("sync", "refresh_hours"), policy=policies,
        operators=True), interactive=setup_wizard)
    composition.config = config
    composition.config_targets = _config_targets(config_path)
    stored = composition.settings.get(SETTING_LANGUAGE)
    install_language(language or stored or config.get("counter", "language"))
    running = build_window(composition, with_reader=with_reader)
    running.window.resize(1280, 800)
    running.window.start()
    if throw_away:
        stop_parts = running.stop

        def stop_and_remove() -> None:
            stop_parts()
            practice_folder.remove(base)

        running.stop = stop_and_remove
    return running
