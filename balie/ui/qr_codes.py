"""QR check-in codes of an activity: fetch UiTPAS's download link, open it or save the file.

Holders can check in themselves with their app by scanning an activity's QR code; the organizer
prints it and puts it at the entrance. UiTPAS hands out a short-lived link to that file
(``GET /events/{id}/qr-checkincodes/download-link``), so this is online-only work: a link cannot
be queued. The dialog is an :class:`~balie.ui.platform_dialogs.OnlineOnlyDialog`: offline (or while the
counter decides locally because UiTPAS is slow) it says so before anything else.

"Openen" hands the link to the desktop (browser or PDF viewer, which prints it);
"Bewaren…" downloads the file where the cashier chooses. Both go through :class:`QrWork`'s
``open_url`` / ``choose_file``, seams a test can watch instead of starting a real viewer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balie.domain import EventInfo, Problem
from balie.ports import PlatformRefusal
from balie.ui.banner import BannerKind
from balie.ui.menu_item import WindowMenuItem
from balie.ui.platform_dialogs import OnlineOnlyDialog


class QrCodesPort(Protocol):
    """Implemented by ``balie.sync.online_work.ClientOnlineWork``. Blocking (network): the
    dialog calls it on its worker. Raises PlatformUnavailable / PlatformRefusal."""

    def qr_checkin_link(self, event_id: str, file_format: str) -> str: ...

    def download_qr_checkin_codes(self, event_id: str, file_format: str, target: Path) -> int: ...


def _desktop_open(url: QUrl) -> bool:
    return bool(QDesktopServices.openUrl(url))


def _ask_file(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, parent.tr("QR-codes bewaren"), suggested)
    return path


@dataclass
class QrWork:
    """What the dialog needs, built by the composition root."""

    #: None: this counter has no platform configured (then it is never online)
    port: QrCodesPort | None
    is_online: Callable[[], bool]
    events: Callable[[], Sequence[EventInfo]]
    #: the activity chosen on the counter screen (preselected), or None
    current_event: Callable[[], str | None] = lambda: None
    #: hands a link to the desktop (browser, PDF viewer); False: nothing could open it
    open_url: Callable[[QUrl], bool] = field(default=_desktop_open)
    #: asks where to save (GUI thread); "" when the cashier cancels
    choose_file: Callable[[QWidget, str], str] = field(default=_ask_file)


class QrCodesDialog(OnlineOnlyDialog):
    """Choose the activity and the form (PDF to print, or ZIP with images); open or save."""

    def __init__(self, work: QrWork, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("QR-codes ophalen"), work.is_online, parent)
        self.work = work
        # the banner's last own message, said again in a new language (None: the base's
        # "checking", or a refusal in UiTPAS's own words, which stays as it was said)
        self._said: Callable[[], None] | None = None
        self.activity = QComboBox(self.body)
        for event in work.events():
            self.activity.addItem(event.name, event.id)
        current = work.current_event()
        if current is not None and self.activity.findData(current) >= 0:
            self.activity.setCurrentIndex(self.activity.findData(current))
        self.file_format = QComboBox(self.body)
        self.file_format.addItem("", "pdf")
        self.file_format.addItem("", "zip")
        self.explain = QLabel(self.body)
        self.explain.setWordWrap(True)
        self.open_button = QPushButton(self.body)
        self.open_button.clicked.connect(self.open_codes)
        self.save_button = QPushButton(self.body)
        self.save_button.clicked.connect(self.save_codes)
        self.activity_label, self.format_label = QLabel(self.body), QLabel(self.body)
        self.activity_label.setBuddy(self.activity)
        self.format_label.setBuddy(self.file_format)
        form = QFormLayout()
        form.addRow(self.activity_label, self.activity)
        form.addRow(self.format_label, self.file_format)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        if self.activity.count() == 0:
            self.open_button.setEnabled(False)
            self.save_button.setEnabled(False)
        #: the last link opened or the last file saved (for the cashier's banner and tests)
        self.last_link = ""
        self.saved: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again in the language just chosen, the banner's last own message too."""
        self.what = self.tr("QR-codes ophalen")
        self.setWindowTitle(self.tr("QR-check-incodes van een activiteit"))
        self.file_format.setItemText(0, self.tr("PDF om af te drukken"))
        self.file_format.setItemText(1, self.tr("ZIP met afbeeldingen (PNG)"))
        self.explain.setText(self.tr(
            "Pashouders checken zelf in door deze QR-code met hun app te scannen. "
            "Druk hem af en hang hem aan de ingang."))
        self.open_button.setText(self.tr("&Openen"))
        self.save_button.setText(self.tr("&Bewaren…"))
        self.activity_label.setText(self.tr("&Activiteit"))
        self.format_label.setText(self.tr("&Vorm"))
        self.close_button.setText(QCoreApplication.translate("OnlineOnlyDialog", "&Sluiten"))
        if self._said is not None:
            self._said()
        elif self.online is None:
            self.banner.show_message(BannerKind.INFO, QCoreApplication.translate(
                "OnlineOnlyDialog", "Verbinding met UiTPAS controleren…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_said"):
            self.retranslate()
        super().changeEvent(event)

    def _say(self, kind: BannerKind, words: Callable[[], tuple[str, str]]) -> None:
        """Show the dialog's own message; ``words`` gives it in the current language."""
        def say() -> None:
            message, next_step = words()
            self.banner.show_message(kind, message, next_step)

        self._said = say
        say()

    def say_offline(self, detail: str = "") -> None:
        self._said = lambda: OnlineOnlyDialog.say_offline(self, detail)
        super().say_offline(detail)

    def _paint_online(self, online: bool) -> None:
        self._said = None
        super()._paint_online(online)

    def call(self, fn: Callable[[], object], on_done: Callable[[Any], None]) -> None:
        self._said = None  # what comes next (a refusal in UiTPAS's words) is not ours
        super().call(fn, on_done)

    def first_field(self) -> QWidget:
        return self.activity

    def _event_id(self) -> str:
        return str(self.activity.currentData() or "")

    def _format(self) -> str:
        return str(self.file_format.currentData())

    def open_codes(self) -> None:
        event_id, fmt, port = self._event_id(), self._format(), self.work.port
        if not event_id or port is None:
            return
        self.call(lambda: port.qr_checkin_link(event_id, fmt), self._opened)

    def _opened(self, link: str) -> None:
        self.last_link = link
        if self.work.open_url(QUrl(link)):
            self._say(BannerKind.OK, lambda: (
                self.tr("De QR-codes zijn geopend."),
                self.tr("Druk ze af vanuit het venster dat openging.")))
        else:
            self._say(BannerKind.WARNING, lambda: (
                self.tr("Deze computer kan de QR-codes niet openen."),
                self.tr("Kies Bewaren… en open het bestand zelf.")))
        self.open_button.setFocus()

    def save_codes(self) -> None:
        event_id, fmt, port = self._event_id(), self._format(), self.work.port
        if not event_id or port is None:
            return
        chosen = self.work.choose_file(self, f"qr-checkin-{event_id}.{fmt}")
        if not chosen:
            return
        target = Path(chosen)

        def download() -> int | Problem:
            try:
                return port.download_qr_checkin_codes(event_id, fmt, target)
            except OSError as exc:  # the chosen folder, not the platform
                raise PlatformRefusal(Problem(
                    "file-not-written",
                    self.tr("Het bestand kon niet bewaard worden (%1).")
                    .replace("%1", exc.strerror) if exc.strerror
                    else self.tr("Het bestand kon niet bewaard worden."),
                    self.tr("Kies een andere map."))) from exc

        self.call(download, lambda size: self._saved(target, int(size)))

    def _saved(self, target: Path, size: int) -> None:
        self.saved = target
        self._say(BannerKind.OK, lambda: (
            self.tr("QR-codes bewaard in %1 (%2 kB).").replace("%1", str(target))
            .replace("%2", str(max(1, size // 1024))),
            self.tr("Open het bestand om het af te drukken.")))
        self.save_button.setFocus()


class QrCodesMenu(WindowMenuItem):
    """The menu item (Ctrl+K, in the window's Balie menu) and the one dialog it opens."""

    def __init__(self, window: QMainWindow, menu: QMenu, work: QrWork,
                 before: QAction | None = None) -> None:
        super().__init__(window, menu, "Ctrl+K", before)
        self.work = work
        self.dialog: QrCodesDialog | None = None

    def retranslate(self) -> None:
        self.action.setText(self.tr("&QR-check-incodes…"))

    def open(self) -> QrCodesDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = QrCodesDialog(self.work, self.window)
        self.dialog.resize(720, 360)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.open()
        return self.dialog
