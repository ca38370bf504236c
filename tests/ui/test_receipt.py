"""The new pass holder's receipt: QR code of the UiTPAS number, price paid, PDF, no kansenstatuut."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st

from balie.ui.receipt import Receipt, ReceiptDialog, qr_image, receipt_document, save_pdf

NUMBER = "0910000090318"


def _receipt(**changes: object) -> Receipt:
    base = dict(holder_name="Mehdi El Amrani", uitpas_number=NUMBER, price_cents=100,
                issued_at=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
                organizer_name="Zwembad Van Eyck", counter_name="Onthaal")
    base.update(changes)
    return Receipt(**base)  # type: ignore[arg-type]


def test_receipt_shows_name_number_price_and_local_time(qtbot):
    dialog = ReceiptDialog(_receipt())
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert "Mehdi El Amrani" in text
    assert "0910 0000 9031 8" in text
    assert "€ 1,00" in text
    assert "25/11/2026 10:30" in text  # Brussels time


def test_qr_code_encodes_the_uitpas_number(qtbot):
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(NUMBER)
    code.make(fit=True)
    matrix = code.get_matrix()
    image = qr_image(NUMBER, module_px=5)
    assert image.width() == len(matrix) * 5
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            pixel = image.pixelColor(x * 5 + 2, y * 5 + 2)
            assert (pixel.lightness() < 128) is dark


def test_printing_to_pdf_writes_a_pdf_file(qtbot, tmp_path: Path):
    dialog = ReceiptDialog(_receipt())
    qtbot.addWidget(dialog)
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_receipt(printer)
    assert dialog.status.text() == "De bon is afgedrukt."
    data = (tmp_path / "printed.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000


def test_saved_as_pdf_with_the_qr_image_embedded(qtbot, tmp_path: Path):
    path = save_pdf(_receipt(), tmp_path / "bon" / "uitpas.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Image" in data  # the QR code went onto the page


def test_offline_receipt_says_the_pass_is_activated_soon(qtbot):
    text = receipt_document(_receipt(provisional=True)).toPlainText()
    assert "binnenkort geactiveerd" in text


@settings(max_examples=40, deadline=None)
@given(name=st.text(min_size=1, max_size=30).filter(lambda s: "kansen" not in s.lower()),
       price=st.integers(min_value=0, max_value=10_000), provisional=st.booleans())
def test_receipt_text_never_mentions_the_kansenstatuut(qapp, name: str, price: int,
                                                       provisional: bool):
    doc = receipt_document(_receipt(holder_name=name, price_cents=price,
                                    provisional=provisional))
    for text in (doc.toPlainText(), doc.toHtml()):
        assert not re.search(r"kansen", text, re.IGNORECASE)
