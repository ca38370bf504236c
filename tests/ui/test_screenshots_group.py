"""The screenshot tool shows group mode (scanned, sold, offline) and the QR codes dialog."""

from __future__ import annotations

from PySide6.QtGui import QImage

from balie.app.screenshots.group_and_qr import render_all


def test_group_and_qr_screenshots_are_real_images(qapp, tmp_path):
    written = render_all(tmp_path)
    assert [p.name for p in written] == [
        "40-groep-lijst-nl.png", "41-groep-verkocht-nl.png", "42-groep-offline-voorlopig-nl.png",
        "43-qr-check-incodes-nl.png", "44-qr-check-incodes-offline-nl.png"]
    image = QImage(str(tmp_path / "41-groep-verkocht-nl.png"))
    assert image.width() >= 1000 and image.height() >= 600
