"""Shared test set-up. Each real part has its own fixture module under tests/fixtures/,
owned by the part it starts (store, training platform, pcscd + card emulator)."""

import pytest

pytest_plugins = [
    "tests.fixtures.environment",
    "tests.fixtures.children",
    "tests.fixtures.store",
    "tests.fixtures.training",
    "tests.fixtures.pcsc",
    "tests.fixtures.keyring",
    "tests.fixtures.fault_proxy",
]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A run that collected no tests proves nothing: CI (``./dev.sh test``) must fail on it."""
    if exitstatus == 5:
        session.exitstatus = 1
