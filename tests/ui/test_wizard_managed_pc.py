"""The setup wizard on a managed PC: IT's machine-wide balie.ini is read-only for the cashier,
and a per-user file would be ignored there (group policy), so the wizard says to ask IT instead of
saving settings that would never apply. On an unmanaged PC it still falls back to the user file.

The tests run as root, whom file permissions do not stop, so the OS's refusal to write the
machine file is the one thing simulated here."""

from __future__ import annotations

from pathlib import Path

import pytest

import balie.config
from balie.app import AppWizardServices
from balie.config import load_config

VALUES = {"platform": {"environment": "test"}, "counter": {"organizer_id": "org-1"}}


@pytest.fixture
def machine_read_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    machine = tmp_path / "ProgramData" / "balie.ini"
    real_write = balie.config.write_machine_config

    def write(path: Path, values: dict) -> None:
        if path == machine:
            raise PermissionError(13, "Access is denied", str(path))
        real_write(path, values)

    monkeypatch.setattr(balie.config, "write_machine_config", write)
    monkeypatch.setattr(balie.config, "machine_config_path", lambda: machine)
    monkeypatch.setattr(balie.config, "user_config_path", lambda: tmp_path / "user" / "balie.ini")
    return machine


def test_managed_pc_asks_it_instead_of_writing_an_ignored_user_file(machine_read_only: Path,
                                                                    tmp_path: Path):
    machine_read_only.parent.mkdir(parents=True)
    machine_read_only.write_text("; balie: machine-wide settings (IT / installer)\n")
    services = AppWizardServices(None, tmp_path / "data")
    with pytest.raises(PermissionError, match="IT-dienst"):
        services.save(VALUES)
    assert not (tmp_path / "user" / "balie.ini").exists()


def test_unmanaged_pc_falls_back_to_the_users_own_file(machine_read_only: Path, tmp_path: Path):
    services = AppWizardServices(None, tmp_path / "data")
    services.save(VALUES)
    assert services.saved_to == tmp_path / "user" / "balie.ini"
    config = load_config(machine_path=machine_read_only, user_path=services.saved_to)
    assert config.get("platform", "environment") == "test"
