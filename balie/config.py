"""Configuration in layers: built-in defaults < machine-wide file < per-user file < command line.

Like group policy, the machine-wide file (written by IT or the installer, read-only for ordinary
users) is the authority on a managed PC: once it exists, a per-user file only carries personal
preferences (:data:`PERSONAL_KEYS`, e.g. language); anything else in it (environment, platform
URLs, policy, organizer, ...) is ignored and listed in :attr:`Config.ignored` for doctor and
support. Without a machine file (a developer box, a PC set up by a non-administrator) the user
file still applies in full.

Counter PCs are installed by IT (a silent install writes the machine-wide file), used by cashiers who
change Windows user at every shift (a per-user file may tweak language), and helped by support on the
phone (the command line overrides anything for one run). Every key is listed in :data:`DEFAULTS` and
in the README. Secrets never live here: they belong in the OS keyring, and a secret-looking key in a
file is refused so it cannot leak into support bundles or backups.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from balie.policy import (
    BOOL_KEYS,
    CHOICE_KEYS,
    DURATION_KEYS,
    INT_KEYS,
    OrganizerPolicies,
    PolicyError,
)

APP_NAME = "balie"
POLICY_KEYS: tuple[str, ...] = (*DURATION_KEYS, *BOOL_KEYS, *INT_KEYS, *CHOICE_KEYS)
ORGANIZER_POLICY_PREFIX = "policy:"
CONFIG_FILE_NAME = "balie.ini"

#: section -> key -> default (strings, as in an INI file). The single source of truth for keys.
DEFAULTS: dict[str, dict[str, str]] = {
    "platform": {
        "environment": "training",  # training | test | production
        "api_url": "",  # override the environment's UiTPAS API base URL
        "auth_url": "",  # override the environment's authorization server
        "search_url": "",  # override the environment's UiTdatabank search URL
        "client_id": "",  # OAuth client id issued by publiq
        "auth_mode": "browser",  # browser (employee login, PKCE) | client_credentials
        "ca_bundle": "",  # extra CA bundle for networks with TLS inspection
        "connect_timeout": "3.05",
        "read_timeout": "10",
        "events_csv": "",  # manual event list for organizers without UiTdatabank search
    },
    "counter": {
        "organizer_id": "",
        "name": "",  # counter name shown in reports, e.g. "Onthaal zwembad"
        "language": "nl",  # nl | fr | en
        "lock_minutes": "5",  # idle minutes before the lock screen covers the counter
        # OS accounts that may run writing CLI commands as the PC's service identity (--service);
        # only read from the machine-wide file (balie.app.commands.identity)
        "service_accounts": "",
    },
    "readers": {
        "nfc": "",  # substring of the NFC reader's name; empty = first contactless reader
        "eid": "",  # substring of the eID reader's name; empty = first contact reader
    },
    # the keyboard-wedge scanner's signature (balie.cardreader.wedge): keys at most max_gap_ms
    # apart, at least min_length of them, then Enter; prefix/suffix as the scanner is set to send
    "scanner": {
        "max_gap_ms": "30",
        "min_length": "8",
        "prefix": "",
        "suffix": "",
    },
    "store": {
        "data_dir": "",  # empty = machine-wide data dir (ProgramData on Windows)
    },
    # The offline risk policy (balie/policy.py). Empty = the policy's own default; a section
    # [policy:<organizer id>] overrides these for one organizer.
    "policy": {key: "" for key in POLICY_KEYS},
    "sync": {
        "interval_seconds": "30",
        "refresh_hours": "6",
    },
    "privacy": {
        "retention_days": "30",
        "audit_retention_days": "400",
    },
    "logging": {
        "level": "INFO",
    },
}

_SECRET_WORDS = ("secret", "password", "token", "pin")

#: (section, key) a per-user file may set on a PC with a machine-wide file: preferences of the
#: person at the keyboard, nothing that changes prices, points, where data goes or who signs in
PERSONAL_KEYS: frozenset[tuple[str, str]] = frozenset({("counter", "language")})
#: [platform] environment values balie knows (balie.sync.environments has their URLs)
ENVIRONMENTS = ("training", "test", "production")
#: [logging] level values (Python's level names; the log file records this level and up)
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message says which file and what to fix."""


@dataclass(frozen=True)
class Config:
    """The merged configuration, with where each value came from (for doctor and support)."""

    values: Mapping[str, Mapping[str, str]]
    sources: Mapping[str, str] = field(default_factory=dict)
    files: tuple[Path, ...] = ()
    #: "section.key (file)" of per-user settings ignored because the machine file governs them
    ignored: tuple[str, ...] = ()

    def get(self, section: str, key: str) -> str:
        return self.values[section][key]

    def get_int(self, section: str, key: str) -> int:
        raw = self.get(section, key)
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(
                f"Instelling [{section}] {key} = {raw!r} moet een geheel getal zijn "
                f"({self.sources.get(f'{section}.{key}', 'standaard')})."
            ) from None

    def get_float(self, section: str, key: str) -> float:
        raw = self.get(section, key)
        try:
            return float(raw)
        except ValueError:
            raise ConfigError(
                f"Instelling [{section}] {key} = {raw!r} moet een getal zijn."
            ) from None

    def get_bool(self, section: str, key: str) -> bool:
        raw = self.get(section, key).strip().lower()
        if raw in ("1", "true", "yes", "ja", "on"):
            return True
        if raw in ("0", "false", "no", "nee", "off", ""):
            return False
        raise ConfigError(f"Instelling [{section}] {key} = {raw!r} moet true of false zijn.")

    def source_of(self, section: str, key: str) -> str:
        return self.sources.get(f"{section}.{key}", "default")

    def policies(self) -> OrganizerPolicies:
        """The offline risk policy: the [policy] section as default, [policy:<organizer id>]
        sections on top of it per organizer. Values are typed here, checked by the policy."""
        organizers = {
            section[len(ORGANIZER_POLICY_PREFIX):]: self._typed_policy(section)
            for section in self.values if section.startswith(ORGANIZER_POLICY_PREFIX)
        }
        try:
            return OrganizerPolicies.from_mapping(
                {"default": self._typed_policy("policy"), "organizers": organizers})
        except PolicyError as exc:
            raise ConfigError(f"{exc.problem.message} {exc.problem.next_step}") from None

    def _typed_policy(self, section: str) -> dict[str, object]:
        typed: dict[str, object] = {}
        for key, raw in self.values[section].items():
            if raw == "":
                continue
            if key in BOOL_KEYS:
                typed[key] = self.get_bool(section, key)
            elif key in INT_KEYS:
                typed[key] = self.get_int(section, key)
            elif key in CHOICE_KEYS:
                typed[key] = raw
            else:
                typed[key] = self.get_float(section, key)
        return typed


def machine_config_path() -> Path:
    """ProgramData on Windows (written by the silent installer), /etc/balie elsewhere."""
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / APP_NAME / CONFIG_FILE_NAME
    return Path("/etc") / APP_NAME / CONFIG_FILE_NAME


def user_config_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE_NAME


def _ini_error_nl(exc: configparser.Error) -> str:
    """What is wrong with an INI file, in Dutch for IT (configparser only speaks English)."""
    if isinstance(exc, configparser.MissingSectionHeaderError):
        return f"regel {exc.lineno} staat vóór de eerste [sectie]"
    if isinstance(exc, configparser.DuplicateOptionError):
        return f"'{exc.option}' staat twee keer in [{exc.section}] (regel {exc.lineno})"
    if isinstance(exc, configparser.DuplicateSectionError):
        return f"[{exc.section}] staat er twee keer in"
    if isinstance(exc, configparser.ParsingError) and exc.errors:
        return f"regel {exc.errors[0][0]} is geen 'naam = waarde'"
    return "geen geldig INI-bestand"


def _read_file(path: Path) -> dict[str, dict[str, str]]:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8-sig") as fh:
            parser.read_file(fh)
    except configparser.Error as exc:
        raise ConfigError(
            f"Het configuratiebestand {path} is onleesbaar: {_ini_error_nl(exc)}. "
            "Herstel of verwijder het bestand."
        ) from None
    except UnicodeDecodeError:
        # The Windows installer (NSIS WriteINIStr) writes the machine file in the ANSI code page.
        try:
            parser = configparser.ConfigParser(interpolation=None)
            parser.read_string(path.read_bytes().decode("cp1252"), source=str(path))
        except (UnicodeDecodeError, configparser.Error):
            raise ConfigError(
                f"Het configuratiebestand {path} is geen leesbaar tekstbestand. "
                "Herstel of verwijder het."
            ) from None
    out: dict[str, dict[str, str]] = {}
    for section in parser.sections():
        if section.startswith(ORGANIZER_POLICY_PREFIX):
            for key, value in parser.items(section):
                if key not in POLICY_KEYS:
                    raise ConfigError(
                        f"Onbekende instelling [{section}] {key} in {path}. "
                        f"Geldig: {', '.join(POLICY_KEYS)}."
                    )
                out.setdefault(section, {})[key] = value.strip()
            continue
        if section not in DEFAULTS:
            raise ConfigError(
                f"Onbekende sectie [{section}] in {path}. Geldige secties: {', '.join(DEFAULTS)}."
            )
        for key, value in parser.items(section):
            if key not in DEFAULTS[section]:
                if any(word in key for word in _SECRET_WORDS):
                    raise ConfigError(
                        f"{path} bevat [{section}] {key}: geheimen horen niet in een "
                        "configuratiebestand maar in de sleutelbos van het besturingssysteem. "
                        "Verwijder de regel en meld opnieuw aan."
                    )
                raise ConfigError(
                    f"Onbekende instelling [{section}] {key} in {path}. "
                    f"Geldig in [{section}]: {', '.join(DEFAULTS[section])}."
                )
            out.setdefault(section, {})[key] = value.strip()
    return out


def load_config(
    overrides: Mapping[str, Mapping[str, str]] | None = None,
    *,
    machine_path: Path | None = None,
    user_path: Path | None = None,
    extra_path: Path | None = None,
) -> Config:
    """Merge the layers. ``extra_path`` (``--config``) sits between the user file and the command
    line, and on a managed PC (a machine file exists) counts as a per-user file unless it is the
    machine file itself; missing files are simply absent layers, a broken file is an error
    (never half-applied)."""
    values = {section: dict(keys) for section, keys in DEFAULTS.items()}
    sources: dict[str, str] = {}
    files: list[Path] = []
    ignored: list[str] = []
    machine = machine_path if machine_path is not None else machine_config_path()
    managed = machine.is_file()
    layers = [
        ("machine", machine),
        ("user", user_path if user_path is not None else user_config_path()),
    ]
    if extra_path is not None:
        if not extra_path.is_file():
            raise ConfigError(f"Het configuratiebestand {extra_path} bestaat niet.")
        layers.append(("file", extra_path))
    for label, path in layers:
        if not path.is_file():
            continue
        # a file named with --config is a file the user chose: on a managed PC it may set what a
        # per-user file may, no more (else `balie gui --config mine.ini` would undo group
        # policy); the machine file itself passes through whole
        personal_only = managed and (
            label == "user" or (label == "file" and not _same_file(path, machine)))
        for section, keys in _read_file(path).items():
            for key, value in keys.items():
                if personal_only and (section, key) not in PERSONAL_KEYS:
                    ignored.append(f"{section}.{key} ({path})")
                    continue
                values.setdefault(section, {})[key] = value
                sources[f"{section}.{key}"] = f"{label}:{path}"
        files.append(path)
    for section, given in (overrides or {}).items():
        for key, value in given.items():
            if section not in DEFAULTS or key not in DEFAULTS[section]:
                raise ConfigError(f"Onbekende instelling [{section}] {key} op de opdrachtregel.")
            values[section][key] = value
            sources[f"{section}.{key}"] = "command line"
    _check_choices(values, sources)
    return Config(values=values, sources=sources, files=tuple(files), ignored=tuple(ignored))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except OSError:
        return False


def _check_choices(values: Mapping[str, Mapping[str, str]], sources: Mapping[str, str]) -> None:
    """Refuse a value outside its list in every command alike: a typo such as
    ``environment = productie`` must not crash one command and be ignored by the others."""
    for section, key, allowed, shown in (
        ("platform", "environment", ENVIRONMENTS, values["platform"]["environment"]),
        ("logging", "level", LOG_LEVELS, values["logging"]["level"].upper()),
    ):
        if shown not in allowed:
            where = sources.get(f"{section}.{key}", "standaard").split(":", 1)[-1]
            raise ConfigError(
                f"Onbekende waarde [{section}] {key} = {values[section][key]!r} (in {where}). "
                f"Geldig: {', '.join(allowed)}. Herstel het configuratiebestand."
            )


def overrides_from_args(args: object) -> dict[str, dict[str, str]]:
    """The command-line layer from the common ``balie`` options."""
    out: dict[str, dict[str, str]] = {}
    mapping = {
        "data_dir": ("store", "data_dir"),
        "platform_url": ("platform", "api_url"),
        "auth_url": ("platform", "auth_url"),
    }
    for attr, (section, key) in mapping.items():
        value = getattr(args, attr, None)
        if value:
            out.setdefault(section, {})[key] = str(value)
    return out


def write_machine_config(path: Path, values: Mapping[str, Mapping[str, str]]) -> None:
    """Write (or update) the machine-wide file, as the silent installer does; keeps other keys."""
    parser = configparser.ConfigParser(interpolation=None)
    if path.is_file():
        parser.read(path, encoding="utf-8")
    for section, keys in values.items():
        if section not in DEFAULTS:
            raise ConfigError(f"Onbekende sectie [{section}].")
        if not parser.has_section(section):
            parser.add_section(section)
        for key, value in keys.items():
            if key not in DEFAULTS[section]:
                raise ConfigError(f"Onbekende instelling [{section}] {key}.")
            parser.set(section, key, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        parser.write(fh)
    os.replace(tmp, path)
