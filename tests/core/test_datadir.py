"""Choosing the data dir: machine-wide first, per-user fallback, network shares refused."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from balie.datadir import (
    DRIVE_REMOTE,
    DataDirError,
    DataDirKind,
    MountEntry,
    check_local_disk,
    parse_mounts,
    resolve_data_dir,
)

LOCAL = [MountEntry("/", "ext4")]


def test_machine_wide_dir_is_used_when_writable(tmp_path: Path):
    chosen = resolve_data_dir(machine_dir=tmp_path / "machine", user_dir=tmp_path / "user",
                              mounts=LOCAL)
    assert chosen.kind is DataDirKind.MACHINE and chosen.path == tmp_path / "machine"
    assert chosen.store_path.name == "balie.sqlite3" and chosen.backups.name == "backups"


def test_per_user_dir_is_the_fallback_when_machine_dir_is_not_writable(tmp_path: Path):
    blocker = tmp_path / "machine"
    blocker.write_text("a file where the folder should be")  # mkdir fails, even as root
    chosen = resolve_data_dir(machine_dir=blocker / "balie", user_dir=tmp_path / "user",
                              mounts=LOCAL)
    assert chosen.kind is DataDirKind.USER and chosen.path == tmp_path / "user"


def test_override_wins_and_an_unusable_override_is_a_dutch_error(tmp_path: Path):
    chosen = resolve_data_dir(tmp_path / "mine", machine_dir=tmp_path / "m", mounts=LOCAL)
    assert chosen.kind is DataDirKind.OVERRIDE
    assert resolve_data_dir(config_value=str(tmp_path / "cfg"), machine_dir=tmp_path / "m",
                            mounts=LOCAL).path == tmp_path / "cfg"
    (tmp_path / "file").write_text("x")
    with pytest.raises(DataDirError) as err:
        resolve_data_dir(tmp_path / "file" / "sub", mounts=LOCAL)
    assert err.value.problem.code == "data-dir-not-writable"
    assert "--data-dir" in err.value.problem.next_step


@pytest.mark.parametrize("fs", ["nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p"])
def test_data_dir_on_a_linux_network_mount_is_refused(tmp_path: Path, fs: str):
    mounts = LOCAL + [MountEntry(str(tmp_path / "share"), fs)]
    with pytest.raises(DataDirError) as err:
        resolve_data_dir(tmp_path / "share" / "balie", mounts=mounts)
    assert err.value.problem.code == "data-dir-on-network"
    assert "netwerkschijf" in err.value.problem.message and fs in err.value.problem.message
    assert "lokale schijf" in err.value.problem.next_step
    assert not (tmp_path / "share").exists()  # refused before anything was created


def test_a_local_mount_below_a_network_mount_is_judged_by_the_deepest_mount(tmp_path: Path):
    mounts = LOCAL + [MountEntry(str(tmp_path), "nfs"), MountEntry(str(tmp_path / "local"), "ext4")]
    check_local_disk(tmp_path / "local" / "balie", windows=False, mounts=mounts)
    with pytest.raises(DataDirError):
        check_local_disk(tmp_path / "other", windows=False, mounts=mounts)


def test_mounts_table_is_parsed_with_escaped_spaces():
    text = "server:/x /mnt/my\\040share nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    assert parse_mounts(text) == [MountEntry("/mnt/my share", "nfs4"), MountEntry("/", "ext4")]


def test_windows_unc_path_and_mapped_network_drive_are_refused():
    local = lambda root: 3  # DRIVE_FIXED  # noqa: E731
    with pytest.raises(DataDirError):
        check_local_disk(PureWindowsPath(r"\\server\share\balie"), windows=True, drive_type=local)
    with pytest.raises(DataDirError) as err:
        check_local_disk(PureWindowsPath(r"Z:\balie"), windows=True,
                         drive_type=lambda root: DRIVE_REMOTE if root == "Z:\\" else 3)
    assert "netwerkstation" in err.value.problem.message
    check_local_disk(PureWindowsPath(r"C:\ProgramData\balie"), windows=True, drive_type=local)
