"""The log file travels to the helpdesk: it must never hold personal data or secrets."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balie.logs import log_files, mask_text, setup_logging

INSZ = "85073003328"
UITPAS = "0900000095902"
TOKEN = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl"
REFRESH = "rt-7f3a9c1d2e4b5a6f"
SECRET = "balie-training-secret"
EMAIL = "an.peeters@example.be"
FIRST, LAST = "Annelies", "Vermeulen"


@pytest.fixture
def log_file(tmp_path: Path):
    path = setup_logging(tmp_path / "logs", level="DEBUG")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_balie", False):
            root.removeHandler(handler)
            handler.close()


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_log_file_written_through_real_setup_contains_no_personal_data_or_secrets(log_file: Path):
    log = logging.getLogger("balie.sync.client")
    log.info("lookup identifier=%s insz %s", UITPAS, INSZ)
    log.debug("request headers {'Authorization': 'Bearer %s'}", TOKEN)
    log.debug("token body grant_type=refresh_token&refresh_token=%s&client_secret=%s", REFRESH, SECRET)
    log.debug("response %s", json.dumps({"access_token": TOKEN, "refresh_token": REFRESH,
                                         "firstName": FIRST, "name": LAST, "email": EMAIL}))
    logging.getLogger("urllib3.connectionpool").warning("sent to %s", EMAIL)
    logging.getLogger("balie.store").info("INSZ typed as 85.07.30-033.28 at counter")
    try:
        raise ValueError(f"bad passholder {INSZ} for card {UITPAS}")
    except ValueError:
        log.exception("registration failed")
    _flush()
    text = log_file.read_text(encoding="utf-8")
    for secret in (INSZ, "85.07.30-033.28", UITPAS, TOKEN, REFRESH, SECRET, EMAIL, FIRST, LAST):
        assert secret not in text
    assert "registration failed" in text and "ValueError" in text  # still useful to support
    assert "*********5902" in text  # UiTPAS keeps its last 4 digits for support
    assert "******28" in text  # INSZ keeps only its check digits


def test_setting_up_twice_writes_each_line_once(tmp_path: Path, log_file: Path):
    setup_logging(log_file.parent, level="INFO")
    logging.getLogger("balie").info("counter started")
    _flush()
    assert log_file.read_text(encoding="utf-8").count("counter started") == 1


def test_log_rotates_and_keeps_a_bounded_number_of_files(tmp_path: Path):
    log_dir = tmp_path / "rot"
    setup_logging(log_dir, level="INFO", max_bytes=2_000, backup_count=3)
    try:
        for i in range(400):
            logging.getLogger("balie").info("line %d of the sync worker", i)
        _flush()
        files = log_files(log_dir)
        assert 2 <= len(files) <= 4
        assert all(p.stat().st_size <= 2_200 for p in files)
    finally:
        setup_logging(tmp_path / "other")


def test_masking_keeps_ordinary_ids_and_amounts_readable():
    line = "event 6f1c2d1e-5b0a-4a57-9a54-0b4c1e7a0000 sold 3 tickets for 1250 cents, status 201"
    assert mask_text(line) == line


def test_chip_uid_is_masked():
    assert "04A3B1C0000001" not in mask_text("tap chip 04A3B1C0000001 on reader 1")
    assert "04:A3:B1:C0:00:00:01" not in mask_text("uid 04:A3:B1:C0:00:00:01")


@given(st.from_regex(r"\A[0-9]{11}\Z"), st.sampled_from(["insz ", "nr=", "'", " "]))
def test_any_eleven_digit_number_is_masked_to_its_last_two_digits(number: str, prefix: str):
    masked = mask_text(f"{prefix}{number} end")
    assert number not in masked
    assert masked.endswith(f"{number[-2:]} end") or "***" in masked


@given(st.text(max_size=200))
def test_masking_is_idempotent(text: str):
    once = mask_text(text)
    assert mask_text(once) == once


def test_names_in_a_dataclass_repr_are_masked():
    line = "PassSnapshot(uitpas_number='0900000095902', first_name='Annelies', points=3)"
    masked = mask_text(line)
    assert "Annelies" not in masked and "0900000095902" not in masked and "points=3" in masked
