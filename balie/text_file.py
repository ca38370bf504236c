"""Reading a text file the way a Belgian office saved it: the encoding is found, never assumed.

Excel on Windows saves "CSV (gescheiden door lijstscheidingsteken)" as Windows-1252, "CSV UTF-8"
as UTF-8 with a byte-order mark, and "Unicode-tekst" as UTF-16 LE with a BOM; LibreOffice and
scripts write UTF-8 without one. A BOM decides; without one a file that is valid UTF-8 from start
to end is UTF-8 (Windows-1252 text with accents almost never is), anything else is read as
Windows-1252. The check streams the file in blocks, so a 100 MB sheet costs no memory.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import TextIO

UTF8_SIG = "utf-8-sig"
UTF16 = "utf-16"  # Python reads the BOM and picks LE or BE
WINDOWS_1252 = "cp1252"
_BLOCK = 1 << 20


def detect_encoding(path: Path) -> str:
    """The codec name to open ``path`` with (see the module docstring for the rules)."""
    with path.open("rb") as fh:
        head = fh.read(4096)
        if head.startswith(codecs.BOM_UTF8):
            return UTF8_SIG
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return UTF16
        if len(head) >= 2 and head.count(b"\0") * 3 >= len(head):
            # UTF-16 without a BOM: the high bytes of Latin text are NUL
            return "utf-16-be" if head[0] == 0 else "utf-16-le"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            for block in iter(lambda: fh.read(_BLOCK), b""):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return WINDOWS_1252
    return "utf-8"


def open_text(path: Path) -> tuple[TextIO, str]:
    """``path`` opened for reading as text in its own encoding (newlines kept for csv)."""
    encoding = detect_encoding(path)
    return path.open("r", encoding=encoding, newline=""), encoding


#: how the encodings are named to a cashier in messages
ENCODING_NAMES = {UTF8_SIG: "UTF-8 (met BOM)", "utf-8": "UTF-8", UTF16: "UTF-16",
                  "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
                  WINDOWS_1252: "Windows-1252 (ANSI)"}
