"""UI tests run offscreen; importing balie.ui first protects the interpreter (see qt_guard)."""

import balie.ui  # noqa: F401 - applies the PySide6 6.12 reference-count guard before any Qt call
