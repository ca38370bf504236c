"""The ``balie`` command line: the composition root's front door.

Every subcommand lives in its own module under :mod:`balie.app.commands` with two functions,
``add_arguments(parser)`` and ``run(args) -> int``. Command modules import their heavy parts
(Qt, requests, pyscard) inside ``run`` so that ``balie --help`` stays fast and a missing part
of one command never breaks the others. A subcommand whose module is not there yet says so and
exits non-zero: never a fake success.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path
from types import ModuleType

from balie import __version__

EXIT_OK = 0
EXIT_NEEDS_ACTION = 1
EXIT_USAGE = 2
EXIT_NOT_AVAILABLE = 3

#: subcommand -> (module under balie.app.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "gui": ("gui", "start the counter app (default)"),
    "doctor": ("doctor", "check readers, store, platform and clock; explain each fix"),
    "sync": ("sync", "push queued transactions and refresh reference data"),
    "import": ("import_csv", "queue ticket sales or check-ins written on paper (CSV)"),
    "report": ("report", "day report: counts and amounts per tariff and event"),
    "training-platform": ("training_platform", "run the local UiTPAS-compatible training platform"),
    "support-bundle": ("support_bundle", "zip logs, config and doctor output for the helpdesk"),
    "restore": ("restore", "check a backup of the store and put it in place"),
    "self-test": ("self_test", "import every part, open a scratch store, identify a demo pass"),
}


def add_common_arguments(parser: argparse.ArgumentParser, *, top: bool = True) -> None:
    """Options every subcommand accepts, so support can point any command at any store/platform.

    They exist on the top parser (with defaults) and on each subparser (without, so that
    ``balie --data-dir X gui`` and ``balie gui --data-dir X`` mean the same)."""
    d = None if top else argparse.SUPPRESS
    parser.add_argument("--data-dir", type=Path, default=d,
                        help="use this folder for the store, logs and backups (overrides config)")
    parser.add_argument("--config", type=Path, default=d, help="extra configuration file (INI)")
    parser.add_argument("--platform-url", default=d,
                        help="UiTPAS API base URL (overrides the configured environment)")
    parser.add_argument("--auth-url", default=d,
                        help="authorization server base URL (OpenID discovery is read from it)")
    parser.add_argument("-v", "--verbose", action="store_true", default=False if top else d,
                        help="log debug details")


def _load(module_name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"balie.app.commands.{module_name}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("balie.app.commands"):
            return None
        raise


def start_logging(args: argparse.Namespace) -> None:
    """Rotating, masked log file for every command (support asks for it first), at the level of
    ``[logging] level`` (``-v`` = DEBUG). A counter that cannot write its log still serves
    customers: say once why (disk full is not missing rights) and go on without it."""
    from balie.config import ConfigError, load_config
    from balie.datadir import os_error_cause
    from balie.logs import default_log_dir, setup_logging

    level = "INFO"
    try:
        level = load_config(extra_path=getattr(args, "config", None)).get("logging", "level")
    except ConfigError:
        pass  # the command itself reports the broken file
    if args.verbose:
        level = "DEBUG"

    def unwritable(exc: OSError | None) -> None:
        cause = os_error_cause(exc) if exc is not None else "schrijven mislukt"
        print(f"balie: kan niet meer in het logbestand schrijven ({cause}); verder zonder "
              "logbestand.", file=sys.stderr, flush=True)

    try:
        setup_logging(default_log_dir(args.data_dir), level=level.upper(), on_error=unwritable)
        logging.getLogger("balie").info("balie %s %s started", __version__, args.command)
    except OSError as exc:
        print(f"balie: kan geen logbestand schrijven ({os_error_cause(exc)}); verder zonder "
              "logbestand.", file=sys.stderr)


def run_guarded(module: ModuleType, args: argparse.Namespace) -> int:
    """Run a command; whatever escapes it becomes one Dutch line on stderr (the details go to
    the log), never a Python traceback in front of a cashier or IT."""
    from balie.app.commands.common import explain, problem_of
    from balie.datadir import os_error_cause

    try:
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        print(f"balie {args.command}: onderbroken.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last guard before the user's screen
        log = logging.getLogger("balie.cli")
        if problem_of(exc) is not None:
            log.warning("%s stopped: %s", args.command, exc)
            return explain(args.command, exc, exit_code=EXIT_NEEDS_ACTION)
        log.exception("%s failed unexpectedly", args.command)
        if isinstance(exc, OSError):
            what = f"een bestand kon niet gelezen of geschreven worden ({os_error_cause(exc)}"
            what += f": {exc.filename})" if getattr(exc, "filename", None) else ")"
        else:
            what = f"onverwachte fout ({type(exc).__name__})"
        print(f"balie {args.command}: {what}. Details staan in het logbestand. Laat 'balie doctor' "
              "lopen of maak een supportbundel (balie support-bundle) voor de helpdesk.",
              file=sys.stderr)
        return EXIT_NEEDS_ACTION


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``only``, the options of that one subcommand (the others
    are listed without theirs): loading every command module cost a command ~0.3 s of its
    start, and ``report --day`` must answer within a second."""
    parser = argparse.ArgumentParser(
        prog="balie", description="Offline-first UiTPAS counter.",
    )
    parser.add_argument("--version", action="version", version=f"balie {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="same as the self-test subcommand (for the frozen app)")
    add_common_arguments(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_common_arguments(p, top=False)
        module = _load(module_name) if only in (None, name) else None
        if module is not None and hasattr(module, "add_arguments"):
            module.add_arguments(p)
        p.set_defaults(_module=module_name)
    return parser


def _named_command(argv: list[str]) -> str | None:
    """The subcommand the command line most likely names ("gui" for a bare ``balie``), or None
    when only the whole parser will do (top-level help). A wrong guess costs a second parse."""
    for token in argv:
        if token in COMMANDS:
            return token
    return None if any(t in ("-h", "--help") for t in argv) else "gui"


def _parse(parser: argparse.ArgumentParser,
           argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    args, extra = parser.parse_known_args(argv)
    if args.self_test and args.command is None:
        args.command, args._module = "self-test", COMMANDS["self-test"][0]
    if args.command is None:
        # bare ``balie`` starts the counter app, like double-clicking the shortcut
        args = parser.parse_args(["gui", *argv])
        extra = []
    return args, extra


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    only = _named_command(argv)
    parser = build_parser(only)
    args, extra = _parse(parser, argv)
    if only is not None and (extra or args.command != only):
        parser = build_parser()
        args, extra = _parse(parser, argv)
    if extra:
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    module = _load(args._module)
    if module is None or not hasattr(module, "run"):
        print(f"balie {args.command}: not available yet in this version ({__version__}).",
              file=sys.stderr)
        return EXIT_NOT_AVAILABLE
    start_logging(args)
    return run_guarded(module, args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
