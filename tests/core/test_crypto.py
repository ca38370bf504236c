"""Field encryption and blind indexes, and the key's life in the OS keyring."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from balie.crypto import (
    KEY_CHECK_SETTING,
    CryptoError,
    FieldCipher,
    FieldTampered,
    KeyringKeySource,
    is_sealed,
    open_cipher,
)
from tests.fixtures.keyring import MemoryKeyring

CIPHER = FieldCipher.from_master(bytes(range(32)))


def test_sealed_field_round_trips_and_hides_the_text():
    token = CIPHER.encrypt('{"first_name": "Amira", "postal_code": "9000"}', "passes_seen.snapshot")
    assert is_sealed(token) and "Amira" not in token
    assert CIPHER.decrypt(token, "passes_seen.snapshot") == \
        '{"first_name": "Amira", "postal_code": "9000"}'


def test_same_text_seals_differently_each_time():
    assert CIPHER.encrypt("Amira", "x") != CIPHER.encrypt("Amira", "x")


def test_field_moved_to_another_column_does_not_decrypt():
    token = CIPHER.encrypt("Amira", "passes_seen.snapshot:i1:aa")
    with pytest.raises(FieldTampered):
        CIPHER.decrypt(token, "passes_seen.snapshot:i1:bb")


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "plain"])
def test_tampered_or_truncated_field_is_detected(damage: str):
    token = CIPHER.encrypt("Amira", "c")
    body = bytearray(base64.urlsafe_b64decode(token[3:]))
    if damage == "flip":
        body[-1] ^= 1
        token = "e1:" + base64.urlsafe_b64encode(bytes(body)).decode()
    elif damage == "truncate":
        token = token[:20]
    elif damage == "garbage":
        token = "e1:%%%not-base64%%%"
    else:
        token = "Amira"
    with pytest.raises(FieldTampered):
        CIPHER.decrypt(token, "c")


def test_other_key_cannot_open_the_field():
    other = FieldCipher.from_master(bytes(32))
    with pytest.raises(FieldTampered):
        other.decrypt(CIPHER.encrypt("Amira", "c"), "c")


def test_blind_index_finds_equal_numbers_without_storing_them():
    number = "0900000000115"
    a, b = CIPHER.index(number, "uitpas"), CIPHER.index(number, "uitpas")
    assert a == b and number not in a
    assert CIPHER.index(number, "chip") != a  # kinds do not collide
    assert FieldCipher.from_master(bytes(32)).index(number, "uitpas") != a  # keyed


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text(max_size=40))
def test_any_text_round_trips(text: str, context: str):
    assert CIPHER.decrypt(CIPHER.encrypt(text, context), context) == text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.builds(lambda s: "e1:" + s, st.text())))
def test_decrypting_anything_either_works_or_says_tampered(token: str):
    try:
        CIPHER.decrypt(token, "c")
    except FieldTampered:
        pass


def test_first_start_generates_a_key_in_the_keyring_and_reuses_it(memory_keyring: MemoryKeyring):
    source = KeyringKeySource()
    first = open_cipher("device-1", None, source)
    stored = memory_keyring.data[("balie-store", "device-1")]
    assert len(base64.b64decode(stored)) == 32
    check = first.key_check()
    again = open_cipher("device-1", check, source)
    assert again.decrypt(first.encrypt("Amira", "c"), "c") == "Amira"


def test_encrypted_store_without_its_key_is_refused_not_rekeyed(memory_keyring: MemoryKeyring):
    check = open_cipher("device-1", None, KeyringKeySource()).key_check()
    memory_keyring.data.clear()  # another Windows user, or another PC
    with pytest.raises(CryptoError) as err:
        open_cipher("device-1", check, KeyringKeySource())
    assert err.value.problem.code == "store-key-missing"
    assert memory_keyring.data == {}  # no new key was made


def test_wrong_key_in_the_keyring_is_refused(memory_keyring: MemoryKeyring):
    check = open_cipher("device-1", None, KeyringKeySource()).key_check()
    memory_keyring.data[("balie-store", "device-1")] = base64.b64encode(bytes(32)).decode()
    with pytest.raises(CryptoError) as err:
        open_cipher("device-1", check, KeyringKeySource())
    assert err.value.problem.code == "store-key-wrong"


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_real_keyring_the_app_refuses_in_dutch(backend: KeyringBackend):
    with pytest.raises(CryptoError) as err:
        open_cipher("device-1", None, KeyringKeySource(backend))
    assert err.value.problem.code == "keyring-unavailable"
    assert "sleutelbos" in err.value.problem.message


def test_keys_never_show_in_repr():
    from balie.crypto import derive_keys

    assert "hidden" in repr(derive_keys(bytes(32)))
    assert KEY_CHECK_SETTING == "crypto.key_check"


def test_build_without_the_cryptography_wheel_refuses_in_dutch_instead_of_crashing(
        monkeypatch: pytest.MonkeyPatch):
    import builtins

    real_import = builtins.__import__

    def no_cryptography(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("cryptography"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_cryptography)
    with pytest.raises(CryptoError) as err:
        FieldCipher.from_master(bytes(32))
    assert err.value.problem.code == "crypto-missing"
