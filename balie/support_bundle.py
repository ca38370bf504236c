"""One zip a cashier can attach to a helpdesk ticket: logs, settings, doctor's findings, queue figures.

Support needs to see what the counter saw, but the zip travels by e-mail and lands in ticket
systems, so everything in it is masked again on the way in (logs were masked when written; this is
the second belt for lines written by older versions or by hand) and secret-looking settings are
dropped entirely. The zip says what it contains in ``README.txt`` so the person receiving it does
not have to guess.
"""

from __future__ import annotations

import json
import platform
import sys
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from balie import __version__
from balie.config import Config
from balie.doctor import DoctorReport
from balie.logs import mask_text

_SECRET_WORDS = ("secret", "password", "token", "pin", "key")
MAX_LOG_BYTES = 20 * 1024 * 1024

README = """balie supportbundel
===================
Gemaakt op {when} (UTC) met balie {version}.

Inhoud:
  doctor.txt / doctor.json  de controles van 'balie doctor' op dit moment
  queue.json                cijfers van de wachtrij (geen klantgegevens)
  config.ini                de instellingen die gelden, met hun herkomst (geheimen weggelaten)
  about.json                versie van balie, Python en het besturingssysteem
  logs/                     de logbestanden (persoonsgegevens en sleutels gemaskeerd)

Persoonsgegevens (INSZ, namen, e-mailadressen, UiTPAS-nummers) en aanmeldgegevens (tokens,
geheimen) zijn verwijderd of gemaskeerd.
"""


@dataclass(frozen=True)
class BundleContents:
    path: Path
    members: tuple[str, ...]


def config_text(config: Config) -> str:
    """The effective settings as INI with each value's origin; secret-looking keys left out."""
    lines = []
    for section, keys in config.values.items():
        lines.append(f"[{section}]")
        for key, value in keys.items():
            if any(word in key.lower() for word in _SECRET_WORDS):
                continue
            lines.append(f"{key} = {mask_text(value)}    ; {config.source_of(section, key)}")
        lines.append("")
    return "\n".join(lines)


def _masked_log(path: Path) -> str:
    raw = path.read_bytes()[-MAX_LOG_BYTES:]
    return mask_text(raw.decode("utf-8", errors="replace"))


def build_support_bundle(
    target: Path,
    *,
    log_files: Sequence[Path],
    config: Config | None,
    doctor: DoctorReport | None,
    queue: Mapping[str, object] | None,
    extra: Mapping[str, object] | None = None,
    now: datetime | None = None,
) -> BundleContents:
    """Write the zip at ``target`` (parent created); returns its path and member names."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    target.parent.mkdir(parents=True, exist_ok=True)
    members: list[str] = []
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        def put(name: str, text: str) -> None:
            zf.writestr(name, text)
            members.append(name)

        put("README.txt", README.format(when=moment.strftime("%Y-%m-%d %H:%M"), version=__version__))
        about = {"balie": __version__, "python": sys.version.split()[0],
                 "os": platform.platform(), "frozen": bool(getattr(sys, "frozen", False)),
                 **{k: mask_text(str(v)) for k, v in (extra or {}).items()}}
        put("about.json", json.dumps(about, indent=2, ensure_ascii=False))
        if doctor is not None:
            put("doctor.txt", mask_text(doctor.render_text()))
            put("doctor.json", mask_text(json.dumps(doctor.to_dict(), indent=2, ensure_ascii=False)))
        if queue is not None:
            put("queue.json", mask_text(json.dumps(queue, indent=2, default=str, ensure_ascii=False)))
        if config is not None:
            put("config.ini", config_text(config))
        for path in log_files:
            if path.is_file():
                put(f"logs/{path.name}", _masked_log(path))
    partial.replace(target)
    return BundleContents(target, tuple(members))


def default_bundle_path(folder: Path, now: datetime | None = None) -> Path:
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return folder / f"balie-support-{moment.strftime('%Y%m%dT%H%M%SZ')}.zip"
