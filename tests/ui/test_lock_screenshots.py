"""The screenshot tool renders the operator screens (lock screen, lock-out, refusal, operators,
first supervisor, damaged store) as real images."""

from __future__ import annotations

from PySide6.QtGui import QImage

from balie.app.screenshots.operators import render_all


def test_operator_screens_render_as_real_images(qapp, tmp_path):
    written = render_all(tmp_path)
    names = {path.name for path in written}
    assert {"40-vergrendeld-nl.png", "41-medewerker-geblokkeerd-nl.png",
            "45-eerste-verantwoordelijke-nl.png", "46-databank-beschadigd-nl.png"} <= names
    image = QImage(str(tmp_path / "40-vergrendeld-nl.png"))
    assert image.width() >= 1200 and image.height() >= 700
