"""balie: offline-first UiTPAS counter."""
__version__ = "0.1.0"
