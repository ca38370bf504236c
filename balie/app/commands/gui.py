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


def run(args: argparse.Namespace) -> int:
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
