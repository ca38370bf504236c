"""Shared test set-up. Each real part has its own fixture module under tests/fixtures/,
owned by the part it starts (store, training platform, pcscd + card emulator)."""

import pytest

pytest_plugins = [
    "tests.fixtures.environment",
    "tests.fixtures.patience",
    "tests.fixtures.children",
    "tests.fixtures.store",
    "tests.fixtures.training",
    "tests.fixtures.pcsc",
    "tests.fixtures.keyring",
    "tests.fixtures.fault_proxy",
    "tests.fixtures.cli_counter",
]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A run that collected no tests proves nothing: CI (``./dev.sh test``) must fail on it."""
    if exitstatus == 5:
        session.exitstatus = 1


@pytest.fixture(autouse=True)
def _no_stylesheet_left_behind():
    """A test that starts the whole app (``start_gui``) applies the counter's theme to the one
    QApplication of the run; the next test must not inherit it by chance."""
    yield
    import sys

    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is not None:
        app.setStyleSheet("")
