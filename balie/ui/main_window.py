"""The counter's window: the counter view, the status bar and (in training) the practice cards.

It knows no services: the composition root hands it a :class:`CounterPort`, settings, a
:class:`ServiceSignals` to listen to, and optionally the demo cards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from balie import __version__
from balie.domain import Operator, Problem, utcnow
from balie.operators import IdleLock, Permission
from balie.ui.attention_view import AttentionView
from balie.ui.banner import BannerKind
from balie.ui.bridge import ServiceSignals
from balie.ui.counter_view import CounterView
from balie.ui.history_view import HistoryView
from balie.ui.lock_screen import LockScreen
from balie.ui.operator_session import SessionPort, role_label
from balie.ui.operators_view import OperatorsView
from balie.ui.port import (
    AttentionPort,
    CounterPort,
    CounterState,
    HistoryPort,
    SettingsInfoPort,
    SettingsPort,
    SyncResult,
    SyncView,
    TodayPort,
)
from balie.ui.report_view import ReportView
from balie.ui.resources import (
    LANGUAGE_NAMES,
    SETTING_LANGUAGE,
    current_language,
    install_language,
)
from balie.ui.settings_view import SettingsView
from balie.ui.shortcuts import AboutDialog, ShortcutsDialog
from balie.ui.status_bar import CounterStatusBar
from balie.ui.threads import assert_gui_thread
from balie.ui.training_dock import DemoCard, TrainingDock
from balie.ui.worker import Runner

if TYPE_CHECKING:
    from balie.ui.group_view import GroupMenu
    from balie.ui.passholder_menu import PassholderMenu
    from balie.ui.qr_codes import QrCodesMenu


_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                       QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class MainWindow(QMainWindow):
    """``sync_requested``: the cashier asked to synchronise now (F5 / Ctrl+S); the composition
    root hands it to the sync worker, the window never waits for it.

    With a ``session`` (operators, :mod:`balie.ui.operator_session`) the window starts locked:
    the lock screen covers the counter until someone signs in, and again after ``idle_minutes``
    without key or mouse input, or on Ctrl+L (switch operator). Menu actions a role may not use
    are disabled with the reason as tooltip; their shortcut then shows that reason in the banner.
    """

    sync_requested = Signal()
    #: the menus over work beyond the counter screen, installed by the composition root (balie.app)
    passholder_menu: PassholderMenu | None = None
    qr_codes: QrCodesMenu | None = None
    group: GroupMenu | None = None

    def __init__(self, counter: CounterPort, settings: SettingsPort, signals: ServiceSignals, *,
                 training: bool = False, counter_name: str = "",
                 demo_cards: list[DemoCard] | None = None, demo_how: str = "",
                 attention: AttentionPort | None = None,
                 history: HistoryPort | None = None,
                 settings_info: SettingsInfoPort | None = None,
                 organizer_names: dict[str, str] | None = None,
                 session: SessionPort | None = None, idle_minutes: float = 5.0,
                 today: TodayPort | None = None, training_address: str = "",
                 idle_check_ms: int = 5000) -> None:
        super().__init__()
        self._session = session
        self.locked = False
        self.operators_view: OperatorsView | None = None
        self._gates: list[tuple[QAction, Permission, list[QShortcut]]] = []
        self._saved_enabled: dict[QAction, bool] = {}
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
        self._training_address = training_address
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.training = training
        self.runner = Runner(self)
        # status queries get their own thread: a slow sale must not freeze the queue counter
        self.status_runner = Runner(self)
        self.view = CounterView(counter, settings, self.runner, self, today=today,
                                training=training)
        self.training_mark = QLabel(self)
        self.training_mark.setObjectName("trainingMark")
        self.training_mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.training_mark.setVisible(training)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)  # the counter view keeps its own margins
        top = QHBoxLayout()
        top.addWidget(self.training_mark, 1)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.counter_page = central
        self.lock_screen: LockScreen | None = None
        if session is not None:  # the training mark stays visible above the lock screen
            outer = QWidget(self)
            outer_layout = QVBoxLayout(outer)
            outer_layout.setContentsMargins(0, 0, 0, 0)
            outer_layout.addWidget(self.training_mark)
            self.stack = QStackedWidget(outer)
            outer_layout.addWidget(self.stack, 1)
            self.stack.addWidget(central)
            self.lock_screen = LockScreen(session, self.runner, self.stack,
                                          counter_name=counter_name)
            self.lock_screen.signed_in.connect(self.signed_in)
            self.stack.addWidget(self.lock_screen)
            self.setCentralWidget(outer)
        else:
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
            fold = QShortcut(QKeySequence("F12"), self)
            fold.setContext(Qt.ShortcutContext.WindowShortcut)
            fold.activated.connect(lambda: self.training_dock.set_folded(
                not self.training_dock.folded))

        signals.card_tapped.connect(self._card_tapped)
        signals.code_scanned.connect(self.view.identify_scanned)
        signals.reader_state.connect(self.status.set_reader_state)
        signals.online_changed.connect(self.status.set_online)
        signals.counter_state_stale.connect(self.refresh_state)
        signals.sync_status.connect(self._sync_reported)
        signals.sync_delivered.connect(self._delivered)
        signals.sync_finished.connect(self._sync_finished)
        #: F5 was pressed and its round has not answered yet
        self.sync_asked = False
        #: a delivery round reached the platform since the last identification decided offline
        self._link_proven = False
        self.view.identified.connect(lambda _v, _s: setattr(self, "_link_proven", False))
        self.view.action_done.connect(lambda _o: self.refresh_state())
        # a tap changes only the link's part of the status; a view still being confirmed asks
        # the store when its answer is on screen: the status query then no longer competes
        # with the confirmation's round trip for the interpreter. Asked after the GUI turn
        # that painted the price: waking the status thread there took the interpreter from it
        self.view.identified.connect(
            lambda v, _s: None if v.confirming else QTimer.singleShot(0, self.refresh_state))
        self.view.confirmed.connect(lambda _v, _s: QTimer.singleShot(0, self.refresh_state))
        self._poll = QTimer(self)
        self._poll.setInterval(5000)
        self._poll.timeout.connect(self.refresh_state)
        self._poll.start()
        self.idle = IdleLock(timedelta(minutes=idle_minutes))
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(idle_check_ms)
        self._idle_timer.timeout.connect(self._check_idle)
        if session is not None:
            self.gate(self.attention_action, Permission.HANDLE_ATTENTION)
            self.gate(self.settings_action, Permission.SETTINGS)
            self.gate(self.about_action, Permission.SETTINGS)
            self.gate(self.operators_action, Permission.MANAGE_OPERATORS)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._idle_timer.start()

    def _card_tapped(self, _reader: str, chip: str) -> None:
        """A card tapped while a dialog is open (a new pass holder's blank card, a replacement
        card) belongs to that dialog, not to the counter view behind it. On the lock screen a
        tap is an operator's badge; in the operators view it is the badge being added."""
        assert_gui_thread("card tapped (main window)")
        if self.locked and self.lock_screen is not None:
            self.lock_screen.badge_tapped(chip)
            return
        if self.operators_view is not None and self.operators_view.isVisible():
            self.operators_view.badge_tapped(chip)
            return
        if QApplication.activeModalWidget() is None:
            self.idle.touch(utcnow())
            self.view.identify_tapped(chip)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                *keys: QKeySequence | str) -> QAction:
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
        self.sync_action = self._action(counter, "", self.sync_now, "F5", "Ctrl+S")
        self.attention_action = self._action(counter, "", self.open_attention, "F10")
        self.report_action = self._action(counter, "", self.open_report, "F11")
        self.history_action = self._action(counter, "", self.open_history, "Ctrl+H")
        counter.addSeparator()
        self.switch_action = self._action(counter, "", self.lock, "Ctrl+L")
        self.operators_action = self._action(counter, "", self.open_operators)
        for action in (self.switch_action, self.operators_action):
            action.setVisible(self._session is not None)
        counter.setToolTipsVisible(True)
        menu = self.settings_menu = self.menuBar().addMenu("")
        menu.setToolTipsVisible(True)
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
        counter.addSeparator()
        self.end_of_day_action = self._action(counter, "", self.end_of_day)
        self.quit_action = self._action(counter, "", self.close, "Ctrl+Q")
        help_menu = self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = self._action(help_menu, "", self.open_shortcuts, "F1")
        self.help_about_action = self._action(help_menu, "", self.open_about)

    def end_of_day(self) -> ReportView | None:
        """The day's last step in one menu item: the day report with the count of the drawer
        asked (when this counter records closings), so nobody has to know it hides behind F11."""
        report = self.open_report()
        if report is not None:
            report.ask_closing()
        return report

    def open_shortcuts(self) -> ShortcutsDialog:
        """F1: every key on one screen (non-modal: the counter stays usable beside it)."""
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()
        return self.shortcuts_dialog

    def open_about(self) -> AboutDialog:
        """Help/About: version, and in training the practice platform's address."""
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self._training_address, self)
        self.about_dialog.show()
        self.about_dialog.raise_()
        return self.about_dialog

    def open_attention(self) -> AttentionView | None:
        """F10: the refused queue entries, non-modal so the counter stays usable beside it."""
        if self._attention_port is None:
            return None
        if self.refusal(Permission.HANDLE_ATTENTION) is not None:
            self._refused(Permission.HANDLE_ATTENTION)
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
            self.report_view = ReportView(load, self.runner, self, counter_name=self._counter_name,
                                          close_drawer=getattr(self._counter, "close_drawer",
                                                               None))
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
        if self.refusal(Permission.SETTINGS) is not None:
            self._refused(Permission.SETTINGS)
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
        self.switch_action.setText(self.tr("Medewerker &wisselen (vergrendelen)"))
        self.operators_action.setText(self.tr("&Medewerkers…"))
        self.settings_menu.setTitle(self.tr("&Instellingen"))
        self.settings_action.setText(self.tr("&Instellingen en info…"))
        self.about_action.setText(self.tr("&Over balie"))
        self.languages_menu.setTitle(self.tr("&Taal"))
        self.end_of_day_action.setText(self.tr("&Einde van de dag: kassa afsluiten…"))
        self.quit_action.setText(self.tr("Balie sl&uiten"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Sneltoetsen"))
        self.help_about_action.setText(self.tr("&Over balie"))
        self.view.retranslate()
        self.status.retranslate()
        if self.lock_screen is not None:
            self.lock_screen.retranslate()
        if self._session is not None and hasattr(self, "idle"):
            self.apply_permissions()
        dock = getattr(self, "training_dock", None)  # None while __init__ is still building
        if dock is not None:
            dock.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "status"):
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        """Load the events and the status; the scan field gets the focus, ready for a pass
        (with operators: the lock screen first)."""
        bar = self.menuBar()  # Help last, after the menus the composition root added
        bar.removeAction(self.help_menu.menuAction())
        bar.addAction(self.help_menu.menuAction())
        self.view.load_events()
        self.refresh_state()
        if self._session is not None:
            self.lock()
        else:
            self.view.scan_field.setFocus()

    # -- operators ---------------------------------------------------------------------------------
    def gate(self, action: QAction, permission: Permission) -> None:
        """``action`` needs ``permission``: disabled (reason as tooltip) for a role without it.
        Its shortcut then still answers, with the reason in the banner."""
        if self._session is None:
            return
        fallbacks = []
        for key in action.shortcuts():
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setEnabled(False)
            shortcut.activated.connect(lambda p=permission: self._refused(p))
            fallbacks.append(shortcut)
        self._gates.append((action, permission, fallbacks))
        self.apply_permissions()

    def _refused(self, permission: Permission) -> None:
        if self._session is None or self.locked:
            return
        problem = self._session.refusal(permission)
        if problem is not None:
            self.view.banner.show_message(BannerKind.REFUSED, problem.message, problem.next_step)

    def refusal(self, permission: Permission) -> Problem | None:
        return None if self._session is None else self._session.refusal(permission)

    def apply_permissions(self) -> None:
        if self._session is None:
            return
        for action, permission, fallbacks in self._gates:
            problem = self._session.refusal(permission)
            allowed = problem is None and not self.locked
            action.setEnabled(allowed)
            tip = "" if problem is None else f"{problem.message}\n{problem.next_step}"
            action.setToolTip(tip or action.text().replace("&", ""))
            action.setStatusTip(tip)
            for shortcut in fallbacks:
                shortcut.setEnabled(not allowed and not self.locked)

    def _menu_actions(self) -> list[QAction]:
        found: list[QAction] = []

        def walk(actions: list[QAction]) -> None:
            for action in actions:
                menu = action.menu()
                if isinstance(menu, QMenu):
                    walk(menu.actions())
                elif not action.isSeparator():
                    found.append(action)

        walk(self.menuBar().actions())
        return found

    def lock(self) -> None:
        """Cover the counter: no customer data stays on screen, no action works, and the
        operator is signed out (after what they asked for is done: same worker queue)."""
        if self._session is None or self.lock_screen is None:
            return
        if not self.locked:
            self._saved_enabled = {a: a.isEnabled() for a in self._menu_actions()}
        self.locked = True
        self.view.pass_panel.clear()
        self.view.today_strip.show_lines(())
        self.view.banner.clear()
        self.view.scan_field.clear()
        for view in (self.attention_view, self.report_view, self.history_view,
                     self.settings_view, self.operators_view):
            if view is not None:
                view.hide()
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.window() is not self:
            modal.close()
        for action in self._saved_enabled:
            action.setEnabled(False)
        self.apply_permissions()
        self.menuBar().setVisible(False)
        self.counter_page.setEnabled(False)
        self._show_page(self.lock_screen)
        if self.training_dock is not None:
            self.training_dock.hide()
        self.status.set_operator(None, "")
        self.runner.submit(self._session.sign_out, lambda _r: None, lambda _e: None)
        self.lock_screen.reload()
        self.lock_screen.setFocus()

    def _show_page(self, page: QWidget) -> None:
        """The page on top sets the window's minimum size, not the hidden one: the lock
        screen's height must not be forced on the counter of a 768-pixel-high screen."""
        for index in range(self.stack.count()):
            other = self.stack.widget(index)
            if other is None:
                continue
            kind = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(kind, kind)
        self.stack.setCurrentWidget(page)

    def signed_in(self, operator: Operator) -> None:
        """Someone signed in on the lock screen: the counter is theirs, with their role."""
        self.locked = False
        for action, enabled in self._saved_enabled.items():
            action.setEnabled(enabled)
        self.apply_permissions()
        self.menuBar().setVisible(True)
        self.counter_page.setEnabled(True)
        self._show_page(self.counter_page)
        if self.training_dock is not None:
            self.training_dock.show()
        self.status.set_operator(operator.name, role_label(operator.role))
        self.idle.touch(utcnow())
        self.view.banner.show_message(
            BannerKind.INFO, self.tr("Aangemeld: %1 (%2)").replace("%1", operator.name)
            .replace("%2", role_label(operator.role)))
        self.view.scan_field.setFocus()

    def _check_idle(self) -> None:
        if not self.locked and self.idle.due(utcnow()):
            self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and not self.locked:
            self.idle.touch(utcnow())
        return False

    def open_operators(self) -> OperatorsView | None:
        """Supervisors: add operators, reset PINs, lift lock-outs, switch people off."""
        if self._session is None or self.refusal(Permission.MANAGE_OPERATORS) is not None:
            return None
        if self.operators_view is None:
            self.operators_view = OperatorsView(self._session, self.runner, self)
        self.operators_view.reload()
        self.operators_view.show()
        self.operators_view.raise_()
        self.operators_view.activateWindow()
        return self.operators_view

    def refresh_state(self) -> None:
        if self.status_runner.busy:
            return
        self.status_runner.submit(self._counter.state, self._paint_state, lambda _exc: None)

    def _paint_state(self, state: CounterState) -> None:
        """The counter's own view (queue in the store, last identification offline?) combined
        with the sync worker's (did the platform answer?): offline wins."""
        worker_online = self.sync_view.online if self.sync_view is not None else None
        decided_offline = state.decided_offline and not self._link_proven
        if worker_online is None:
            self.status.set_online(state.online or self._link_proven)
        else:
            self.status.set_online(worker_online and not decided_offline)
        self.status.set_link_local(state.link_local)
        self.status.set_oldest_pending(state.oldest_pending_at)
        self.status.set_queue_length(state.queue_length)
        self.status.set_needs_attention(state.needs_attention)
        self.status.set_last_sync(state.last_sync)

    def sync_now(self) -> None:
        """F5: deliver the queue now (back-off skipped by the composition root); the banner says
        it is busy, then what came of it (:meth:`_sync_finished`)."""
        self.sync_asked = True
        self.view.banner.show_message(BannerKind.INFO, self.tr("Synchroniseren…"))
        self.status.sync_label.setText(self.tr("Synchroniseren…"))
        self.sync_requested.emit()

    def _sync_finished(self, result: SyncResult) -> None:
        """A round ended: the status bar is refreshed at once; after F5 the banner says how it
        went in one line ("3 verstuurd, 0 te behandelen")."""
        assert_gui_thread("sync round finished")
        if result.reachable and not result.signed_out:
            self._link_proven = True
            self.status.set_online(True)
            self.status.set_last_sync(utcnow())
        self.refresh_state()
        if not self.sync_asked:
            return
        self.sync_asked = False
        if result.signed_out:
            self.view.banner.show_message(
                BannerKind.REFUSED, self.tr("UiTPAS weigert de aanmelding van deze balie."),
                self.tr("Meld de balie opnieuw aan, of bel de helpdesk. Alles blijft bewaard."))
            return
        if not result.reachable:
            self.view.banner.show_message(
                BannerKind.WARNING,
                self.tr("Geen verbinding met UiTPAS: %n actie(s) wachten nog.", "",
                        result.pending),
                self.tr("Alles blijft bewaard. Probeer later opnieuw met F5."))
            return
        text = (self.tr("%n verstuurd", "", result.sent) + ", "
                + self.tr("%n te behandelen", "", result.needs_attention))
        if result.pending:
            text += ", " + self.tr("%n wacht(en) nog", "", result.pending)
        step = ""
        if result.refused:
            step = self.tr("UiTPAS weigerde %n actie(s): bekijk ze bij Te behandelen (F10).", "",
                           result.refused)
        elif result.needs_attention:
            step = self.tr("Bekijk ze bij Te behandelen (F10).")
        kind = BannerKind.WARNING if result.needs_attention else BannerKind.OK
        self.view.banner.show_message(kind, text, step)

    def _sync_reported(self, view: SyncView) -> None:
        assert_gui_thread("sync status")
        self.sync_view = view
        self.status.set_sync(view)

    def _delivered(self, confirmed: int, rejected: int) -> None:
        """A refusal found by the sync worker must not go unnoticed at the counter (after F5
        the round's own answer says it); points in doubt on screen are read again."""
        assert_gui_thread("sync delivered")
        if confirmed:
            self.view.recheck_points()
        if rejected and not self.sync_asked:
            self.view.banner.show_message(
                BannerKind.WARNING,
                self.tr("UiTPAS weigerde %n actie(s) uit de wachtrij.", "", rejected),
                self.tr("Bekijk ze bij Te behandelen (F10)."))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._poll.stop()
        self._idle_timer.stop()
        app = QApplication.instance()
        if app is not None and self._session is not None:
            app.removeEventFilter(self)
        for view in (self.history_view, self.settings_view):
            if view is not None:
                view.shutdown()
        self.runner.stop(3.0)
        self.status_runner.stop(3.0)
        self.view.confirm_runner.stop(3.0)
        self.view.today_runner.stop(3.0)
        super().closeEvent(event)
