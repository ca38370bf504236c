"""The counter's screens (PySide6). Importing this package protects the interpreter from the
PySide6 6.12 reference-count defect first (see :mod:`balie.ui.qt_guard`)."""

from balie.ui.qt_guard import protect_singletons

protect_singletons()
