"""The counter's store is damaged at start: say so, offer the newest good backup, or quit.

The app never runs on a damaged file (it could lose the queue of unsent sales, or silently start
an empty one). The cashier gets two choices: put the newest good backup back and start, or close
balie and call the helpdesk. Restoring copies the whole store, so it runs on a worker thread;
the dialog stays responsive and says what it is doing. Only real damage comes here: a full disk, a
read-only folder or a locked file are refused with their own cause (balie.store.health), and the
unsent queue of the damaged file was saved first and is carried over by the restore.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balie.domain import Problem
from balie.ui.worker import Runner

log = logging.getLogger(__name__)


class DamagedStoreDialog(QDialog):
    """Accepted: the backup was restored (start again). Rejected: quit.

    ``restore`` puts the backup in place (blocking; raises an exception with a ``problem`` when
    the copy is not usable after all); None when there is no good backup to offer."""

    def __init__(self, problem: Problem, backup_label: str,
                 restore: Callable[[], object] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("balie: de kassadatabank is beschadigd"))
        self.setMinimumWidth(640)
        self._restore = restore
        self._runner = Runner(self, name="balie-restore")
        layout = QVBoxLayout(self)
        self.message = QLabel(problem.message, self)
        self.message.setObjectName("damagedMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.backup_line = QLabel(self)
        self.backup_line.setWordWrap(True)
        saved = problem.extras.get("queue_export")
        if restore is not None and saved:  # the queue since the backup comes along: say so
            self.backup_line.setText(self.tr(
                "Nieuwste goede back-up: %1. De wachtrij van na die back-up is eerst bewaard in "
                "%2 en gaat mee naar de teruggezette databank: voer die acties NIET opnieuw "
                "in.").replace("%1", backup_label).replace("%2", Path(saved).name))
        elif restore is not None:
            self.backup_line.setText(self.tr(
                "Nieuwste goede back-up: %1. Acties van na die back-up voer je daarna "
                "opnieuw in (papieren procedure).").replace("%1", backup_label))
        else:
            self.backup_line.setText(problem.next_step)
        layout.addWidget(self.backup_line)
        self.status = QLabel(self)
        self.status.setObjectName("lockMessage")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.restore_button = QPushButton(self.tr("&Herstel deze back-up"), self)
        self.restore_button.setObjectName("primary")
        self.restore_button.setVisible(restore is not None)
        self.restore_button.clicked.connect(self.restore)
        self.quit_button = QPushButton(self.tr("&Afsluiten"), self)
        self.quit_button.clicked.connect(self.reject)
        row.addWidget(self.restore_button)
        row.addWidget(self.quit_button)
        layout.addLayout(row)
        (self.restore_button if restore is not None else self.quit_button).setDefault(True)

    def restore(self) -> None:
        if self._restore is None or self._runner.busy:
            return
        self.restore_button.setEnabled(False)
        self.quit_button.setEnabled(False)
        self.status.setText(self.tr("De back-up wordt teruggezet…"))
        self._runner.submit(self._restore, lambda _r: self.accept(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        problem = getattr(exc, "problem", None)
        if isinstance(problem, Problem):
            text = f"{problem.message}\n{problem.next_step}"
        else:  # the cause is for the helpdesk's log, not for the cashier's screen
            log.warning("restoring the backup failed: %s", type(exc).__name__)
            text = (self.tr("De back-up kon niet teruggezet worden.") + "\n"
                    + self.tr("Sluit balie af en bel de helpdesk."))
        self.status.setText(text)
        self.quit_button.setEnabled(True)

    def done(self, result: int) -> None:  # Qt API
        self._runner.stop(1.0)
        super().done(result)
