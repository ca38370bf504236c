"""The screenshot tool reaches every counter state and writes a PNG for each."""

from __future__ import annotations

from PySide6.QtGui import QImage

from balie.app.screenshots.counter import PASS_STATES, render


def test_screenshots_render_every_state_as_a_real_image(qapp, tmp_path):
    written = render(tmp_path)
    names = {path.name for path in written}
    assert len(written) == len(PASS_STATES) + 12
    assert {"12-dagrapport-nl.png", "13-te-behandelen-nl.png", "14-geschiedenis-nl.png",
            "15-instellingen-offline-beleid-nl.png", "17-over-balie-nl.png",
            "18-voordelen-nl.png", "19-voordelen-offline-nl.png"} <= names
    assert "05-kaart-geblokkeerd-nl.png" in names
    assert "10-offline-voorlopig-met-wachtrij-nl.png" in names
    image = QImage(str(tmp_path / "01-kansentarief-actief-nl.png"))
    assert image.width() >= 1200 and image.height() >= 700
