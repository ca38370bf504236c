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
    from balie.commands.doctor import collect, load, store_probes

    notes: dict[str, Any] = {}
    config = data_dir = report = queue = None
    try:
        config, data_dir = load(args)
    except Exception as exc:  # noqa: BLE001 - the bundle is most needed when things are broken
        notes["config_error"] = f"{type(exc).__name__}: {exc}"
    if data_dir is not None:
        try:
            report, _, _ = collect(args)
        except Exception as exc:  # noqa: BLE001
            notes["doctor_error"] = f"{type(exc).__name__}: {exc}"
        try:
            figures = store_probes(data_dir.store_path)[3]()
            queue = dataclasses.asdict(figures)
        except Exception as exc:  # noqa: BLE001
            notes["queue_error"] = f"{type(exc).__name__}: {exc}"
        notes["data_dir"] = f"{data_dir.path} ({data_dir.kind})"
    logs_dir = default_log_dir(getattr(args, "data_dir", None) or (data_dir.path if data_dir else None))
    folder_or_file: Path | None = args.output
    if folder_or_file is None:
        base = data_dir.path if data_dir is not None else Path.cwd()
        target = default_bundle_path(base / "support")
    elif folder_or_file.suffix.lower() == ".zip":
        target = folder_or_file
    else:
        target = default_bundle_path(folder_or_file)
    bundle = build_support_bundle(target, log_files=log_files(logs_dir), config=config,
                                  doctor=report, queue=queue, extra=notes)
    print(f"Supportbundel gemaakt: {bundle.path}")
    print("Voeg dit bestand toe aan je vraag aan de helpdesk. Persoonsgegevens en sleutels zijn "
          "eruit gehaald.")
    return 0 if report is not None else 1


