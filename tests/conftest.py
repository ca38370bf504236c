"""Shared test set-up. Each real part has its own fixture module under tests/fixtures/,
owned by the part it starts (store, training platform, pcscd + card emulator)."""

pytest_plugins = [
    "tests.fixtures.store",
    "tests.fixtures.training",
    "tests.fixtures.pcsc",
    "tests.fixtures.keyring",
]
