"""Platform answers are outside input: every JSON parser, problem+json, and the streamed
social-tariff export. The contract is the client's: a parser returns a value or raises an error
the client turns into :class:`InvalidResponse` (a Dutch message, an error class) — never anything
else, whatever the JSON holds (huge numbers, Infinity, deep nesting, wrong types)."""

from __future__ import annotations

import inspect
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balie.sync import json_stream, parse
from balie.sync.client import UitpasClient
from balie.sync.problems import InvalidResponse, PlatformProblem, problem_from_answer
from tests.fuzz import FUZZ

NOW = datetime(2026, 6, 10, 13, 0, tzinfo=UTC)
#: every JSON key the parsers look at, so generated documents reach deep into them
KEYS = sorted(set(re.findall(r'"([a-zA-Z][a-zA-Z0-9]*)"',
                             Path(parse.__file__).read_text(encoding="utf-8"))))

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-10**30, 10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.sampled_from(["2026-06-10T13:00:00Z", "2026-06-10", "0001-01-01T00:00:00",
                     "9999-12-31T23:59:59-05:00", "ACTIVE", "SOCIALTARIFF", "GROUP", "1e999",
                     "0900000000115", "", "NaN", "-1"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), inner, max_size=8),
    ),
    max_leaves=15,
)
documents = st.dictionaries(st.sampled_from(KEYS), json_values, max_size=14)

PARSERS = {
    name: fn for name, fn in vars(parse).items()
    if name.startswith("parse_") and callable(fn) and name not in ("parse_page", "parse_list")
}


def _call(name: str, data: Any) -> Any:
    fn = PARSERS[name]
    params = inspect.signature(fn).parameters
    if "fetched_at" in params:
        return fn(data, NOW)
    return fn(data)


@settings(FUZZ, max_examples=FUZZ.max_examples * 3)
@given(st.sampled_from(sorted(PARSERS)), st.one_of(documents, json_values))
def test_every_parser_returns_a_value_or_invalid_response(name: str, data: Any):
    try:
        UitpasClient._parsed(None, data, lambda d: _call(name, d))  # type: ignore[arg-type]
    except InvalidResponse as exc:
        assert exc.user_message()


POISON = [float("inf"), float("-inf"), float("nan"), 10**400, -1, "", "x" * 5000, [], {},
          True, "0001-01-01T00:00:00", "9999-12-31T23:59:59-05:00", {"nl": None}, [None]]


def test_every_key_of_every_parser_poisoned_one_at_a_time():
    """Systematic, not random: each key any parser reads gets each nasty value in turn, on top
    of a document that has every key (so the parser gets past its required fields)."""
    base = {k: "1" for k in KEYS}
    for name in sorted(PARSERS):
        for key in KEYS:
            for poison in POISON:
                doc = dict(base, **{key: poison})
                try:
                    UitpasClient._parsed(None, doc, lambda d, name=name: _call(name, d))  # type: ignore[arg-type]
                except InvalidResponse:
                    pass


@FUZZ
@given(st.one_of(documents, json_values))
def test_pages_and_lists_of_anything_parse_or_are_invalid(data: Any):
    for wrapper in (parse.parse_page, parse.parse_list):
        try:
            UitpasClient._parsed(None, data, lambda d, wrapper=wrapper: wrapper(d, parse.parse_card_system))  # type: ignore[arg-type]
        except InvalidResponse:
            pass


@FUZZ
@given(st.integers(100, 599), st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(st.sampled_from(["type", "title", "status", "detail", "endUserMessage",
                                     "instance", "x"]), json_values, max_size=6)
    .map(lambda v: json.dumps(v).encode()),
), st.text(max_size=30), st.one_of(st.none(), st.text(max_size=12)))
def test_any_error_answer_becomes_a_typed_problem_with_a_dutch_message(status, body, ctype,
                                                                     retry_after):
    problem = problem_from_answer(status, body, ctype, retry_after)
    assert isinstance(problem, PlatformProblem)
    assert problem.user_message("nl")
    assert problem.to_problem().message


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    out, last = [], 0
    for p in points + [len(data)]:
        out.append(data[last:p])
        last = p
    return out


finite_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=5)),
    max_leaves=12,
)


@FUZZ
@given(st.lists(finite_values, max_size=20), st.lists(st.integers(0, 10_000), max_size=10))
def test_export_stream_yields_exactly_the_array_however_it_is_chunked(items, cuts):
    data = json.dumps(items).encode()
    assert list(json_stream.iter_json_array(_chunks(data, cuts))) == json.loads(data)


@FUZZ
@given(st.binary(max_size=400), st.lists(st.integers(0, 1000), max_size=6))
def test_export_stream_of_garbage_is_invalid_response(data: bytes, cuts: list[int]):
    try:
        for _ in json_stream.iter_json_array(_chunks(data, cuts)):
            pass
    except InvalidResponse:
        pass


def test_deeply_nested_export_is_invalid_response_not_recursion_error():
    """A hostile or broken export ``[[[[...`` must not blow the parser's stack."""
    data = b"[" * 200_000 + b"]" * 200_000
    with pytest.raises(InvalidResponse):
        list(json_stream.iter_json_array([data]))


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00", "9999-12-31T23:59:59-05:00",
                                  "0001-01-01", "9999-12-31T23:30:00"])
def test_dates_at_the_edge_of_the_calendar_are_none_not_overflow(when: str):
    assert parse.parse_datetime(when) is None or parse.parse_datetime(when).tzinfo is not None


@pytest.mark.parametrize("chunks", [[b"[1.", b"5]"], [b"[2e", b"3]"], [b"[12.5E", b"-1, 3]"],
                                    [b"[1", b".", b"5", b"]"]])
def test_number_cut_at_its_decimal_point_or_exponent_is_read_whole(chunks: list[bytes]):
    """Found by fuzzing: '1.' at a chunk border was read as 1 and the '.5' then refused."""
    assert list(json_stream.iter_json_array(chunks)) == json.loads(b"".join(chunks))


def test_deeply_nested_error_body_still_becomes_a_problem():
    """Found by review while fuzzing: json.loads raised RecursionError through problem_from_answer."""
    problem = problem_from_answer(400, b"[" * 100_000, "application/problem+json")
    assert problem.to_problem().message


def test_deeply_nested_answer_is_invalid_response(tmp_path: Path):
    import requests

    from balie.sync.client import json_body

    response = requests.Response()
    response.status_code = 200
    response._content = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(InvalidResponse):
        json_body(response, write=False)
