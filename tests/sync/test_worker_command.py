"""``balie sync --once``: exit codes support can script on."""

from __future__ import annotations

from pathlib import Path

import pytest

from balie.cli import main
from balie.store import Store
from balie.training import TrainingPlatform
from tests.sync.test_worker_helpers import know_demo_events, sell


def _sync(platform_url: str, data_dir: Path, *extra: str) -> int:
    return main(["sync", "--once", "--training", "--platform-url", platform_url,
                 "--data-dir", str(data_dir), "--timeout", "5", *extra])


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))  # no user config of this box
    return tmp_path / "data"


def _queue(data_dir: Path, *pass_keys: str) -> None:
    with Store.open(data_dir / "balie.sqlite3") as store:
        know_demo_events(store)
        for key in pass_keys:
            sell(store, key)


def test_once_exits_0_when_everything_is_delivered(
        platform: TrainingPlatform, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _queue(data_dir, "kansen_active", "kansen_grace")
    assert _sync(platform.url, data_dir, "--no-refresh") == 0
    assert "Verstuurd: 2" in capsys.readouterr().out
    assert platform.count_ticket_sales() >= 2


def test_once_exits_1_when_items_need_attention(platform: TrainingPlatform, data_dir: Path) -> None:
    _queue(data_dir, "regular")  # no kansenstatuut: refused
    assert _sync(platform.url, data_dir, "--no-refresh") == 1


def test_once_exits_2_when_the_platform_is_unreachable(
        platform: TrainingPlatform, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _queue(data_dir, "kansen_active")
    platform.set_faults(refuse_connections=True)
    try:
        assert _sync(platform.url, data_dir, "--no-refresh", "--timeout", "0") == 2
    finally:
        platform.clear_faults()
    assert "verbinding" in capsys.readouterr().out.lower()


def test_once_with_refresh_fills_reference_data(platform: TrainingPlatform, data_dir: Path) -> None:
    assert _sync(platform.url, data_dir) in (0, 1)
    with Store.open(data_dir / "balie.sqlite3") as store:
        assert store.reference.card_systems()
