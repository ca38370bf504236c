"""``balie support-bundle``: write the helpdesk zip (see :mod:`balie.support_bundle`).

Each part is gathered on its own: a broken store or an unreadable config still yields a bundle
with what could be collected, because that is exactly when support needs one.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from balie.logs import default_log_dir, log_files
from balie.support_bundle import build_support_bundle, default_bundle_path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", "-o", type=Path, default=None,
                        help="zip file or folder to write (default: <data-dir>/support)")
    parser.add_argument("--skip-platform", action="store_true",
                        help="do not contact the platform (doctor's network checks)")


def run(args: argparse.Namespace) -> int:
    from balie.app.commands.common import load
    from balie.app.commands.doctor import StoreProbes, collect
    from balie.datadir import os_error_cause

    notes: dict[str, Any] = {}
    config = data_dir = report = queue = None
    target = _target(args.output)
    if target is not None and (problem := _unusable_target(target)) is not None:
        print(f"balie support-bundle: {problem}", file=sys.stderr)
        return 2
    try:
        config, data_dir = load(args)
    except Exception as exc:  # noqa: BLE001 - the bundle is most needed when things are broken
        notes["config_error"] = f"{type(exc).__name__}: {exc}"
        problem = getattr(exc, "problem", None)
        print(f"balie support-bundle: let op: {problem.message if problem else exc} "
              "De bundel wordt toch gemaakt.", file=sys.stderr)
    if data_dir is not None:
        kept: list[StoreProbes] = []
        try:
            report, _, _ = collect(args, keep=kept)  # the store is checked once, here
        except Exception as exc:  # noqa: BLE001
            notes["doctor_error"] = f"{type(exc).__name__}: {exc}"
        try:
            if kept:
                queue = dataclasses.asdict(kept[0].queue())
        except Exception as exc:  # noqa: BLE001
            notes["queue_error"] = f"{type(exc).__name__}: {exc}"
        finally:
            for probes in kept:
                probes.close()
        notes["data_dir"] = f"{data_dir.path} ({data_dir.kind})"
    logs_dir = default_log_dir(getattr(args, "data_dir", None) or (data_dir.path if data_dir else None))
    if target is None:
        base = data_dir.path if data_dir is not None else Path.cwd()
        target = default_bundle_path(base / "support")
    try:
        bundle = build_support_bundle(target, log_files=log_files(logs_dir), config=config,
                                      doctor=report, queue=queue, extra=notes)
    except OSError as exc:
        print(f"balie support-bundle: de supportbundel kon niet geschreven worden in "
              f"{target.parent} ({os_error_cause(exc)}). Kies een andere map met --output.",
              file=sys.stderr)
        return 2
    print(f"Supportbundel gemaakt: {bundle.path}")
    print("Voeg dit bestand toe aan je vraag aan de helpdesk. Persoonsgegevens en sleutels zijn "
          "eruit gehaald.")
    return 0 if report is not None else 1


def _target(output: Path | None) -> Path | None:
    """The zip to write: ``--output`` as a .zip file, or a new file in the ``--output`` folder."""
    if output is None:
        return None
    if output.suffix.lower() == ".zip":
        return output
    return default_bundle_path(output)


def _unusable_target(target: Path) -> str | None:
    """Why the zip cannot go to ``target``: a file where a folder should be, or a folder."""
    if target.is_dir():
        return f"{target} is een map; geef een bestandsnaam op die eindigt op .zip."
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                return (f"{parent} is een bestand, geen map; kies met --output een map of een "
                        ".zip-bestand in een map.")
            break
    return None
