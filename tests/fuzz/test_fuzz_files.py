"""Files people edit by hand: configuration (INI) and the manual events CSV. A broken file is a
Dutch message naming the file/line; it never crashes the app or is half applied."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balie.config import DEFAULTS, ConfigError, load_config
from balie.sync.events import EventListError, parse_events_csv
from tests.fuzz import FUZZ

sections = st.sampled_from(sorted(DEFAULTS) + ["onbekend", "", "privacy ", "PLATFORM"])
keys = st.one_of(st.sampled_from(sorted({k for s in DEFAULTS.values() for k in s})),
                 st.sampled_from(["client_secret", "pin", "token"]), st.text(max_size=12))
ini_lines = st.one_of(
    sections.map(lambda s: f"[{s}]"),
    st.tuples(keys, st.sampled_from(["=", ":", " = ", ""]), st.text(max_size=30))
    .map(lambda t: "".join(t)),
    st.text(max_size=40),
)
ini_text = st.lists(ini_lines, max_size=15).map("\n".join)


@FUZZ
@given(st.one_of(ini_text, st.binary(max_size=300).map(lambda b: b.decode("latin-1"))),
       st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_any_config_file_loads_or_is_refused_in_dutch(tmp_path_factory, text: str, encoding: str):
    path = tmp_path_factory.mktemp("cfg") / "balie.ini"
    try:
        path.write_bytes(text.encode(encoding, errors="replace"))
    except UnicodeError:
        return
    missing = path.parent / "none.ini"
    try:
        config = load_config(machine_path=path, user_path=missing)
    except ConfigError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return
    for section, values in DEFAULTS.items():  # never half applied: every key has a value
        assert set(config.values[section]) == set(values)


@FUZZ
@given(st.text(max_size=40))
def test_typed_numbers_in_config_are_numbers_or_a_dutch_error(tmp_path_factory, raw: str):
    path = tmp_path_factory.mktemp("cfg") / "balie.ini"
    path.write_text("[privacy]\nretention_days = " + raw.replace("\n", " ").replace("\r", " ")
                    + "\n", encoding="utf-8")
    try:
        config = load_config(machine_path=path, user_path=path.parent / "none.ini")
        config.get_int("privacy", "retention_days")
        config.get_bool("policy", "offline_points_rewards")
    except ConfigError as exc:
        assert str(exc)


HEADER = "id,name,start,end,price categories,checkin points"
cells = st.one_of(
    st.text(max_size=25),
    st.sampled_from(["2026-06-10T09:00", "2026-06-10", "0001-01-01T00:00:00", "9999-12-31T23:59",
                     "Basistarief=10.00;Kind=5,50", "=", "x=NaN", "x=1e999", "x=-1", "1", "-5",
                     "99999999999999999999", '"', '""', "\x00", "\ufeff"]),
)
rows = st.lists(st.lists(cells, min_size=0, max_size=7), max_size=8)


def _csv(header: str, body: list[list[str]], delimiter: str) -> str:
    lines = [header.replace(",", delimiter)]
    for row in body:
        lines.append(delimiter.join(row))
    return "\n".join(lines)


@FUZZ
@given(st.sampled_from([HEADER, "id;name", "", "\ufeff" + HEADER, HEADER.upper()]), rows,
       st.sampled_from([",", ";", "\t"]))
def test_any_events_csv_gives_events_or_a_line_numbered_error(header, body, delimiter):
    try:
        events = parse_events_csv(_csv(header, body, delimiter), "org-1")
    except EventListError as exc:
        assert exc.user_message().startswith("De evenementenlijst klopt niet op regel")
        return
    for event in events:
        assert event.start <= event.end
        assert all(p.price >= 0 for p in event.price_categories)


@FUZZ
@given(st.text(max_size=500))
def test_any_text_as_events_csv_never_crashes(text: str):
    try:
        parse_events_csv(text, "org-1")
    except EventListError:
        pass


@pytest.mark.parametrize("text", [
    HEADER + "\nev1,Zwembad,2026-06-10T09:00,2026-06-10T17:00,\"" + "x" * 200_000 + "\",1",
    HEADER + "\nev1,Zwembad,2026-06-10T09:00,2026-06-10T17:00,Basis=1e999,1",
    HEADER + "\nev1,Zwembad,2026-06-10T09:00,2026-06-10T17:00,Basis=Infinity,1",
    HEADER + "\nev1,Zwembad,0001-01-01T00:00,2026-06-10T17:00,,1",
    "\x00" * 10 + "\n" + HEADER,
])
def test_hostile_events_csv_cases_are_line_errors(text: str):
    try:
        parse_events_csv(text, "org-1")
    except EventListError as exc:
        assert exc.line >= 1


def test_field_limit_is_the_stdlib_default():
    assert csv.field_size_limit() == 131072  # the 200k cell above must hit it


def test_config_path_that_is_a_directory_is_no_crash(tmp_path: Path):
    (tmp_path / "balie.ini").mkdir()
    load_config(machine_path=tmp_path / "balie.ini", user_path=tmp_path / "none.ini")
