"""A damaged store at start: a Dutch dialog names the newest good backup and offers to put it
back ("Herstel deze back-up") or to quit ("Afsluiten"); balie never runs on the damaged file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from balie import app
from balie.app.start import _compose_or_restore
from balie.backup import make_backup
from balie.store import Store
from balie.ui.damaged_store import DamagedStoreDialog

BACKUP_AT = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)


def damaged_training_store(folder: Path) -> Path:
    """A training counter's store with a marker, its daily backup, then cut in half."""
    path = folder / "balie-training.sqlite3"
    with Store.open(path, backups=folder / "backups") as store:
        store.set_setting("test.marker", "van voor de schade")
        make_backup(path, store.backups, now=BACKUP_AT)
        for n in range(60):  # enough pages that the cut loses real data
            store.set_setting(f"filler.{n}", "x" * 800)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 1234])
    return path


def answer_dialog(qtbot, choose: str, seen: list[DamagedStoreDialog]) -> None:
    """Click a button of the modal dialog once it is up (it runs its own event loop)."""
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DamagedStoreDialog):
            QTimer.singleShot(20, click)
            return
        seen.append(dialog)
        (dialog.restore_button if choose == "restore" else dialog.quit_button).click()

    QTimer.singleShot(0, click)


def test_restoring_the_offered_backup_starts_the_counter_on_it(platform, tmp_path, qtbot):
    folder = tmp_path / "counter"
    damaged_training_store(folder)
    seen: list[DamagedStoreDialog] = []
    answer_dialog(qtbot, "restore", seen)
    composition = _compose_or_restore(
        lambda: app.compose_training(folder, platform), interactive=True)
    try:
        dialog = seen[0]
        assert "beschadigd" in dialog.message.text()
        assert "10/06/2026 14:00" in dialog.backup_line.text()  # shown in Brussels time
        assert dialog.restore_button.text() == "&Herstel deze back-up"
        assert composition.store.get_setting("test.marker") == "van voor de schade"
        assert list(folder.glob("balie-training.sqlite3.replaced-*")), "damaged file kept aside"
    finally:
        composition.stop()


def test_afsluiten_refuses_to_start_and_leaves_the_damaged_file_alone(platform, tmp_path, qtbot):
    folder = tmp_path / "counter"
    path = damaged_training_store(folder)
    damaged = path.read_bytes()
    answer_dialog(qtbot, "quit", [])
    with pytest.raises(app.StartRefused) as refused:
        _compose_or_restore(lambda: app.compose_training(folder, platform), interactive=True)
    assert refused.value.problem.code == "store-damaged"
    assert path.read_bytes() == damaged


def test_without_a_screen_the_refusal_names_the_backup_and_balie_restore(platform, tmp_path):
    folder = tmp_path / "counter"
    damaged_training_store(folder)
    with pytest.raises(app.StartRefused) as refused:
        _compose_or_restore(lambda: app.compose_training(folder, platform), interactive=False)
    assert "balie restore" in refused.value.problem.next_step


def test_without_any_good_backup_only_afsluiten_is_offered(qtbot, tmp_path):
    from balie.domain import Problem

    problem = Problem("store-damaged", "De kassadatabank is beschadigd.",
                      "Er is geen bruikbare back-up. Bel de helpdesk.")
    dialog = DamagedStoreDialog(problem, "", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible() and dialog.quit_button.isVisible()
    assert "helpdesk" in dialog.backup_line.text()


def test_a_restore_that_fails_without_a_reason_says_what_to_do_not_a_class_name(qtbot):
    from balie.domain import Problem

    def restore() -> None:
        raise OSError("disk gone")

    problem = Problem("store-damaged", "De kassadatabank is beschadigd.", "")
    dialog = DamagedStoreDialog(problem, "10/06/2026 14:00", restore)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.quit_button.isEnabled(), timeout=10000)
    assert dialog.status.text() == ("De back-up kon niet teruggezet worden.\n"
                                    "Sluit balie af en bel de helpdesk.")
    assert not dialog.restore_button.isEnabled(), "one try: the helpdesk looks at the rest"
