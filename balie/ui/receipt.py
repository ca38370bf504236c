"""Receipts (bonnen): the new pass holder's welcome bon, with the UiTPAS number as QR code and the
price paid, and the bon of a ticket sale; printable and saved as PDF.

A receipt leaves the counter in the customer's hand, is seen by whoever stands next to them, and
may be thrown away. So it carries only what the customer needs to use the pass (name, number, QR,
price paid, where and when) and never the kansenstatuut: the reduced price is visible as a price,
not as a status. :func:`receipt_html` is built from these fields only, so no label from the
platform (e.g. a price named "UiTPAS Kansenpas") can slip onto paper.

A sale bon shows the pass number masked (:func:`balie.privacy.mask_number`): it proves which pass
was used to whoever holds the card, and is useless to whoever finds the bon. Only the welcome bon
carries the full number and its QR code: that is the new holder's pass until the card arrives.

The QR code is drawn from the qrcode library's module matrix with QPainter: no image library
round trip, and it prints sharp at any resolution.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from balie.domain import BRUSSELS, format_euro
from balie.privacy import mask_number

QR_RESOURCE = "balie://qr.png"


@dataclass(frozen=True)
class Receipt:
    """What a receipt shows; deliberately no field for the kansenstatuut or a price label."""

    holder_name: str
    uitpas_number: str
    price_cents: int
    issued_at: datetime
    organizer_name: str = ""
    counter_name: str = ""
    provisional: bool = False  # registered offline: the pass works fully after synchronisation
    practice: bool = False  # training mode: nothing on it is real


@dataclass(frozen=True)
class SaleReceipt:
    """The bon of a ticket sale. No tariff name: 'Kansentarief' on paper would tell a bystander
    the holder's kansenstatuut; the price paid is enough. The number is only ever shown masked."""

    uitpas_number: str
    event_name: str
    quantity: int
    price_cents: int  # per ticket
    issued_at: datetime
    counter_name: str = ""
    provisional: bool = False
    practice: bool = False  # training mode: not a ticket, said at the top in capitals


AnyReceipt = Receipt | SaleReceipt


def qr_image(data: str, *, module_px: int = 8, border: int = 4) -> QImage:
    """A black-on-white QR code with whole-pixel modules (scanners like crisp edges). The
    qrcode library loads with the first receipt, not with the window (~20 ms of every start)."""
    import qrcode

    code = qrcode.QRCode(border=border, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(x * module_px, y * module_px, module_px, module_px)
    painter.end()
    return image


def _practice_mark(receipt: AnyReceipt) -> str:
    """Training mode's bon says at the top that it is not real: a practice bon must never pass
    for a ticket or a pass at a door."""
    if not receipt.practice:
        return ""
    return "<p style='font-size:16pt'><b>" + escape(QCoreApplication.translate(
        "Receipt", "OEFENBON: geen geldig ticket of geldige pas")) + "</b></p>"


def receipt_html(receipt: Receipt) -> str:
    when = receipt.issued_at.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")
    number = " ".join(receipt.uitpas_number[i:i + 4] for i in range(0, 13, 4)).strip()
    rows = [
        (QCoreApplication.translate("Receipt", "Naam"), receipt.holder_name),
        (QCoreApplication.translate("Receipt", "UiTPAS-nummer"), number),
        (QCoreApplication.translate("Receipt", "Prijs van de pas"),
         format_euro(receipt.price_cents)),
        (QCoreApplication.translate("Receipt", "Datum"), when),
    ]
    if receipt.organizer_name:
        rows.append((QCoreApplication.translate("Receipt", "Uitgereikt door"),
                     receipt.organizer_name))
    if receipt.counter_name:
        rows.append((QCoreApplication.translate("Receipt", "Balie"), receipt.counter_name))
    table = "".join(f"<tr><td style='padding-right:12px'>{escape(k)}</td>"
                    f"<td><b>{escape(v)}</b></td></tr>" for k, v in rows)
    note = ""
    if receipt.provisional:
        note = "<p>" + escape(QCoreApplication.translate(
            "Receipt", "Je pas wordt binnenkort geactiveerd. Punten sparen kan zodra de balie "
                       "weer verbonden is.")) + "</p>"
    welcome = escape(QCoreApplication.translate("Receipt", "Welkom bij UiTPAS"))
    show = escape(QCoreApplication.translate("Receipt",
                                             "Toon deze code of je kaart aan de balie."))
    return (f"{_practice_mark(receipt)}<h2>{welcome}</h2>"
            f"<p><img src='{QR_RESOURCE}' width='180' height='180'></p>"
            f"<table>{table}</table>{note}<p>{show}</p>")


def sale_receipt_html(receipt: SaleReceipt) -> str:
    # QCoreApplication.translate spelled out: lupdate does not see it under another name
    when = receipt.issued_at.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")
    paid = format_euro(receipt.price_cents * receipt.quantity)
    rows = [
        (QCoreApplication.translate("Receipt", "Activiteit"), receipt.event_name),
        (QCoreApplication.translate("Receipt", "Aantal"), str(receipt.quantity)),
        (QCoreApplication.translate("Receipt", "Betaald"), paid),
        (QCoreApplication.translate("Receipt", "UiTPAS-nummer"),
         mask_number(receipt.uitpas_number)),
        (QCoreApplication.translate("Receipt", "Datum"), when),
    ]
    if receipt.counter_name:
        rows.append((QCoreApplication.translate("Receipt", "Balie"), receipt.counter_name))
    table = "".join(f"<tr><td style='padding-right:12px'>{escape(k)}</td>"
                    f"<td><b>{escape(v)}</b></td></tr>" for k, v in rows)
    note = ""
    if receipt.provisional:
        note = "<p>" + escape(QCoreApplication.translate(
            "Receipt", "Geregistreerd zonder verbinding; wordt doorgestuurd naar UiTPAS.")) \
            + "</p>"
    title = escape(QCoreApplication.translate("Receipt", "Bon"))
    return f"{_practice_mark(receipt)}<h2>{title}</h2><table>{table}</table>{note}"


def receipt_document(receipt: AnyReceipt) -> QTextDocument:
    doc = QTextDocument()
    if isinstance(receipt, SaleReceipt):  # no QR: it would carry the full number
        doc.setHtml(sale_receipt_html(receipt))
        return doc
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_RESOURCE),
                    qr_image(receipt.uitpas_number))
    doc.setHtml(receipt_html(receipt))
    return doc


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5),
                                      QPageLayout.Orientation.Portrait, QMarginsF(12, 12, 12, 12)))
    return printer


def save_pdf(receipt: AnyReceipt, path: Path) -> Path:
    """Write the receipt as a PDF file (also the way tests 'print')."""
    path.parent.mkdir(parents=True, exist_ok=True)
    print_to(receipt, _pdf_printer(path))
    return path


def print_to(receipt: AnyReceipt, printer: QPrinter) -> None:
    receipt_document(receipt).print_(printer)


class ReceiptDialog(QDialog):
    """The receipt on screen, with Print (Ctrl+P) and Save as PDF (Ctrl+S)."""

    def __init__(self, receipt: AnyReceipt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.receipt = receipt
        self.setWindowTitle(self.tr("Bon") if isinstance(receipt, SaleReceipt)
                            else self.tr("Bon voor de nieuwe pashouder"))
        self.view = QTextBrowser(self)
        self.view.setDocument(receipt_document(receipt))
        self.view.setMinimumSize(460, 520)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Afdrukken (Ctrl+P)"), self)
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_receipt)
        self.pdf_button = QPushButton(self.tr("Bewaren als &PDF (Ctrl+S)"), self)
        self.pdf_button.setShortcut("Ctrl+S")
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        close = QPushButton(self.tr("&Sluiten"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.print_button, self.pdf_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        close.setDefault(True)

    def text(self) -> str:
        return self.view.document().toPlainText()

    def print_receipt(self, printer: QPrinter | None = None) -> bool:
        """Through the system's print dialog; ``printer`` given (tests, PDF) prints directly."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        print_to(self.receipt, printer)
        self.status.setText(self.tr("De bon is afgedrukt."))
        return True

    def ask_pdf_path(self) -> None:
        if isinstance(self.receipt, SaleReceipt):  # the file name is seen too: no number
            name = f"bon-{self.receipt.issued_at.astimezone(BRUSSELS):%Y%m%d-%H%M}.pdf"
        else:
            name = f"uitpas-{self.receipt.uitpas_number}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Bon bewaren als PDF"),
                                              str(Path.home() / name), "PDF (*.pdf)")
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> Path:
        save_pdf(self.receipt, path)
        self.status.setText(self.tr("Bewaard: %1").replace("%1", str(path)))
        return path

