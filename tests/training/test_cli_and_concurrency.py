"""The standalone command, and the platform's rules under concurrent cashiers."""

from __future__ import annotations

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from balie.training import TrainingPlatform
from balie.training.demo import EVENTS, PASSES
from tests.fixtures import children
from tests.training.conftest import Api


def test_command_serves_on_loopback_and_prints_the_training_credentials(tmp_path: Path) -> None:
    proc = children.popen([sys.executable, "-m", "balie", "training-platform", "--port", "0",
                           "--data-dir", str(tmp_path)], stdout=subprocess.PIPE, text=True,
                          cwd=Path(__file__).resolve().parents[2])
    try:
        lines = [proc.stdout.readline() for _ in range(7)]  # type: ignore[union-attr]
        url = re.search(r"http://127\.0\.0\.1:\d+", lines[1]).group(0)  # type: ignore[union-attr]
        assert any("balie-training-secret" in line for line in lines)
        doc = requests.get(url + "/.well-known/openid-configuration", timeout=5)
        assert doc.headers["X-Balie-Training"] == "1" and doc.json()["token_endpoint"].startswith(url)
        assert (tmp_path / "training" / "training-platform.sqlite3").exists()
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0
        children.forget(proc)


def test_parallel_sales_never_exceed_the_group_passes_tickets(api: Api, platform: TrainingPlatform) -> None:
    item = {"uitpasNumber": PASSES["group"].uitpas_number, "eventId": EVENTS["museum_today"].id,
            "regularPrice": 10, "tariff": {"id": "SOCIALTARIFF"}}
    token = api.session.headers["Authorization"]

    def sell(_: int) -> int:
        return requests.post(platform.url + "/ticket-sales", json=[item], headers={"Authorization": token},
                             timeout=10).status_code

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(sell, range(16)))
    assert statuses.count(200) == 10 and platform.count_ticket_sales() == 10
