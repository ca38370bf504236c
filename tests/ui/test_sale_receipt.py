"""The bon of a ticket sale (Ctrl+B): the pass number masked, no QR code, no 'Kansentarief' on
paper; only the new holder's welcome bon carries the full number."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from balie.privacy import mask_number
from balie.ui.banner import BannerKind
from balie.ui.receipt import Receipt, ReceiptDialog, SaleReceipt, receipt_document, save_pdf
from tests.ui.conftest import identify, number_of

NUMBER = "0910000090318"
WHEN = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def test_sale_bon_masks_the_number_and_shows_no_qr_or_tariff_name(qtbot):
    bon = SaleReceipt(NUMBER, "Zwembad Van Eyck", 2, 150, WHEN, counter_name="Onthaal")
    dialog = ReceiptDialog(bon)
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert mask_number(NUMBER) in text and NUMBER not in text
    assert NUMBER[2:9] not in text.replace(" ", "")
    assert "€ 3,00" in text and "Zwembad Van Eyck" in text and "25/11/2026 10:30" in text
    assert "kansen" not in text.lower()
    assert "balie://qr.png" not in receipt_document(bon).toHtml()


def test_welcome_bon_of_a_new_holder_keeps_the_full_number(qtbot):
    dialog = ReceiptDialog(Receipt("Mehdi El Amrani", NUMBER, 100, WHEN))
    qtbot.addWidget(dialog)
    assert "0910 0000 9031 8" in dialog.text()


def test_sale_bon_pdf_does_not_carry_the_number(qtbot, tmp_path: Path):
    path = save_pdf(SaleReceipt(NUMBER, "Zwembad", 1, 150, WHEN), tmp_path / "bon.pdf")
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF") and NUMBER.encode() not in raw


def test_ctrl_b_after_a_sale_opens_the_bon_with_the_masked_number(counter_app, qtbot):
    window = counter_app.window
    identify(qtbot, counter_app, "kansen_active")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.OK, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.view.receipt_dialog is not None
                    and window.view.receipt_dialog.isVisible(), timeout=5000)
    text = window.view.receipt_dialog.text()
    number = number_of("kansen_active")
    assert mask_number(number) in text and number not in text.replace(" ", "")
    # the training counter's bon says first that it is a practice bon, not a ticket
    assert text.lstrip().startswith("OEFENBON: geen geldig ticket of geldige pas")
    window.view.receipt_dialog.close()


def test_a_live_counters_bon_has_no_practice_mark(qtbot):
    live = ReceiptDialog(SaleReceipt(NUMBER, "Zwembad", 1, 150, WHEN))
    practice = ReceiptDialog(Receipt("Mehdi El Amrani", NUMBER, 100, WHEN, practice=True))
    for dialog in (live, practice):
        qtbot.addWidget(dialog)
    assert "OEFENBON" not in live.text()
    assert "OEFENBON" in practice.text()


def test_ctrl_b_without_a_sale_says_there_is_no_bon_yet(counter_app, qtbot):
    window = counter_app.window
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.view.banner.kind is BannerKind.INFO, timeout=5000)
    assert "geen verkoop" in window.view.banner.text()
    assert window.view.receipt_dialog is None


def test_sale_bon_speaks_french_and_english(qtbot):
    from balie.ui.resources import install_language

    try:
        for code, paid, title in (("fr", "Payé", "Ticket de caisse"), ("en", "Paid", "Receipt")):
            assert install_language(code) == code
            dialog = ReceiptDialog(SaleReceipt(NUMBER, "Zwembad", 1, 150, WHEN))
            qtbot.addWidget(dialog)
            assert paid in dialog.text() and dialog.windowTitle() == title
            assert mask_number(NUMBER) in dialog.text()
    finally:
        install_language("nl")
