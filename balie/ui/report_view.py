"""The day report on screen (F11): what ``balie report --day`` prints, with a bar chart, and
export to CSV (for the organizer's spreadsheet) and PDF (to print or mail at closing time).

The numbers come from :mod:`balie.report` (local records, so it works offline); this module only
lays them out. "Kassa afsluiten" records the signed-in operator's day closing (counted cash against
what the counter expected, :mod:`balie.closing`) through a small dialog; the report then shows it.
The chart is painted with QPainter: one horizontal bar per tariff, the same painting used on screen
and in the PDF, so what is printed is what was seen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balie.closing import Closing, parse_amount
from balie.domain import BRUSSELS, Problem, TariffType, format_euro, utcnow
from balie.report import DayReport, per_tariff_totals, to_csv
from balie.ui.report_pdf import PdfTable, write_pdf
from balie.ui.worker import Runner

#: bar colours: kansentarief stands out (the organizer is reimbursed for it), others calm
KANSEN_COLOUR = QColor("#0b6e4f")
OTHER_COLOUR = QColor("#1f4e79")


def paint_bars(painter: QPainter, rect: QRect | QRectF, bars: list[tuple[str, int, str, bool]],
               *, empty_text: str) -> None:
    """Horizontal bars: (label, tickets, amount text, is kansentarief) inside ``rect``."""
    area = QRectF(rect)
    if not bars:
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, empty_text)
        return
    most = max(n for _label, n, _amount, _kansen in bars) or 1
    row = area.height() / max(len(bars), 1)
    bar_h = min(row * 0.6, area.height() / 3)
    label_w = area.width() * 0.32
    value_w = area.width() * 0.22
    track = area.width() - label_w - value_w
    for i, (label, n, amount, kansen) in enumerate(bars):
        top = area.top() + i * row + (row - bar_h) / 2
        painter.setPen(QColor("#111111"))
        painter.drawText(QRectF(area.left(), top, label_w - 8, bar_h),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
        width = track * n / most
        painter.fillRect(QRectF(area.left() + label_w, top, max(width, 2.0), bar_h),
                         KANSEN_COLOUR if kansen else OTHER_COLOUR)
        painter.drawText(QRectF(area.left() + label_w + width + 8, top, value_w + track - width,
                                bar_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         f"{n} × · {amount}")


def chart_bars(report: DayReport) -> list[tuple[str, int, str, bool]]:
    kansen_names = {ln.tariff_name for ln in report.lines
                    if ln.tariff_type == TariffType.SOCIALTARIFF}
    return [(name, n, format_euro(paid), name in kansen_names)
            for name, (n, paid) in per_tariff_totals(report.lines).items()]


class BarChart(QWidget):
    """Tickets per tariff, painted; ``bars`` is what it shows (tests read it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayChart")
        self.setMinimumHeight(180)
        self.bars: list[tuple[str, int, str, bool]] = []
        self.empty_text = ""

    def set_bars(self, bars: list[tuple[str, int, str, bool]], empty_text: str) -> None:
        self.bars, self.empty_text = bars, empty_text
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        paint_bars(painter, self.rect().adjusted(8, 8, -8, -8), self.bars,
                   empty_text=self.empty_text)
        painter.end()


#: close_drawer(day, counted cents, opening float cents): the closing, or why not
CloseDrawer = Callable[[date, int, int], "Closing | Problem"]


class CloseDrawerDialog(QDialog):
    """The counted cash and the morning's float, typed as on paper ('123,45')."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeDrawer")
        self.setWindowTitle(self.tr("Kassa afsluiten"))
        self.counted = QLineEdit(self)
        self.counted.setObjectName("counted")
        self.counted.setPlaceholderText("123,45")
        self.opening_float = QLineEdit("0,00", self)
        self.opening_float.setObjectName("openingFloat")
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Geteld in de lade (€)"), self.counted)
        form.addRow(self.tr("&Wisselgeld van vanochtend (€)"), self.opening_float)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.amounts: tuple[int, int] | None = None

    def _check(self) -> None:
        try:
            self.amounts = (parse_amount(self.counted.text()),
                            parse_amount(self.opening_float.text() or "0"))
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class ReportView(QDialog):
    """``load_report(day)`` is the port call (blocking; run on the worker); ``close_drawer``
    records the signed-in operator's closing (None: no button)."""

    def __init__(self, load_report: Callable[[date], DayReport], runner: Runner,
                 parent: QWidget | None = None, *, counter_name: str = "",
                 close_drawer: CloseDrawer | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportView")
        self._load = load_report
        self._close_drawer = close_drawer
        self._runner = runner
        self._counter_name = counter_name
        self.report: DayReport | None = None
        # as large as a counter's screen allows (a 1366×768 screen has ~700 pixels of height)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen())
        room = screen.availableGeometry() if screen is not None else None
        self.resize(min(1100, room.width()) if room else 1100, min(760, room.height()) if room else 760)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.day_label = QLabel(self)
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("reportDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        today = utcnow().astimezone(BRUSSELS).date()
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.day_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day_edit.dateChanged.connect(lambda _d: self.reload())
        self.day_label.setBuddy(self.day_edit)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.day_label)
        top.addWidget(self.day_edit)

        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("reportTable")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.totals = QLabel(self)
        self.totals.setObjectName("detail")
        self.totals.setWordWrap(True)
        self.chart = BarChart(self)

        self.csv_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.csv_button.clicked.connect(lambda: self._ask_path("csv"))
        self.pdf_button.clicked.connect(lambda: self._ask_path("pdf"))
        self.close_button.clicked.connect(self.close)
        self.drawer_button = QPushButton(self)
        self.drawer_button.setObjectName("closeDrawerButton")
        self.drawer_button.setVisible(self._close_drawer is not None)
        self.drawer_button.clicked.connect(self.ask_closing)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.drawer_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.totals)
        layout.addWidget(self.chart, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dagrapport"))
        self.title.setText(self.tr("Dagrapport"))
        self.day_label.setText(self.tr("&Dag"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Activiteit"), self.tr("Tarief"), self.tr("Tickets"), self.tr("Betaald"),
            self.tr("Basisprijs"), self.tr("Kansentarief-korting"), self.tr("Voorlopig")])
        self.csv_button.setText(self.tr("Exporteer &CSV…"))
        self.pdf_button.setText(self.tr("Exporteer &PDF…"))
        self.close_button.setText(self.tr("Sl&uiten"))
        self.drawer_button.setText(self.tr("&Kassa afsluiten…"))
        if self.report is not None:
            self._show(self.report)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----------------------------------------------------------------- data
    def day(self) -> date:
        d = self.day_edit.date()
        return date(d.year(), d.month(), d.day())

    def reload(self) -> None:
        day, load = self.day(), self._load
        self._runner.submit(lambda: load(day), self._show, lambda _exc: None)

    def _show(self, report: DayReport) -> None:
        self.report = report
        self.table.setRowCount(len(report.lines))
        for row, ln in enumerate(report.lines):
            cells = (ln.event_name, ln.tariff_name, str(ln.tickets), format_euro(ln.paid_cents),
                     format_euro(ln.regular_cents), format_euro(ln.discount_cents),
                     str(ln.provisional_tickets) if ln.provisional_tickets else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.totals.setText("\n".join(self.summary_lines(report)))
        self.chart.set_bars(chart_bars(report), self.tr("Geen tickets verkocht op deze dag."))

    def summary_lines(self, report: DayReport) -> list[str]:
        lines = [
            self.tr("Tickets: %1 (geannuleerd: %2) · ontvangen %3").replace(
                "%1", str(report.tickets)).replace("%2", str(report.cancelled_tickets)).replace(
                "%3", format_euro(report.paid_cents)),
            self.tr("Nieuwe passen: %1 (%2) · totaal ontvangen %3").replace(
                "%1", str(report.passes_sold)).replace(
                "%2", format_euro(report.pass_sales_cents)).replace(
                "%3", format_euro(report.received_cents)),
            self.tr("Kansentarief: %n ticket(s), korting %1", "", report.kansentarief_tickets)
            .replace("%1", format_euro(report.kansentarief_given_cents)),
            self.tr("Check-ins: %1 (%2 gegeven) · voordelen: %3 (%4 ingeruild)")
            .replace("%1", str(report.checkins))
            .replace("%2", self.tr("%n punt(en)", "", report.points_given))
            .replace("%3", str(report.redemptions))
            .replace("%4", self.tr("%n punt(en)", "", report.points_redeemed)),
        ]
        if report.provisional_tickets:
            lines.append(self.tr("Nog niet bevestigd door UiTPAS: %n ticket(s).", "",
                                 report.provisional_tickets))
        if report.price_differences:  # what the drawer owes or is owed after sync (F10)
            lines.append(self.tr("Prijsverschillen met UiTPAS: %1 · terug te geven %2 · nog te "
                                 "ontvangen %3 (zie Te behandelen)").replace(
                "%1", str(len(report.price_differences))).replace(
                "%2", format_euro(report.to_give_back_cents)).replace(
                "%3", format_euro(report.to_collect_cents)))
        lines += [self.closing_line(c) for c in report.closings]
        return lines

    def closing_line(self, c: Closing) -> str:
        if not c.closed:
            return self.tr("Kassa %1: verwacht %2 (zonder wisselgeld), nog niet afgesloten").replace(
                "%1", c.operator_name).replace("%2", format_euro(c.expected_cents))
        assert c.counted_cents is not None and c.closed_at is not None
        text = self.tr("Kassa %1: verwacht %2, geteld %3, verschil %4 (afgesloten %5)").replace(
            "%1", c.operator_name).replace("%2", format_euro(c.expected_at_closing_cents or 0)
                                           ).replace(
            "%3", format_euro(c.counted_cents)).replace(
            "%4", format_euro(c.difference_cents or 0)).replace(
            "%5", c.closed_at.astimezone(BRUSSELS).strftime("%H:%M"))
        if c.changed_since_closing:
            text += self.tr("; sindsdien gewijzigd, nu verwacht %1: tel opnieuw").replace(
                "%1", format_euro(c.expected_cents))
        return text

    # ----------------------------------------------------------------- day closing
    def ask_closing(self) -> CloseDrawerDialog | None:
        """The dialog (tests fill it); on OK the closing is recorded off the GUI thread."""
        if self._close_drawer is None:
            return None
        dialog = CloseDrawerDialog(self)
        dialog.accepted.connect(lambda: self._record_closing(dialog))
        dialog.open()
        return dialog

    def _record_closing(self, dialog: CloseDrawerDialog) -> None:
        assert dialog.amounts is not None and self._close_drawer is not None
        counted, opening = dialog.amounts
        day, close = self.day(), self._close_drawer
        self._runner.submit(lambda: close(day, counted, opening), self._closed,
                            lambda _exc: None)

    def _closed(self, outcome: object) -> None:
        if isinstance(outcome, Problem):
            self.totals.setText(f"{outcome.message} {outcome.next_step}".strip())
            return
        self.reload()

    # ----------------------------------------------------------------- export
    def _ask_path(self, kind: str) -> None:
        if self.report is None:
            return
        name = f"dagrapport-{self.report.day.isoformat()}.{kind}"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Dagrapport bewaren"), str(Path.home() / name),
            "CSV (*.csv)" if kind == "csv" else "PDF (*.pdf)")
        if path:
            (self.export_csv if kind == "csv" else self.export_pdf)(Path(path))

    def export_csv(self, path: Path) -> None:
        """UTF-8 with BOM: Excel on a Belgian PC then shows é and € right."""
        assert self.report is not None
        path.write_text(to_csv(self.report), encoding="utf-8-sig")

    def export_pdf(self, path: Path) -> int:
        """A4 pages (balie.ui.report_pdf): title, table, totals and the same bar chart as on
        screen, every text whole; the number of pages."""
        report = self.report
        assert report is not None
        title = self.tr("Dagrapport %1").replace("%1", report.day.strftime("%d/%m/%Y"))
        if self._counter_name:
            title += f" · {self._counter_name}"
        headers = [str(self.table.model().headerData(c, Qt.Orientation.Horizontal))
                   for c in range(7)]
        rows = [[ln.event_name, ln.tariff_name, str(ln.tickets), format_euro(ln.paid_cents),
                 format_euro(ln.regular_cents), format_euro(ln.discount_cents),
                 str(ln.provisional_tickets) if ln.provisional_tickets else ""]
                for ln in report.lines]
        table = PdfTable(headers, rows, (0.34, 0.16, 0.07, 0.10, 0.10, 0.12, 0.11),
                         right=frozenset({2, 3, 4, 5, 6}))
        bars = chart_bars(report)
        empty = self.tr("Geen tickets verkocht op deze dag.")
        return write_pdf(path, title, table, self.summary_lines(report),
                         60 * max(len(bars), 3),
                         lambda painter, rect: paint_bars(painter, rect, bars, empty_text=empty))
