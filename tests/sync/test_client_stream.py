"""The social-tariff export can hold a million entries: it is parsed as a stream, chunk by chunk."""

from __future__ import annotations

import json
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balie.sync.json_stream import JsonArrayStream, iter_json_array
from balie.sync.problems import InvalidResponse

entry = st.fixed_dictionaries(
    {"uitpasNumber": st.from_regex(r"\d{13}", fullmatch=True), "cardType": st.sampled_from(["REGULAR", "GROUP"])},
    optional={"availableTickets": st.integers(0, 500), "note": st.text(max_size=8)},
)


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    out, prev = [], 0
    for c in points + [len(data)]:
        out.append(data[prev:c])
        prev = c
    return out


@given(st.lists(entry, max_size=30), st.lists(st.integers(0, 10_000), max_size=20), st.sampled_from(["", " ", "\n  "]))
def test_any_chunking_yields_the_same_entries_in_order(entries, cuts, ws):
    data = json.dumps(entries, ensure_ascii=False, separators=(",", ":") if not ws else (", " + ws, ": ")).encode()
    assert list(iter_json_array(_chunks(data, cuts))) == entries


def test_numbers_split_across_chunks_are_not_read_short():
    assert list(iter_json_array([b"[12", b"34, 5", b"6]"])) == [1234, 56]


def test_multibyte_utf8_split_across_chunks():
    data = json.dumps([{"n": "Zoë Müller"}], ensure_ascii=False).encode()
    cut = data.index("ë".encode()) + 1
    assert list(iter_json_array([data[:cut], data[cut:]])) == [{"n": "Zoë Müller"}]


@pytest.mark.parametrize("bad", [b'{"a": 1}', b'[{"a": 1} {"b": 2}]', b'[{"a": 1},', b"[1,2] x", b"<html>"])
def test_corrupt_or_truncated_export_is_a_typed_error(bad):
    with pytest.raises(InvalidResponse):
        list(iter_json_array([bad]))


def test_empty_array():
    assert list(iter_json_array([b" [ ] "])) == []


def test_a_large_export_streams_in_bounded_memory():
    """100,000 entries keep the suite fast (bench/online_lookup.py --export streams 1,000,000):
    peak memory stays at a few chunks, so it does not grow with the size of the export."""
    one = b'{"uitpasNumber":"0900000095902","cardType":"REGULAR"}'

    def produce():
        yield b"["
        block = b",".join([one] * 1000)
        for i in range(100):
            yield (b"," if i else b"") + block
        yield b"]"

    tracemalloc.start()
    count = 0
    for _ in iter_json_array(produce()):
        count += 1
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 100_000
    assert peak < 5_000_000  # the whole list as dicts would take hundreds of MB


def test_parser_keeps_only_the_unfinished_element_between_chunks():
    parser = JsonArrayStream()
    assert list(parser.feed(b'[{"a":1},{"b"')) == [{"a": 1}]
    assert len(parser._buf) < 10
    assert list(parser.feed(b":2}]")) == [{"b": 2}]
    assert list(parser.close()) == []
