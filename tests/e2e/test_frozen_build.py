"""The app as a counter PC gets it: the frozen one-folder build runs its self-test, and the
Windows installer script compiles (makensis runs here; the payload comes from the Windows CI)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from balie import __version__
from balie.config import DEFAULTS

ROOT = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024
SIZE_TARGET_MIB = 150


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once per session into a temp folder (about 70 s on 2 cores)."""
    out = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "--work", str(out / "build"),
         "--dist", str(out / "dist")],
        cwd=ROOT, capture_output=True, text=True, timeout=400,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return out / "dist" / "balie"


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_frozen_app_passes_its_self_test_offscreen(frozen_app: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    result = subprocess.run([str(frozen_app / "balie"), "--self-test"], env=env,
                            capture_output=True, text=True, timeout=120)
    wall = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "identify a demo pass" in result.stdout and "self-test OK" in result.stdout
    assert "counter view shown" in result.stdout
    print(f"\nfrozen self-test wall time {wall:.2f} s\n{result.stdout}")


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_frozen_app_stays_under_the_size_target_and_is_stamped_with_the_version(frozen_app: Path):
    files = [f for f in frozen_app.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files) / MIB
    print(f"\ndist/balie: {size:.1f} MiB in {len(files)} files")
    assert size <= SIZE_TARGET_MIB
    assert f'"version": "{__version__}"' in (frozen_app / "BUILD_INFO.json").read_text()
    version = subprocess.run([str(frozen_app / "balie"), "--version"], capture_output=True,
                             text=True, timeout=60)
    assert version.stdout.strip() == f"balie {__version__}"
    # what balie never loads stays out
    names = {f.name for f in files}
    assert not any(n.startswith(("libQt6Qml", "libQt6Quick", "libQt6WebEngine", "libtk"))
                   for n in names)


def test_installer_script_compiles_with_makensis(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "--installer-only",
         "--work", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    setup = tmp_path / f"balie-setup-{__version__}.exe"
    header = setup.read_bytes()
    assert header[:2] == b"MZ" and b"Nullsoft" in header


def test_installer_writes_only_settings_balie_knows():
    """The silent install's /ENV /ORGANIZER /COUNTER /NFCREADER /EIDREADER land in keys that
    balie.config reads; a renamed key would silently be ignored at the counter."""
    text = (ROOT / "installer" / "balie-settings.nsh").read_text(encoding="utf-8")
    writes = re.findall(r'_BalieWrite "(\w+)" "(\w+)" \$(\w+)', text)
    assert {(s, k) for s, k, _ in writes} == {
        ("platform", "environment"), ("counter", "organizer_id"), ("counter", "name"),
        ("readers", "nfc"), ("readers", "eid")}
    for section, key, _ in writes:
        assert key in DEFAULTS[section]
    options = set(re.findall(r'_BalieOption "(\w+)"', text))
    assert options == {"ENV", "ORGANIZER", "COUNTER", "NFCREADER", "EIDREADER"}
