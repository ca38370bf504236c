"""The incremental JSON array reader behind the social-tariff export.

That export can hold a million entries and must never be loaded whole: :class:`JsonArrayStream`
yields one element at a time from the response's byte chunks.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from typing import Any

from balie.sync.problems import InvalidResponse

# ----------------------------------------------------------------------------------------------
# incremental JSON array parsing


class JsonArrayStream:
    """Yield the elements of one top-level JSON array from byte chunks, keeping at most one
    element (plus one chunk) in memory.

    ``json.JSONDecoder.raw_decode`` does the real parsing; this class only finds where elements
    start and waits for more bytes when an element is cut off at a chunk border. A value is only
    accepted once the character after it is visible, so a number split over two chunks ('12' + '3')
    is never read short.
    """

    _WS = " \t\r\n"

    def __init__(self, max_element_chars: int = 1_000_000) -> None:
        self._decoder = json.JSONDecoder()
        self._text_decoder = codecs.getincrementaldecoder("utf-8")()
        self._buf = ""
        self._state = "start"  # start -> value -> comma -> ... -> done
        self._max = max_element_chars

    def feed(self, chunk: bytes) -> Iterator[Any]:
        try:
            self._buf += self._text_decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            raise InvalidResponse("export is not UTF-8") from exc
        yield from self._drain(final=False)

    def close(self) -> Iterator[Any]:
        try:
            self._buf += self._text_decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise InvalidResponse("export is not UTF-8") from exc
        yield from self._drain(final=True)
        if self._state != "done":
            raise InvalidResponse("export ended before the JSON array was closed")

    def _skip_ws(self, pos: int) -> int:
        buf, n = self._buf, len(self._buf)
        while pos < n and buf[pos] in self._WS:
            pos += 1
        return pos

    def _bulk(self, buf: str, start: int, end: int) -> list[Any] | None:
        """Fast path for object elements: decode every element up to the last ``},`` in one
        ``json.loads`` (a million cards one by one through raw_decode cost seconds). A cut that
        falls inside an element leaves an open string, object or array, which never parses, so
        a success means ``start:end`` is exactly a run of whole elements; on failure the caller
        walks element by element and reports any real error as before."""
        try:
            value = json.loads("[" + buf[start:end] + "]")
        except (json.JSONDecodeError, RecursionError):
            return None
        return value if isinstance(value, list) else None

    def _drain(self, final: bool) -> Iterator[Any]:
        pos = 0
        buf = self._buf
        bulk_tried = False  # once per chunk: a failed try must not repeat for every element
        while True:
            pos = self._skip_ws(pos)
            if pos >= len(buf):
                break
            ch = buf[pos]
            if self._state == "start":
                if ch != "[":
                    raise InvalidResponse("export is not a JSON array")
                pos += 1
                self._state = "first"
            elif self._state in ("first", "value"):
                if ch == "]" and self._state == "first":
                    pos += 1
                    self._state = "done"
                    continue
                cut = -1 if bulk_tried else buf.rfind("},", pos)
                if cut > pos:
                    bulk_tried = True
                    bulk = self._bulk(buf, pos, cut + 1)
                    if bulk is not None:
                        yield from bulk
                        pos = cut + 2
                        self._state = "value"
                        continue
                try:
                    value, end = self._decoder.raw_decode(buf, pos)
                except json.JSONDecodeError as exc:
                    if final or len(buf) - pos > self._max:
                        raise InvalidResponse("export contains invalid JSON") from exc
                    break
                except RecursionError:  # '[[[[...' nested deeper than the stack
                    raise InvalidResponse("export nests too deep") from None
                if end >= len(buf) and not final:
                    break  # cannot yet tell whether the value is complete
                if (not final and isinstance(value, (int, float)) and buf[end] in ".eE+-"
                        and len(buf) - pos <= self._max):
                    break  # '1' of '1.5' cut after the '1.': wait for the rest of the number
                pos = end
                self._state = "comma"
                yield value
            elif self._state == "comma":
                if ch == ",":
                    self._state = "value"
                elif ch == "]":
                    self._state = "done"
                else:
                    raise InvalidResponse("export contains invalid JSON between elements")
                pos += 1
            else:  # done: only whitespace may follow
                raise InvalidResponse("unexpected data after the JSON array")
        self._buf = buf[pos:]


def iter_json_array(chunks: Iterable[bytes]) -> Iterator[Any]:
    parser = JsonArrayStream()
    for chunk in chunks:
        if chunk:
            yield from parser.feed(chunk)
    yield from parser.close()
