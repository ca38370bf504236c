"""``balie gui``: start the counter app (``--training`` for the embedded training platform).

Without ``--training`` the counter needs a configured platform, organizer and client; when those
are missing it says so plainly (a Dutch dialog and a line on stderr) and exits with "needs action",
never a window that pretends to work.
"""

from __future__ import annotations

import argparse
import os
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--training", action="store_true",
                        help="practise on the local training platform with demo data")
    parser.add_argument("--language", choices=("nl", "fr", "en"), default=None,
                        help="screen language for this run (default: the counter's setting)")
    parser.add_argument("--keep", action="store_true",
                        help="training: keep the practice data for the next start")
    parser.add_argument("--no-reader", action="store_true",
                        help="do not start the card reader service (scan or type instead)")


def _headless() -> bool:
    """Under the offscreen platform nobody can click a dialog away: report on stderr only."""
    return os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal")


def load_parts(*, training: bool) -> None:
    """Import the counter's parts that do not use Qt (store and SQLAlchemy, counter, composition
    root, platform client and sync worker, the training platform) BEFORE Qt.

    Why the order matters: once PySide6 is loaded, its import hook reads the source text of every
    module imported after it (looking for its ``__feature__`` switch): 0.1-0.2 ms per module,
    ~0.1 s over the ~480 modules of a start. Loaded first, most of them skip that check.
    bench/startup.py calls this too, so it times the start a counter makes."""
    import balie.app.start  # noqa: F401 - the core and the composition root
    import balie.sync.auth  # noqa: F401 - the platform client (requests), its tokens ...
    import balie.sync.worker  # noqa: F401 - ... and the sync worker, all built at every start

    if training:
        import balie.training  # noqa: F401 - the embedded platform
        import balie.training.server  # noqa: F401

    from PySide6.QtWidgets import QApplication  # noqa: F401 - then Qt


def run(args: argparse.Namespace) -> int:
    load_parts(training=bool(args.training))
    from PySide6.QtWidgets import QApplication

    from balie import app as composition
    from balie.cli import EXIT_NEEDS_ACTION, EXIT_OK

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        running = composition.start_gui(
            training=bool(args.training), data_dir=args.data_dir, config_path=args.config,
            overrides_from=args, language=args.language, with_reader=not args.no_reader,
            setup_wizard=not _headless(), keep=bool(getattr(args, "keep", False)))
    except composition.StartRefused as refused:
        print(f"balie gui: {refused.problem.message} {refused.problem.next_step}", file=sys.stderr)
        if not _headless():
            box = composition.refusal_dialog(refused.problem)
            box.exec()
        return EXIT_NEEDS_ACTION
    try:
        running.window.show()
        return EXIT_OK if qt_app.exec() == 0 else EXIT_NEEDS_ACTION
    finally:
        running.stop()
