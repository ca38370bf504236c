"""The screenshot tool also renders the registration, receipt, wizard and online-only screens."""

from __future__ import annotations

from PySide6.QtGui import QImage

from balie.app.screenshots.passholder_and_setup import render_all


def test_second_round_screens_render_as_real_images(qapp, platform, tmp_path):
    written = render_all(tmp_path, platform=platform)
    names = {path.name for path in written}
    assert {"21-nieuwe-pashouder-eid-en-kaart-nl.png", "22-bon-met-qr-code-nl.png",
            "25-zoeken-op-naam-offline-nl.png", "34-instellen-eerste-synchronisatie-nl.png"} <= names
    assert len(written) == 16
    image = QImage(str(tmp_path / "21-nieuwe-pashouder-eid-en-kaart-nl.png"))
    assert image.width() >= 1200 and image.height() >= 700
