"""The counter's screens (PySide6)."""
