#!/usr/bin/env python3
"""Build balie for counter PCs: a PyInstaller one-folder app, then (on Windows) an NSIS installer.

    python build_installer.py                  # one-folder app in dist/balie (+ installer on Windows)
    python build_installer.py --check-installer  # also compile installer/balie.nsi here (Linux:
                                                 # against a tiny stand-in payload, to catch errors)
    python build_installer.py --installer-only --payload DIR  # only compile the installer

Why one folder and not one file: a one-file app unpacks itself to %TEMP% at every start (seconds on
a slow counter PC, and virus scanners hate it); the installer packs the folder anyway.

On Windows two executables share the folder: ``balie.exe`` (no console window: what the cashier
starts) and ``balie-cli.exe`` (with a console: doctor, support-bundle, restore, self-test for IT).
Elsewhere ``balie`` has a console anyway, so there is only one.

Reproducible from a clean checkout: the spec is generated here (not hand-edited), PyInstaller runs
with ``--clean`` and ``PYTHONHASHSEED=0``, the version comes from ``balie.__version__`` and is written
into the Windows version resource, ``BUILD_INFO.json`` and the installer's file name. Every step
is logged with its duration to stdout and ``build/build_installer.log``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
NSI = ROOT / "installer" / "balie.nsi"
WINDOWS = sys.platform == "win32"

log = logging.getLogger("build_installer")

#: Qt modules balie does not use: excluded so the folder stays small (target <= 150 MB).
QT_EXCLUDES = (
    "QtQml", "QtQuick", "QtQuickWidgets", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets",
    "QtWebView", "QtMultimedia", "QtMultimediaWidgets", "QtCharts", "QtDataVisualization",
    "QtGraphs", "QtPdf", "QtPdfWidgets", "QtDesigner", "QtHelp", "QtUiTools", "QtSql", "QtTest",
    "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtRemoteObjects", "QtSensors",
    "QtSerialPort", "QtSerialBus", "QtSpatialAudio", "QtStateMachine", "QtTextToSpeech",
    "QtScxml", "QtNetworkAuth", "QtHttpServer", "QtOpenGL", "QtOpenGLWidgets", "QtXml",
    "QtConcurrent", "QtDBus", "QtAxContainer", "QtNetwork",
)
PY_EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc_data", "lib2to3",
    "pytest", "_pytest", "pytestqt", "hypothesis", "openapi_core", "IPython", "numpy",
    "PIL.ImageTk", "PIL.ImageQt", "setuptools", "pip", "distutils",
    # sqlalchemy.testing imports mypy when it is installed (the dev tools): 4 MiB of type checker
    "mypy", "sqlalchemy.testing",
    # Pillow codecs a QR code never needs (AVIF alone is 5 MB); their imports are guarded in PIL
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms",
    "PIL.ImageCms", "PIL._imagingft",
    # keyring's Linux SecretService backend. Windows keyring uses the Credential Manager without
    # it; the Linux bundle is a test vehicle (self-test), not a product. (cryptography stays: the
    # store seals personal fields with it.)
    "secretstorage", "jeepney",
    # East-Asian codecs and the interactive console: a counter reads UTF-8 and cp1252 only
    "_codecs_jp", "_codecs_hk", "_codecs_cn", "_codecs_kr", "_codecs_tw", "_codecs_iso2022",
    "readline", "curses", "_curses",
)
#: Qt image plugins worth keeping (icons and pictures in the UI); the rest is pruned.
QT_IMAGEFORMATS = ("qsvg", "qico", "qjpeg", "qgif")
#: Folders shipped as data; alembic reads migration scripts from disk, so they go as source.
DATA_DIRS = (
    ("balie/store/migrations", "balie/store/migrations"),
    ("resources", "resources"),
)


def _step(title: str) -> float:
    log.info("== %s", title)
    return time.perf_counter()


def _done(started: float) -> None:
    log.info("   done in %.1f s", time.perf_counter() - started)


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "balie" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def version4(v: str) -> str:
    """Windows wants four numeric parts: 0.1.0 -> 0.1.0.0 (pre-release tags dropped)."""
    parts = [p for p in v.split("+")[0].split("-")[0].split(".") if p.isdigit()][:4]
    return ".".join(parts + ["0"] * (4 - len(parts)))


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, check=True, timeout=10)
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def windows_version_file(v: str, path: Path) -> Path:
    nums = tuple(int(x) for x in version4(v).split("."))
    path.write_text(f"""# generated by build_installer.py
VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041304B0', [
      StringStruct('CompanyName', 'balie'),
      StringStruct('FileDescription', 'balie - UiTPAS-kassa'),
      StringStruct('FileVersion', '{v}'),
      StringStruct('ProductName', 'balie'),
      StringStruct('ProductVersion', '{v}')])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])
  ]
)
""", encoding="utf-8")
    return path


def write_spec(work: Path, v: str) -> Path:
    """The PyInstaller spec, generated so that every input is visible in this file's history."""
    datas = [(str(ROOT / src), dst) for src, dst in DATA_DIRS if (ROOT / src).is_dir()]
    excludes = [f"PySide6.{m}" for m in QT_EXCLUDES] + list(PY_EXCLUDES)
    version_file = str(windows_version_file(v, work / "version_info.txt")) if WINDOWS else None
    entry = work / "balie_entry.py"
    entry.write_text("import sys\nfrom balie.cli import main\nsys.exit(main())\n", encoding="utf-8")
    icon = ROOT / "resources" / "balie.ico"
    spec = work / "balie.spec"
    spec.write_text(f"""# generated by build_installer.py for balie {v}; do not edit
from PyInstaller.utils.hooks import collect_submodules

hidden = (collect_submodules("balie") + collect_submodules("alembic")
          + collect_submodules("sqlalchemy.dialects.sqlite") + collect_submodules("qrcode")
          # imported lazily or only by plugins: receipts (qrcode), SVG icons (QtSvg)
          + ["logging.config", "PySide6.QtSvg", "PIL.PngImagePlugin"])
a = Analysis(
    [{str(entry)!r}],
    pathex=[{str(ROOT)!r}],
    datas={datas!r},
    hiddenimports=hidden,
    excludes={excludes!r},
    noarchive=False,
)
pyz = PYZ(a.pure)
common = dict(debug=False, bootloader_ignore_signals=False, strip={not WINDOWS!r}, upx=False,
              version={version_file!r}, icon={str(icon) if icon.is_file() else None!r})
exes = [EXE(pyz, a.scripts, [], exclude_binaries=True, name="balie",
            console={not WINDOWS!r}, **common)]
if {WINDOWS!r}:  # a console twin for IT; elsewhere 'balie' already has a console
    exes.append(EXE(pyz, a.scripts, [], exclude_binaries=True, name="balie-cli", console=True,
                    **common))
coll = COLLECT(*exes, a.binaries, a.datas, strip={not WINDOWS!r}, upx=False, name="balie")
""", encoding="utf-8")
    return spec


#: Qt plugin folders balie never loads on a counter (embedded/touch/Wayland back-ends, Qt's own TLS
#: and network-information back-ends: requests does TLS). printsupport stays: receipts are printed.
LINUX_PLUGIN_DROPS = (
    "egldeviceintegrations", "generic", "networkinformation", "tls", "platformthemes",
    "wayland-decoration-client", "wayland-graphics-integration-client", "wayland-shell-integration",
    "qmltooling",
)
#: Linux platform plugins kept: a real window (xcb), offscreen (self-test, screenshots), minimal.
LINUX_PLATFORMS = ("libqxcb.so", "libqoffscreen.so", "libqminimal.so")


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.is_dir() \
        else path.stat().st_size


def prune_bundle(app: Path) -> int:
    """Remove Qt parts the hooks copy although balie never loads them; returns bytes freed.

    Qt's own translations beyond nl/fr/en, image formats balie does not show, and QML. On Linux
    also the plugins above and then every shared library nothing left in the bundle links to
    (the GTK, Wayland and EGL stacks those plugins dragged in)."""
    freed = 0
    qt = next((p for p in app.rglob("PySide6") if p.is_dir()), None)
    if qt is None:
        return 0
    keep_lang = ("_nl", "_fr", "_en")
    for qm in qt.rglob("*.qm"):
        if not qm.stem.endswith(keep_lang):
            freed += qm.stat().st_size
            qm.unlink()
    for plugin in qt.rglob("imageformats/*"):
        if plugin.is_file() and not any(k in plugin.name for k in QT_IMAGEFORMATS):
            freed += plugin.stat().st_size
            plugin.unlink()
    for name in ("qml", "Qt/qml", "plugins/qmltooling", "Qt/plugins/qmltooling"):
        folder = qt / name
        if folder.is_dir():
            freed += _size(folder)
            shutil.rmtree(folder)
    if platform.system() == "Linux":
        freed += _prune_linux(app, qt)
    return freed


def _needed(elf: Path) -> list[str]:
    """DT_NEEDED entries of an ELF file (readelf from binutils)."""
    out = subprocess.run(["readelf", "-d", str(elf)], capture_output=True, text=True, timeout=30)
    return [line.split("[", 1)[1].split("]", 1)[0]
            for line in out.stdout.splitlines() if "(NEEDED)" in line]


def _is_elf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def _prune_linux(app: Path, qt: Path) -> int:
    freed = 0
    plugins = next((p for p in qt.rglob("plugins") if p.is_dir()), None)
    if plugins is not None:
        for name in LINUX_PLUGIN_DROPS:
            if (plugins / name).is_dir():
                freed += _size(plugins / name)
                shutil.rmtree(plugins / name)
        for plugin in (plugins / "platforms").glob("*.so"):
            if plugin.name not in LINUX_PLATFORMS:
                freed += plugin.stat().st_size
                plugin.unlink()
    internal = app / "_internal"
    lib_dirs = {internal, next((p for p in qt.rglob("lib") if p.is_dir()), internal)}
    files = [f for f in app.rglob("*") if f.is_file() and not f.is_symlink() and _is_elf(f)]
    candidates = {f.name: f for f in files if f.parent in lib_dirs}
    roots = [f for f in files if f.parent not in lib_dirs or f.name.startswith("libpython")]
    reachable: set[str] = set()
    todo = list(roots)
    while todo:
        for name in _needed(todo.pop()):
            if name in candidates and name not in reachable:
                reachable.add(name)
                todo.append(candidates[name])
            elif name not in candidates:
                # a symlink name (libfoo.so.1 -> libfoo.so.1.2.3) kept by PyInstaller
                link = next((d / name for d in lib_dirs if (d / name).is_symlink()), None)
                if link is not None and link.resolve().name in candidates \
                        and link.resolve().name not in reachable:
                    reachable.add(link.resolve().name)
                    todo.append(candidates[link.resolve().name])
    for name, path in candidates.items():
        if name not in reachable and not name.startswith("libpython"):
            freed += path.stat().st_size
            path.unlink()
    for link in [f for d in lib_dirs for f in d.iterdir() if f.is_symlink() and not f.exists()]:
        link.unlink()
    return freed


def build_app(work: Path) -> Path:
    v = version()
    started = _step(f"PyInstaller one-folder build of balie {v} ({platform.system()}, "
                    f"Python {platform.python_version()})")
    spec = write_spec(work, v)
    env = {**os.environ, "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": os.environ.get(
        "SOURCE_DATE_EPOCH", "1700000000")}
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(work / "pyinstaller"), str(spec)]
    log.info("   %s", " ".join(cmd))
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    for line in (result.stdout + result.stderr).splitlines():
        if line.strip():
            log.info("   | %s", line)
    if result.returncode != 0:
        raise SystemExit(f"PyInstaller failed (exit {result.returncode}); see the log above")
    app = DIST / "balie"
    freed = prune_bundle(app)
    info = {"version": v, "commit": git_commit(), "python": platform.python_version(),
            "platform": platform.platform(), "built_at_epoch": int(env["SOURCE_DATE_EPOCH"])}
    (app / "BUILD_INFO.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    size = sum(f.stat().st_size for f in app.rglob("*") if f.is_file() and not f.is_symlink())
    log.info("   dist/balie: %.1f MB (pruned %.1f MB of unused Qt files)", size / 1e6, freed / 1e6)
    _done(started)
    return app


def stand_in_payload(work: Path) -> Path:
    """A tiny folder shaped like the real build, so the installer script compiles without it."""
    payload = work / "stand-in-payload"
    (payload / "_internal").mkdir(parents=True, exist_ok=True)
    for name in ("balie.exe", "balie-cli.exe", "_internal/python311.dll"):
        (payload / name).write_bytes(b"stand-in for the Windows build\n")
    (payload / "BUILD_INFO.json").write_text(json.dumps({"version": version(), "stand_in": True}),
                                             encoding="utf-8")
    return payload


def build_installer(payload: Path, out: Path) -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("makensis not found: install NSIS (Debian: apt-get install nsis; "
                         "Windows: choco install nsis)")
    v = version()
    started = _step(f"NSIS installer {out.name} from {payload}")
    out.parent.mkdir(parents=True, exist_ok=True)
    flag = "/" if WINDOWS else "-"
    cmd = [makensis, f"{flag}V2", f"{flag}WX", f"{flag}DVERSION={v}",
           f"{flag}DVERSION4={version4(v)}", f"{flag}DPAYLOAD={payload}",
           f"{flag}DOUTFILE={out}", str(NSI)]
    log.info("   %s", " ".join(cmd))
    result = subprocess.run(cmd, cwd=NSI.parent, capture_output=True, text=True)
    for line in (result.stdout + result.stderr).splitlines():
        if line.strip():
            log.info("   | %s", line)
    if result.returncode != 0 or not out.is_file():
        raise SystemExit(f"makensis failed (exit {result.returncode}); see the log above")
    log.info("   %s: %.1f MB", out, out.stat().st_size / 1e6)
    _done(started)
    return out


def main(argv: list[str] | None = None) -> int:
    global DIST
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check-installer", action="store_true",
                        help="compile the installer script even when not on Windows")
    parser.add_argument("--installer-only", action="store_true",
                        help="skip PyInstaller; compile the installer from --payload or a stand-in")
    parser.add_argument("--payload", type=Path, help="one-folder build to pack (default dist/balie)")
    parser.add_argument("--work", type=Path, default=BUILD, help="scratch folder (default build/)")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default dist/)")
    args = parser.parse_args(argv)
    DIST = args.dist.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.INFO, format="%(message)s", handlers=[
        logging.StreamHandler(sys.stdout),
        logging.FileHandler(args.work / "build_installer.log", mode="w", encoding="utf-8")])
    total = time.perf_counter()
    app = args.payload
    if not args.installer_only:
        app = build_app(args.work)
    if WINDOWS or args.check_installer or args.installer_only:
        real = args.payload is not None or (WINDOWS and app is not None)
        payload = app if real and app is not None else stand_in_payload(args.work)
        out = (DIST if real else args.work) / f"balie-setup-{version()}.exe"
        build_installer(payload, out)
    log.info("== finished in %.1f s", time.perf_counter() - total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
