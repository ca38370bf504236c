"""Field-level encryption of personal data in the store, with the key in the OS keyring.

Why field-level (AES-256-GCM from ``cryptography``) and not SQLCipher: SQLCipher needs its own
SQLite build under Python (no maintained wheel for Windows that also works with SQLAlchemy 2 and
PyInstaller without compiling), and it would slow every page of the 1M-row social-tariff list the
hot path reads. Field-level encryption touches only the few personal fields, so the decision path
pays one HMAC per lookup and one decryption per cache hit (measured in ``bench/crypto_cost.py``).

Two keys are derived (HKDF-SHA256) from one random 256-bit master key kept in the OS keyring
(Windows Credential Manager, DPAPI-protected) under the store's device id:

- the *encryption key* seals personal fields (pass snapshots with first name, postal code and
  kansenstatuut; registration payloads with names, address, INSZ). Each token is bound to its
  place (``context``, e.g. ``passes_seen.snapshot``) as associated data, so a field copied into
  another column or row fails to decrypt instead of being believed;
- the *index key* makes blind indexes: ``HMAC-SHA256(index key, kind + value)``. A pass number or
  chip UID can then be looked up by equality without being stored; without the key, the 10^12
  possible UiTPAS numbers cannot be tried against the index;
- the *MAC key* signs operator rows and role definitions (:mod:`balie.operators`), so a role
  changed in the database file is recognised and refused instead of believed;
- the *pepper* is mixed into every PIN hash, so a copy of the store alone does not allow offline
  guessing of 4-digit PINs (the hashes are useless without the keyring).

The key never goes into a file. Without a usable keyring the app refuses to open the store with a
Dutch message (:class:`CryptoError`); a store that already holds encrypted data never silently
gets a new key (that would make its data unreadable): it is refused until the right key is back.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from balie.domain import Problem

log = logging.getLogger(__name__)

KEYRING_SERVICE = "balie-store"
TOKEN_PREFIX = "e1:"
INDEX_PREFIX = "i1:"
KEY_CHECK_SETTING = "crypto.key_check"
_KEY_CHECK_TEXT = "balie key check"
_NONCE = 12


class CryptoError(Exception):
    """The store's key is unavailable or wrong; ``problem`` is what the screen shows."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


NO_KEYRING = Problem(
    code="keyring-unavailable",
    message="balie kan de persoonsgegevens in de kassadatabank niet beveiligen: er is geen "
            "sleutelbos (Windows Referentiebeheer) beschikbaar op deze pc.",
    next_step="Laat de IT-dienst Windows Referentiebeheer (Credential Manager) inschakelen voor "
              "deze gebruiker en start balie opnieuw.",
)

KEY_MISSING = Problem(
    code="store-key-missing",
    message="De kassadatabank is versleuteld met een sleutel die niet in de sleutelbos van deze "
            "gebruiker op deze pc staat. Zonder die sleutel zijn de persoonsgegevens onleesbaar.",
    next_step="Meld aan met de Windows-gebruiker die de balie eerder gebruikte, of bel de "
              "helpdesk (de wachtrij met verkopen is niet verloren).",
)

KEY_WRONG = Problem(
    code="store-key-wrong",
    message="De sleutel in de sleutelbos past niet bij deze kassadatabank.",
    next_step="Bel de helpdesk; verander niets aan de gegevensmap.",
)


CRYPTO_MISSING = Problem(
    code="crypto-missing",
    message="Deze installatie van balie kan de persoonsgegevens niet versleutelen (onderdeel "
            "'cryptography' ontbreekt).",
    next_step="Installeer balie opnieuw met het officiële installatieprogramma of bel de helpdesk.",
)


class FieldTampered(Exception):
    """A sealed field does not decrypt: changed on disk, moved to another place, or another key."""


class KeySource(Protocol):
    """Where the master key lives (the OS keyring in the app, a dict in tests)."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...


class KeyringKeySource:
    """The OS keyring via ``keyring``. Backends that are no real keyring (fail, null) or that
    keep secrets in a file (keyrings.alt) are refused: a key file next to the store would make
    the encryption decoration."""

    def __init__(self, backend: object | None = None) -> None:
        self._backend = backend

    def _keyring(self):  # type: ignore[no-untyped-def]
        import keyring

        backend = self._backend or keyring.get_keyring()
        if not usable_keyring(backend):
            raise CryptoError(NO_KEYRING)
        return backend

    def get(self, name: str) -> str | None:
        import keyring.errors

        try:
            value = self._keyring().get_password(KEYRING_SERVICE, name)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring read failed: %s", type(exc).__name__)
            raise CryptoError(NO_KEYRING) from exc
        return None if value is None else str(value)

    def set(self, name: str, value: str) -> None:
        import keyring.errors

        try:
            self._keyring().set_password(KEYRING_SERVICE, name, value)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring write failed: %s", type(exc).__name__)
            raise CryptoError(NO_KEYRING) from exc


def usable_keyring(backend: object) -> bool:
    """Is this keyring backend a real OS keyring? keyring's fail/null backends are its way of
    saying "none", and keyrings.alt keeps secrets in files, which is exactly what we refuse.
    Shared with balie.sync.secrets, so the store key and the sign-in secrets follow one rule."""
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return False
    chain = getattr(backend, "backends", None)
    if chain is not None:
        return any(usable_keyring(b) for b in chain)
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # noqa: BLE001 - a backend's priority may raise anything; keyring itself catches all
        return False


@dataclass(frozen=True, repr=False)
class StoreKeys:
    encryption: bytes
    index: bytes
    mac: bytes = b""
    pepper: bytes = b""

    def __repr__(self) -> str:  # keys never end up in a log or a traceback
        return "StoreKeys(<hidden>)"


def derive_keys(master: bytes) -> StoreKeys:
    try:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    except ImportError as exc:
        raise CryptoError(CRYPTO_MISSING) from exc

    def hkdf(label: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(master)

    return StoreKeys(hkdf(b"balie field encryption v1"), hkdf(b"balie blind index v1"),
                     hkdf(b"balie record mac v1"), hkdf(b"balie pin pepper v1"))


class FieldCipher:
    """Seals and opens personal fields, and makes blind indexes. Thread-safe (no state)."""

    def __init__(self, keys: StoreKeys) -> None:
        # imported here: the store imports this module, and training/tests without a key must
        # not need the cryptography wheel to start
        try:
            from cryptography.exceptions import InvalidTag
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        except ImportError as exc:  # a build that left the wheel out: refuse, never run clear
            raise CryptoError(CRYPTO_MISSING) from exc

        self._aead = AESGCM(keys.encryption)
        self._invalid_tag = InvalidTag
        self._index_key = keys.index
        self._mac_key = keys.mac or keys.index
        self.pepper = keys.pepper or keys.index

    @classmethod
    def from_master(cls, master: bytes) -> FieldCipher:
        return cls(derive_keys(master))

    def encrypt(self, plaintext: str, context: str) -> str:
        nonce = os.urandom(_NONCE)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), context.encode("utf-8"))
        return TOKEN_PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, token: str, context: str) -> str:
        if not token.startswith(TOKEN_PREFIX):
            raise FieldTampered("not a sealed field")
        try:
            raw = base64.urlsafe_b64decode(token[len(TOKEN_PREFIX):].encode("ascii"))
            if len(raw) < _NONCE + 16:
                raise FieldTampered("sealed field too short")
            plain = self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], context.encode("utf-8"))
            return plain.decode("utf-8")
        except (self._invalid_tag, binascii.Error, ValueError, UnicodeError) as exc:
            raise FieldTampered(type(exc).__name__) from None

    def index(self, value: str, kind: str) -> str:
        """Blind index of ``value`` (e.g. kind 'uitpas', 'chip', 'passholder', 'badge'): equal
        inputs give equal indexes, nothing about the input can be learned without the key."""
        mac = hmac.digest(self._index_key, kind.encode() + b"\x00" + value.encode("utf-8"),
                          "sha256")
        return INDEX_PREFIX + mac.hex()[:40]

    def indexer(self, kind: str) -> Callable[[str], str]:
        """:meth:`index` for many values of one kind (a million-card list): the same HMAC-SHA256,
        with the keyed inner and outer states computed once and copied per value, ~2.5x faster
        than a fresh HMAC each time."""
        block = 64  # SHA-256's block size; a longer key would be hashed first (RFC 2104)
        key = self._index_key if len(self._index_key) <= block else hashlib.sha256(
            self._index_key).digest()
        key = key.ljust(block, b"\x00")
        inner = hashlib.sha256(bytes(b ^ 0x36 for b in key) + kind.encode() + b"\x00")
        outer = hashlib.sha256(bytes(b ^ 0x5C for b in key))

        def index(value: str) -> str:
            i = inner.copy()
            i.update(value.encode("utf-8"))
            o = outer.copy()
            o.update(i.digest())
            return INDEX_PREFIX + o.hexdigest()[:40]

        return index

    def mac(self, text: str, context: str) -> str:
        """Keyed MAC of a row or setting as text (``context`` names the table or setting, so a
        signature cannot be moved to another kind of record)."""
        return "m1:" + hmac.digest(self._mac_key, context.encode() + b"\x00" + text.encode("utf-8"),
                                   "sha256").hex()

    def key_check(self) -> str:
        return self.encrypt(_KEY_CHECK_TEXT, KEY_CHECK_SETTING)

    def matches(self, key_check: str) -> bool:
        try:
            return self.decrypt(key_check, KEY_CHECK_SETTING) == _KEY_CHECK_TEXT
        except FieldTampered:
            return False


def is_sealed(value: str | None) -> bool:
    return value is not None and value.startswith(TOKEN_PREFIX)


def is_blinded(value: str | None) -> bool:
    return value is not None and value.startswith(INDEX_PREFIX)


def open_cipher(key_name: str, stored_key_check: str | None, source: KeySource) -> FieldCipher:
    """The cipher for the store known as ``key_name`` (its device id).

    ``stored_key_check`` is what the store holds under :data:`KEY_CHECK_SETTING`: None for a store
    that never had a key (a new key is generated and saved in the keyring; the caller then stores
    :meth:`FieldCipher.key_check`). Raises :class:`CryptoError` without keyring, when the key of an
    encrypted store is missing, or when the keyring holds a different key."""
    raw = source.get(key_name)
    if raw is None:
        if stored_key_check is not None:
            raise CryptoError(KEY_MISSING)
        master = os.urandom(32)
        source.set(key_name, base64.b64encode(master).decode("ascii"))
        if source.get(key_name) is None:  # a keyring that accepts and forgets
            raise CryptoError(NO_KEYRING)
        log.info("generated a new store key in the keyring")
        return FieldCipher.from_master(master)
    try:
        master = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise CryptoError(KEY_WRONG) from None
    if len(master) != 32:
        raise CryptoError(KEY_WRONG)
    cipher = FieldCipher.from_master(master)
    if stored_key_check is not None and not cipher.matches(stored_key_check):
        raise CryptoError(KEY_WRONG)
    return cipher


# -- what the store calls: no-ops without a cipher (training, tests, benchmarks' baseline) ------

def blind(cipher: FieldCipher | None, value: str, kind: str) -> str:
    return value if cipher is None else cipher.index(value, kind)


#: blind-index kinds of pass data. The kansentarief list has its own kind, so its rows cannot be
#: joined with the sales of the same pass by a thief of the file.
NUMBER_KIND = "uitpas"
HOLDER_KIND = "passholder"
KANSEN_KIND = "kansen"
PASS_KEY_KIND = "pass_key"


def number_key(cipher: FieldCipher | None, number: str) -> str:
    """How a pass number is stored on records and queried by pass (blind on a live store)."""
    return blind(cipher, number, NUMBER_KIND)


def holder_key(cipher: FieldCipher | None, passholder_id: str | None) -> str | None:
    return blind_optional(cipher, passholder_id, HOLDER_KIND)


def kansen_key(cipher: FieldCipher | None, number: str) -> str:
    """How a number is stored in (and looked up in) the kansentarief card list."""
    return blind(cipher, number, KANSEN_KIND)


def blind_optional(cipher: FieldCipher | None, value: str | None, kind: str) -> str | None:
    """:func:`blind` for a column that may be empty; a value that already is a blind index
    (e.g. a cancellation taking over its original's pass key) is kept, never blinded twice."""
    if value is None or is_blinded(value):
        return value
    return blind(cipher, value, kind)


def seal(cipher: FieldCipher | None, text: str, context: str) -> str:
    return text if cipher is None else cipher.encrypt(text, context)


def unseal(cipher: FieldCipher | None, stored: str, context: str) -> str | None:
    """The clear text, or None when it cannot be trusted (tampered, other key, or sealed while
    no key is at hand). A cache entry that is None is simply not used; the caller decides."""
    if not is_sealed(stored):
        return stored
    if cipher is None:
        return None
    try:
        return cipher.decrypt(stored, context)
    except FieldTampered:
        log.warning("sealed field failed authentication (%s)", context.split(":")[0])
        return None


def sign(cipher: FieldCipher | None, text: str, context: str) -> str:
    """The MAC of ``text``. Without a cipher (training, whose demo staff and PINs are public) an
    unkeyed digest: the same code path, which still catches an edit made by hand, not a forger."""
    if cipher is not None:
        return cipher.mac(text, context)
    return "u1:" + hashlib.sha256(context.encode() + b"\x00" + text.encode("utf-8")).hexdigest()


def signed(cipher: FieldCipher | None, text: str, context: str, mac: str | None) -> bool:
    return mac is not None and hmac.compare_digest(sign(cipher, text, context), mac)
