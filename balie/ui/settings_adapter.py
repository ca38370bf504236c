"""What the settings and about screen shows, gathered from the configuration, the counter's
effective offline policy, PC/SC and the installed packages.

The policy is read-only here on purpose: it is the organizer's risk decision, set by IT in the
configuration files; the screen shows each effective value and where it comes from, so support on
the phone can say which file to change. Readers are per machine, so the cashier may save them.
The PC/SC parts are handed in by the composition root (the screens never import the card reader).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from datetime import timedelta
from importlib import metadata
from pathlib import Path

from balie import __version__
from balie.config import ORGANIZER_POLICY_PREFIX, POLICY_KEYS, Config, write_machine_config
from balie.policy import OrganizerPolicies
from balie.ui.port import AboutInfo, Licence, PolicyRow, ReaderRow, ReaderSetup

#: config key -> (OfflinePolicy attribute, unit) for the durations; other keys are the attribute
_DURATIONS: dict[str, tuple[str, str]] = {
    "social_list_warn_hours": ("social_list_warn_after", "hours"),
    "social_list_refuse_days": ("social_list_refuse_after", "days"),
    "tariffs_answer_max_age_hours": ("tariffs_answer_max_age", "hours"),
    "static_tariffs_max_age_days": ("static_tariffs_max_age", "days"),
    "checkin_margin_before_minutes": ("checkin_margin_before", "minutes"),
    "checkin_margin_after_minutes": ("checkin_margin_after", "minutes"),
    "kansenstatuut_expiry_warning_days": ("kansenstatuut_expiry_warning", "days"),
}
_UNIT = {"hours": timedelta(hours=1), "days": timedelta(days=1), "minutes": timedelta(minutes=1)}

#: (distribution, licence) of what balie ships; the licence texts travel with the installer
LICENCES: tuple[tuple[str, str], ...] = (
    ("PySide6-Essentials", "LGPLv3"),
    ("shiboken6", "LGPLv3"),
    ("SQLAlchemy", "MIT"),
    ("alembic", "MIT"),
    ("requests", "Apache-2.0"),
    ("pyscard", "LGPLv2.1+"),
    ("qrcode", "BSD"),
    ("pillow", "MIT-CMU (HPND)"),
    ("platformdirs", "MIT"),
    ("keyring", "MIT"),
    ("tzdata", "Apache-2.0"),
    ("cryptography", "Apache-2.0 / BSD"),
)

ListReaders = Callable[[], list[str] | None]  # None: the PC/SC service is not running
ReaderRoles = Callable[[list[str], str, str], dict[str, str]]


def installed_licences() -> tuple[Licence, ...]:
    """With the installed version; cryptography (optional) only when it is there. A frozen build
    may lack package metadata: then the version is empty, the licence is still listed."""
    found: list[Licence] = []
    for package, licence in LICENCES:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            if package == "cryptography" and importlib.util.find_spec("cryptography") is None:
                continue
            version = ""
        found.append(Licence(package, version, licence))
    return tuple(found)


class SettingsAdapter:
    """``config`` None: a counter without configuration (training in tests): all defaults.
    ``config_targets``: the files to try for saving, in order (machine-wide, then this user)."""

    def __init__(self, *, config: Config | None, policies: OrganizerPolicies,
                 organizer_ids: Sequence[str], store_path: Path, backups_dir: Path,
                 training: bool, config_targets: Sequence[Path] = (),
                 list_readers: ListReaders = lambda: None,
                 reader_roles: ReaderRoles = lambda names, nfc, eid: {}) -> None:
        self._config = config
        self._policies = policies
        self._organizers = tuple(dict.fromkeys(organizer_ids))
        self._store_path = store_path
        self._backups = backups_dir
        self._training = training
        self._targets = tuple(config_targets)
        self._list_readers = list_readers
        self._roles = reader_roles
        self._saved: dict[str, str] = {}

    # ------------------------------------------------------------------ policy
    def _organizer_ids(self) -> tuple[str, ...]:
        configured = tuple(section[len(ORGANIZER_POLICY_PREFIX):]
                           for section in (self._config.values if self._config else {})
                           if section.startswith(ORGANIZER_POLICY_PREFIX))
        return tuple(dict.fromkeys(self._organizers + configured))

    def _source(self, organizer_id: str, key: str) -> str:
        config = self._config
        if config is None:
            return "default"
        section = ORGANIZER_POLICY_PREFIX + organizer_id
        if config.values.get(section, {}).get(key, ""):
            return config.source_of(section, key)
        if config.values.get("policy", {}).get(key, ""):
            return config.source_of("policy", key)
        return "default"

    def policy_rows(self) -> list[PolicyRow]:
        rows: list[PolicyRow] = []
        for organizer_id in self._organizer_ids():
            policy = self._policies.for_organizer(organizer_id)
            for key in POLICY_KEYS:
                if key in _DURATIONS:
                    attribute, unit = _DURATIONS[key]
                    amount = getattr(policy, attribute) / _UNIT[unit]
                    value: bool | int | float = int(amount) if amount == int(amount) else amount
                else:
                    unit, value = "", getattr(policy, key)
                rows.append(PolicyRow(organizer_id, key, value, unit,
                                      self._source(organizer_id, key)))
        return rows

    # ----------------------------------------------------------------- readers
    def _configured(self, key: str) -> str:
        if key in self._saved:
            return self._saved[key]
        return self._config.get("readers", key) if self._config is not None else ""

    def readers(self) -> ReaderSetup:
        nfc, eid = self._configured("nfc"), self._configured("eid")
        names = self._list_readers()
        if names is None:
            return ReaderSetup((), nfc, eid, pcsc_running=False)
        roles = self._roles(names, nfc, eid)
        return ReaderSetup(tuple(ReaderRow(name, roles.get(name, "IGNORED")) for name in names),
                           nfc, eid)

    def save_readers(self, nfc: str, eid: str) -> str:
        values = {"readers": {"nfc": nfc.strip(), "eid": eid.strip()}}
        for target in self._targets:
            try:
                write_machine_config(target, values)
            except PermissionError:
                continue
            self._saved.update(values["readers"])
            return str(target)
        raise PermissionError("no writable configuration file")

    # ------------------------------------------------------------------- about
    def about(self) -> AboutInfo:
        files = tuple(str(path) for path in (self._config.files if self._config else ()))
        return AboutInfo(__version__, str(self._store_path.parent), str(self._store_path),
                         str(self._backups), files, self._training, installed_licences())
