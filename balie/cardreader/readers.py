"""Which reader is for what: the UiTPAS (NFC) reader, the eID (contact) reader, or ignored.

Counter PCs have all sorts of readers. An ACR1252U shows up as a PICC slot and a SAM slot; a
dual-interface reader as a contactless and a contact slot; a laptop may have a built-in contact
reader. Names are matched, never positions, because Windows and pcsc-lite number slots
differently and the order changes when readers are replugged.
"""

from __future__ import annotations

import enum
import fnmatch
import re
from dataclasses import dataclass


class ReaderRole(enum.StrEnum):
    NFC = "NFC"  # read the chip UID of a tapped UiTPAS card
    EID = "EID"  # read a Belgian eID
    AUTO = "AUTO"  # unknown kind of reader: look at the card (eID files, else chip UID)
    IGNORED = "IGNORED"  # SAM slots and readers excluded by configuration


# Names that mark the contactless interface: ACS "PICC", "... CL ...", "-CL", "Contactless", NFC.
DEFAULT_NFC = re.compile(r"PICC|\bCL\b|-CL\b|contactless|\bNFC\b|ACR122", re.IGNORECASE)
DEFAULT_IGNORE = ("SAM",)


@dataclass(frozen=True)
class ReaderConfig:
    """How the reader service finds and watches readers.

    ``nfc_reader`` / ``eid_reader``: a part of the reader's name ("ACR1252", case-insensitive) or a
    glob ("*PICC*"). Unset: readers whose name says contactless are NFC, the others AUTO.
    ``poll_ms``: longest wait in one PC/SC status call; ``retry_ms``: how often to look for the
    PC/SC service again while it is gone.
    """

    nfc_reader: str | None = None
    eid_reader: str | None = None
    ignore: tuple[str, ...] = DEFAULT_IGNORE
    poll_ms: int = 1000
    retry_ms: int = 500
    read_photo: bool = False


def name_matches(pattern: str, name: str) -> bool:
    """Substring match, or a glob when the pattern has wildcards; both case-insensitive."""
    if any(c in pattern for c in "*?["):
        return fnmatch.fnmatchcase(name.lower(), pattern.lower())
    return pattern.lower() in name.lower()


def _is_ignored(name: str, ignore: tuple[str, ...]) -> bool:
    """'SAM' must match a word of the name ('[... SAM] 01 00'), not 'Samsung'."""
    for pattern in ignore:
        if any(c in pattern for c in "*?["):
            if name_matches(pattern, name):
                return True
        elif re.search(rf"(?<![A-Za-z0-9]){re.escape(pattern)}(?![A-Za-z0-9])", name, re.IGNORECASE):
            return True
    return False


def role_of(name: str, config: ReaderConfig) -> ReaderRole:
    if _is_ignored(name, config.ignore):
        return ReaderRole.IGNORED
    if config.nfc_reader and name_matches(config.nfc_reader, name):
        return ReaderRole.NFC
    if config.eid_reader and name_matches(config.eid_reader, name):
        return ReaderRole.EID
    if config.nfc_reader is None and DEFAULT_NFC.search(name):
        return ReaderRole.NFC
    if config.nfc_reader and config.eid_reader:
        return ReaderRole.IGNORED  # both roles pinned: other readers are not ours
    return ReaderRole.AUTO


def assign_roles(names: list[str], config: ReaderConfig) -> dict[str, ReaderRole]:
    """Role per reader name, ignored readers left out."""
    roles = {name: role_of(name, config) for name in names}
    return {name: role for name, role in roles.items() if role is not ReaderRole.IGNORED}
