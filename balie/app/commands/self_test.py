"""``balie self-test`` (also ``balie --self-test``): prove this installation works, end to end.

Run by the build (on the frozen app, where a missing hidden import or data file only shows at
run time), by IT after an install, and by support on the phone. It imports every part, opens a
scratch store (running the migrations), starts the training platform on loopback, identifies a
demo pass through the real client and counter, and shows the counter window offscreen. Nothing
touches the counter's real store or the real platform. Prints one line per step with its time.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

#: every part of balie, so a frozen build that forgot one fails here and not at the counter
PARTS = (
    "balie.cli", "balie.config", "balie.domain", "balie.numbers", "balie.decide", "balie.counter",
    "balie.policy", "balie.logs", "balie.backup", "balie.doctor", "balie.support_bundle",
    "balie.datadir", "balie.store", "balie.store.migrate", "balie.sync.client", "balie.sync.auth",
    "balie.sync.secrets", "balie.cardreader.pcsc", "balie.training.platform", "balie.ui.main_window",
    "balie.app", "PySide6.QtWidgets", "PySide6.QtSvg", "sqlalchemy", "alembic", "requests",
    "smartcard.scard", "qrcode", "PIL.Image", "keyring", "platformdirs", "zoneinfo",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-window", action="store_true",
                        help="skip showing the counter window (no Qt platform available)")


class _Steps:
    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.failed = False

    def run(self, title: str, step: Callable[[], str]) -> str | None:
        t0 = time.perf_counter()
        try:
            detail = step()
        except Exception as exc:  # noqa: BLE001 - report every failing part, not the first only
            self.failed = True
            print(f"FAIL {title}: {type(exc).__name__}: {exc}", flush=True)
            return None
        print(f"ok   {title} ({time.perf_counter() - t0:.2f} s){': ' + detail if detail else ''}",
              flush=True)
        return detail


def _import_parts() -> str:
    missing = []
    for name in PARTS:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001
            missing.append(f"{name} ({type(exc).__name__}: {exc})")
    if missing:
        raise ImportError("; ".join(missing))
    return f"{len(PARTS)} modules"


def _readers() -> str:
    from balie.cardreader import pcsc

    try:
        context = pcsc.establish()
    except pcsc.ContextLost:
        return "reader service not running (not needed for this test)"
    try:
        count = len(pcsc.list_readers(context))
        return f"{count} reader" if count == 1 else f"{count} readers"
    finally:
        pcsc.release(context)


def _keyring_round_trip(args: argparse.Namespace) -> Callable[[], str] | None:
    """On a live counter (not training) the store key lives in the OS keyring: prove that this
    user's keyring keeps a secret (write, read back, delete a throw-away entry)."""
    from balie.config import ConfigError, load_config

    try:
        config = load_config(extra_path=getattr(args, "config", None))
    except ConfigError:
        return None
    if config.get("platform", "environment") == "training":
        return None

    def step() -> str:
        import secrets

        from balie.crypto import KeyringKeySource

        source = KeyringKeySource()
        name, value = f"self-test-{os.getpid()}", secrets.token_hex(16)
        source.set(name, value)
        try:
            if source.get(name) != value:
                raise RuntimeError("the keyring did not give the secret back")
        finally:
            import keyring

            from balie.crypto import KEYRING_SERVICE

            keyring.get_keyring().delete_password(KEYRING_SERVICE, name)
        return "written, read back and removed"

    return step


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from balie import __version__

    steps = _Steps()
    print(f"balie {__version__} self-test ({'frozen' if getattr(sys, 'frozen', False) else 'source'})",
          flush=True)
    steps.run("import every part", _import_parts)
    if steps.failed:
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="balie-self-test-"))
    composition = None
    running = None
    try:
        from balie.app import compose_training
        from balie.domain import IdentificationSource, SocialTariffStatus
        from balie.training import demo

        holder: dict[str, object] = {}

        def compose() -> str:
            holder["c"] = compose_training(scratch / "counter")
            c = holder["c"]
            return f"store {c.store.migration.to_revision}, training platform {c.platform.url}"  # type: ignore[attr-defined]

        steps.run("open a scratch store and start the training platform", compose)
        composition = holder.get("c")
        if composition is not None:
            def identify() -> str:
                number = demo.PASSES["kansen_active"].uitpas_number
                found = composition.counter.identify(number, IdentificationSource.TYPED)  # type: ignore[attr-defined]
                pass_ = found.pass_
                if pass_ is None or found.provisional:
                    raise RuntimeError(f"demo pass not identified online ({found.outcome})")
                if pass_.social_tariff_status is not SocialTariffStatus.ACTIVE:
                    raise RuntimeError("demo pass lost its kansenstatuut")
                return "demo pass with kansenstatuut identified online"

            steps.run("identify a demo pass through client and counter", identify)
        steps.run("list card readers", _readers)
        keyring_step = _keyring_round_trip(args)
        if keyring_step is not None:
            steps.run("the OS keyring keeps the store key", keyring_step)
        if not getattr(args, "no_window", False):  # absent under the top-level --self-test
            def window() -> str:
                from PySide6.QtWidgets import QApplication

                from balie.app import start_gui

                qt_app = QApplication.instance() or QApplication(sys.argv[:1])
                t0 = time.perf_counter()
                nonlocal running
                running = start_gui(training=True, data_dir=scratch / "gui", config_path=None,
                                    overrides_from=argparse.Namespace(), with_reader=False)
                running.window.show()
                qt_app.processEvents()
                return f"counter view shown in {time.perf_counter() - t0:.2f} s"

            steps.run("show the counter window (offscreen)", window)
    finally:
        for part in (running, composition):
            if part is not None:
                try:
                    part.stop()  # type: ignore[attr-defined]
                except Exception as exc:  # noqa: BLE001
                    print(f"warn stopping: {type(exc).__name__}: {exc}", flush=True)
        shutil.rmtree(scratch, ignore_errors=True)
    total = time.perf_counter() - steps.started
    print(f"self-test {'FAILED' if steps.failed else 'OK'} in {total:.2f} s", flush=True)
    return 1 if steps.failed else 0
