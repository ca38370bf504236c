"""``balie import`` on files as Excel and other tools save them: every encoding, the CLI's words."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from balie.cli import main
from balie.domain import BRUSSELS, Operator
from balie.operators import Operators, ScryptParams
from balie.paper_import import import_file
from balie.store import Store
from balie.text_file import detect_encoding
from tests.core.test_paper_import import _number
from tests.fixtures.store import DEMO_NOW, Demo, load_demo

OP = Operator("op-1", "An Kassa")
HEADER = "soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald;opmerking"


def _sheet(demo: Demo, day: str = "10/06/2026") -> str:
    # the remark column is not read, but its accents and euro sign must survive decoding
    return (HEADER + "\r\n"
            f"verkoop;{_number(1)};{demo.event.id};Basistarief;10,00;{day};14:05;;;"
            "café, € 2 cash\r\n"
            f"checkin;{_number(2)};{demo.event.id};;;{day};14:07;;;Zoë\r\n")


@pytest.mark.parametrize(("encoding", "detected"), [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"),
    ("utf-16", "utf-16"),  # Excel "Unicode-tekst": UTF-16 LE with BOM
    ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
def test_every_encoding_excel_saves_is_detected_and_imported(
        store: Store, demo: Demo, tmp_path: Path, encoding: str, detected: str) -> None:
    path = tmp_path / "papier.csv"
    path.write_bytes(_sheet(demo).encode(encoding))
    assert detect_encoding(path) == detected
    result = import_file(store, path, OP, DEMO_NOW)
    assert (result.queued, result.ok, result.lines) == (2, True, 2)


def test_utf16_big_endian_with_bom_is_imported(store: Store, demo: Demo, tmp_path: Path) -> None:
    path = tmp_path / "papier.csv"
    path.write_bytes(b"\xfe\xff" + _sheet(demo).encode("utf-16-be"))
    assert import_file(store, path, OP, DEMO_NOW).queued == 2


def test_cp1252_accent_late_in_a_large_utf8_looking_file_is_still_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    path.write_bytes(b"a;b\r\n" * 400_000 + "Zoë;€\r\n".encode("cp1252"))
    assert detect_encoding(path) == "cp1252"


def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Demo]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    data = tmp_path / "data"
    with Store.open(data / "balie.sqlite3") as store:
        demo = load_demo(store, datetime.now(UTC))
        Operators(store, scrypt=ScryptParams(2**10, 8, 1)).add(
            "an", "An Kassa", "cashier", "482913", datetime.now(UTC))
    return data, demo


def _import(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("482913\n"))
    return main(["import", *args, "--operator", "an", "--pin-stdin"])


def test_cli_imports_a_windows_1252_file_and_refuses_nonsense_without_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data, demo = _data_dir(tmp_path, monkeypatch)
    today = datetime.now(UTC).astimezone(BRUSSELS) - timedelta(minutes=10)
    sheet = tmp_path / "papier.csv"
    sheet.write_bytes((_sheet(demo, today.strftime("%d/%m/%Y")).replace("14:05", today.strftime(
        "%H:%M")).replace("14:07", today.strftime("%H:%M"))
        + f"verkoop;{_number(3)};{demo.event.id};Basistarief;10,00;01/01/1900;10:00;;2,00;\r\n"
        f"verkoop;{_number(4)};{demo.event.id};Basistarief;10,00;{today:%d/%m/%Y};{today:%H:%M};"
        "SOCIALTARIFF;9" + "9" * 40 + ",00;\r\n").encode("cp1252"))
    assert _import(monkeypatch, str(sheet), "--data-dir", str(data)) == 1
    captured = capsys.readouterr()
    assert "In de wachtrij gezet: 2" in captured.out and "fout: 2" in captured.out
    assert "regel 4: datum 01/01/1900 ligt meer dan een jaar terug" in captured.out
    assert "regel 5: bedrag" in captured.out and "onmogelijk groot" in captured.out
    assert "Traceback" not in captured.out + captured.err


def test_cli_names_a_missing_file_and_duplicates_need_the_flag(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data, demo = _data_dir(tmp_path, monkeypatch)
    assert _import(monkeypatch, str(tmp_path / "weg.csv"), "--data-dir", str(data)) == 2
    assert "geen bestand" in capsys.readouterr().err
    now = datetime.now(UTC).astimezone(BRUSSELS) - timedelta(minutes=10)
    line = f"checkin;{_number(2)};{demo.event.id};;;{now:%d/%m/%Y};{now:%H:%M};;;\n"
    sheet = tmp_path / "papier.csv"
    sheet.write_text(HEADER + "\n" + line + line, encoding="utf-8")
    assert _import(monkeypatch, str(sheet), "--data-dir", str(data)) == 1
    assert "--allow-duplicates" in capsys.readouterr().out
    assert _import(monkeypatch, str(sheet), "--data-dir", str(data), "--allow-duplicates") == 0
    assert "In de wachtrij gezet: 1; al eerder ingelezen: 1; fout: 0." in capsys.readouterr().out
