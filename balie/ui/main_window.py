"""The counter's window: the counter view, the status bar and (in training) the practice cards.

It knows no services: the composition root hands it a :class:`CounterPort`, settings, a
:class:`ServiceSignals` to listen to, and optionally the demo cards.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from balie import __version__
from balie.ui.banner import BannerKind
from balie.ui.bridge import ServiceSignals
from balie.ui.counter_view import CounterView
from balie.ui.attention_view import AttentionView
from balie.ui.history_view import HistoryView
from balie.ui.report_view import ReportView
from balie.ui.port import (
    AttentionPort,
    CounterPort,
    CounterState,
    HistoryPort,
    SettingsInfoPort,
    SettingsPort,
    SyncView,
)
from balie.ui.settings_view import SettingsView
from balie.ui.resources import (
    LANGUAGE_NAMES,
    SETTING_LANGUAGE,
    current_language,
    install_language,
)
from balie.ui.status_bar import CounterStatusBar
from balie.ui.training_dock import DemoCard, TrainingDock
from balie.ui.worker import Runner


class MainWindow(QMainWindow):
    """``sync_requested``: the cashier asked to synchronise now (F5 / Ctrl+S); the composition
    root hands it to the sync worker, the window never waits for it."""

    sync_requested = Signal()

    def __init__(self, counter: CounterPort, settings: SettingsPort, signals: ServiceSignals, *,
                 training: bool = False, counter_name: str = "",
                 demo_cards: list[DemoCard] | None = None, demo_how: str = "",
                 attention: AttentionPort | None = None,
                 history: HistoryPort | None = None,
                 settings_info: SettingsInfoPort | None = None,
                 organizer_names: dict[str, str] | None = None) -> None:
        super().__init__()
        self._settings_info = settings_info
        self._organizer_names = organizer_names or {}
        self.settings_view: SettingsView | None = None
        self._counter = counter
        self._history_port = history
        self.history_view: HistoryView | None = None
        self._attention_port = attention
        self.attention_view: AttentionView | None = None
        self.report_view: ReportView | None = None
        self._counter_name = counter_name
        self.training = training
        self.runner = Runner(self)
        # status queries get their own thread: a slow sale must not freeze the queue counter
        self.status_runner = Runner(self)
        self.view = CounterView(counter, settings, self.runner, self)
        self.training_mark = QLabel(self)
        self.training_mark.setObjectName("trainingMark")
        self.training_mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.training_mark.setVisible(training)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        top.addWidget(self.training_mark, 1)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.sync_view: SyncView | None = None
        self._build_menu(settings)
        self.status = CounterStatusBar(self)
        self.retranslate()
        self.setStatusBar(self.status)
        self.training_dock: TrainingDock | None = None
        if training and demo_cards:
            self.training_dock = TrainingDock(demo_cards, demo_how, self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.training_dock)

        signals.card_tapped.connect(self._card_tapped)
        signals.code_scanned.connect(self.view.identify_scanned)
        signals.reader_state.connect(self.status.set_reader_state)
        signals.online_changed.connect(self.status.set_online)
        signals.counter_state_stale.connect(self.refresh_state)
        signals.sync_status.connect(self._sync_reported)
        signals.sync_delivered.connect(self._delivered)
        self.view.action_done.connect(lambda _o: self.refresh_state())
        self.view.identified.connect(lambda _v, _s: self.refresh_state())
        self._poll = QTimer(self)
        self._poll.setInterval(5000)
        self._poll.timeout.connect(self.refresh_state)
        self._poll.start()

    def _card_tapped(self, _reader: str, chip: str) -> None:
        """A card tapped while a dialog is open (a new pass holder's blank card, a replacement
        card) belongs to that dialog, not to the counter view behind it."""
        if QApplication.activeModalWidget() is None:
            self.view.identify_tapped(chip)

    def _action(self, menu, text: str, slot, *keys: QKeySequence | str) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menu(self, settings: SettingsPort) -> None:
        """Every screen reachable by keyboard: Alt+B for the counter menu, Alt+I for settings,
        and a function key for the frequent ones."""
        counter = self.counter_menu = self.menuBar().addMenu("")
        self.sync_action = self._action(counter, "", self.sync_requested.emit, "F5", "Ctrl+S")
        self.attention_action = self._action(counter, "", self.open_attention, "F10")
        self.report_action = self._action(counter, "", self.open_report, "F11")
        self.history_action = self._action(counter, "", self.open_history, "Ctrl+H")
        menu = self.settings_menu = self.menuBar().addMenu("")
        self.settings_action = self._action(menu, "", self.open_settings, "Ctrl+,")
        self.about_action = self._action(menu, "", lambda: self.open_settings(about=True))
        languages = self.languages_menu = menu.addMenu("")
        group = QActionGroup(self)
        current = current_language()
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            languages.addAction(action)
        self.language_actions = group
        self._settings = settings

    def open_attention(self) -> AttentionView | None:
        """F10: the refused queue entries, non-modal so the counter stays usable beside it."""
        if self._attention_port is None:
            return None
        if self.attention_view is None:
            self.attention_view = AttentionView(self._attention_port, self.runner, self)
            self.attention_view.changed.connect(self.refresh_state)
            self.attention_view.resent.connect(self.sync_requested.emit)
        self.attention_view.reload()
        self.attention_view.show()
        self.attention_view.raise_()
        self.attention_view.activateWindow()
        return self.attention_view

    def open_report(self) -> ReportView | None:
        """F11: today's report (another day through the date field), exportable."""
        load = getattr(self._counter, "day_report", None)
        if load is None:
            return None
        if self.report_view is None:
            self.report_view = ReportView(load, self.runner, self, counter_name=self._counter_name)
        self.report_view.reload()
        self.report_view.show()
        self.report_view.raise_()
        self.report_view.activateWindow()
        return self.report_view

    def open_history(self) -> HistoryView | None:
        """Ctrl+H: the history of the pass on screen, loaded beside the counter (never blocks)."""
        view = self.view.pass_panel.view
        if self._history_port is None:
            return None
        if view is None:
            self.view.banner.show_message(
                BannerKind.INFO, self.tr("Tik of scan eerst een pas: de geschiedenis is die van "
                                         "de pas aan de balie."))
            return None
        if self.history_view is None:
            self.history_view = HistoryView(self._history_port, self)
        snap = view.pass_
        self.history_view.load(view.uitpas_number, snap.passholder_id if snap else None,
                               snap.first_name if snap else "")
        self.history_view.show()
        self.history_view.raise_()
        self.history_view.activateWindow()
        return self.history_view

    def open_settings(self, *, about: bool = False) -> SettingsView | None:
        """Ctrl+, : settings (offline policy, readers, language) and about (version, data,
        licences); non-modal, loaded on its own thread."""
        if self._settings_info is None:
            return None
        if self.settings_view is None:
            self.settings_view = SettingsView(self._settings_info, current_language(), self,
                                              organizer_names=self._organizer_names)
            self.settings_view.language_chosen.connect(self.choose_language)
        self.settings_view.load()
        self.settings_view.tabs.setCurrentIndex(3 if about else 0)
        self.settings_view.show()
        self.settings_view.raise_()
        self.settings_view.activateWindow()
        return self.settings_view

    def choose_language(self, code: str) -> None:
        """Live: the new translator is installed, every open screen repaints itself in it
        (LanguageChange), and the choice is stored for the next start of this counter."""
        if code == current_language():
            return
        self._settings.set(SETTING_LANGUAGE, code)
        install_language(code)
        for action in self.language_actions.actions():
            action.setChecked(action.data() == code)
        if self.settings_view is not None:
            button = self.settings_view.language_buttons.get(code)
            if button is not None and not button.isChecked():
                button.setChecked(True)

    def retranslate(self) -> None:
        """Every fixed text of the window (and the counter view, pass panel, status bar) again in
        the language just installed."""
        self.setWindowTitle(self.tr("balie %1").replace("%1", __version__)
                            + (f" · {self._counter_name}" if self._counter_name else ""))
        self.training_mark.setText(self.tr("OEFENMODUS: oefenplatform, niets is echt"))
        self.counter_menu.setTitle(self.tr("&Balie"))
        self.sync_action.setText(self.tr("Nu &synchroniseren"))
        self.attention_action.setText(self.tr("&Te behandelen"))
        self.report_action.setText(self.tr("&Dagrapport"))
        self.history_action.setText(self.tr("&Geschiedenis van de pas"))
        self.settings_menu.setTitle(self.tr("&Instellingen"))
        self.settings_action.setText(self.tr("&Instellingen en info…"))
        self.about_action.setText(self.tr("&Over balie"))
        self.languages_menu.setTitle(self.tr("&Taal"))
        self.view.retranslate()
        self.status.retranslate()
        if getattr(self, "training_dock", None) is not None:
            self.training_dock.setWindowTitle(self.tr("Oefenkaarten"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "status"):
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        """Load the events and the status; the scan field gets the focus, ready for a pass."""
        self.view.load_events()
        self.refresh_state()
        self.view.scan_field.setFocus()

    def refresh_state(self) -> None:
        if self.status_runner.busy:
            return
        self.status_runner.submit(self._counter.state, self._paint_state, lambda _exc: None)

    def _paint_state(self, state: CounterState) -> None:
        """The counter's own view (queue in the store, last identification offline?) combined
        with the sync worker's (did the platform answer?): offline wins."""
        worker_online = self.sync_view.online if self.sync_view is not None else None
        if worker_online is None:
            self.status.set_online(state.online)
        else:
            self.status.set_online(worker_online and not state.decided_offline)
        self.status.set_oldest_pending(state.oldest_pending_at)
        self.status.set_queue_length(state.queue_length)
        self.status.set_needs_attention(state.needs_attention)
        self.status.set_last_sync(state.last_sync)

    def _sync_reported(self, view: SyncView) -> None:
        self.sync_view = view
        self.status.set_sync(view)

    def _delivered(self, confirmed: int, rejected: int) -> None:
        """A refusal found by the sync worker must not go unnoticed at the counter."""
        if rejected:
            self.view.banner.show_message(
                BannerKind.WARNING,
                self.tr("UiTPAS weigerde %n actie(s) uit de wachtrij.", "", rejected),
                self.tr("Bekijk ze bij Te behandelen (F10)."))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._poll.stop()
        for view in (self.history_view, self.settings_view):
            if view is not None:
                view.shutdown()
        self.runner.stop(3.0)
        self.status_runner.stop(3.0)
        super().closeEvent(event)
