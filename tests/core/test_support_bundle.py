"""The support bundle goes to a helpdesk ticket: useful to support, useless to a snoop."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from balie.config import load_config
from balie.doctor import CheckResult, DoctorReport, Severity
from balie.support_bundle import build_support_bundle, default_bundle_path

INSZ = "85073003328"
UITPAS = "0900000095902"
TOKEN = "eyJhbGciOiJSUzI1NiJ9.cGF5bG9hZA.c2ln"
REFRESH = "rt-91b2c3d4e5f6"
SECRET = "balie-training-secret"
EMAIL = "jan.janssens@example.be"
FIRST, LAST = "Jozefien", "Vandenbroucke"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def seeded_logs(folder: Path) -> list[Path]:
    """Log lines as an older, careless version could have written them (unmasked)."""
    folder.mkdir()
    current = folder / "balie.log"
    current.write_text(
        f"2026-03-02 INFO balie.sync lookup {UITPAS} for insz {INSZ}\n"
        f"2026-03-02 DEBUG balie.sync Authorization: Bearer {TOKEN}\n"
        f'2026-03-02 DEBUG balie.sync {{"refresh_token": "{REFRESH}", "firstName": "{FIRST}", '
        f'"lastName": "{LAST}", "email": "{EMAIL}"}}\n'
        f"2026-03-02 DEBUG balie.auth grant_type=client_credentials&client_secret={SECRET}\n"
        "2026-03-02 INFO balie.sync pushed 3 ticket sales\n", encoding="utf-8")
    rotated = folder / "balie.log.1"
    rotated.write_text(f"2026-03-01 WARNING balie.ui PassSnapshot(first_name='{FIRST}', "
                       f"last_name='{LAST}', insz='{INSZ}')\n"
                       f"name={LAST}\n", encoding="utf-8")
    return [current, rotated]


def test_bundle_has_logs_config_doctor_and_queue_without_personal_data_or_secrets(tmp_path: Path):
    user_ini = tmp_path / "user.ini"
    user_ini.write_text(
        "[counter]\nname = Onthaal zwembad\norganizer_id = 6f1c2d1e-5b0a-4a57-9a54-0b4c1e7a0000\n"
        f"[platform]\napi_url = https://api-test.uitpas.be/?client_secret={SECRET}\n"
        f"events_csv = C:/Users/{EMAIL}/events.csv\n", encoding="utf-8")
    config = load_config(machine_path=tmp_path / "none.ini", user_path=user_ini)
    doctor = DoctorReport((CheckResult("queue", "Wachtrij", Severity.WARN,
                                       f"sale for {UITPAS} waits", "synchroniseer"),))
    queue = {"length": 2, "pending": 2, "oldest_pending_at": NOW.isoformat()}

    bundle = build_support_bundle(default_bundle_path(tmp_path / "out", NOW),
                                  log_files=seeded_logs(tmp_path / "logs"), config=config,
                                  doctor=doctor, queue=queue, now=NOW)

    assert bundle.path.name == "balie-support-20260302T100000Z.zip"
    with zipfile.ZipFile(bundle.path) as zf:
        names = set(zf.namelist())
        everything = "\n".join(zf.read(n).decode("utf-8") for n in names)
        config_ini = zf.read("config.ini").decode("utf-8")
        queue_json = json.loads(zf.read("queue.json"))
        doctor_txt = zf.read("doctor.txt").decode("utf-8")
    assert {"README.txt", "about.json", "doctor.txt", "doctor.json", "queue.json", "config.ini",
            "logs/balie.log", "logs/balie.log.1"} <= names
    for leaked in (INSZ, UITPAS, TOKEN, REFRESH, SECRET, EMAIL, FIRST, LAST):
        assert leaked not in everything, leaked
    assert "Onthaal zwembad" in config_ini and "user:" in config_ini  # value and its origin
    assert queue_json["pending"] == 2
    assert "Wachtrij" in doctor_txt and "*********5902" in doctor_txt
    assert "pushed 3 ticket sales" in everything


def test_bundle_without_logs_or_store_still_gives_support_something(tmp_path: Path):
    bundle = build_support_bundle(tmp_path / "b.zip", log_files=[tmp_path / "absent.log"],
                                  config=None, doctor=None, queue=None, now=NOW)
    assert set(bundle.members) == {"README.txt", "about.json"}
    assert zipfile.ZipFile(bundle.path).testzip() is None
