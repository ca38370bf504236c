"""QR check-in codes on the training platform: the download-link operation as publiq describes
it (auth, 404 for an unknown event, 403 for another organizer's, the format parameter) and the
file behind the link (a real PDF or ZIP, downloadable without a token, signed, short-lived)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from datetime import timedelta

import pytest
import requests
from PIL import Image

from balie.training.clock import Clock
from balie.training.demo import EVENTS
from balie.training.qr_checkin import LINK_LIFETIME, checkin_code
from tests.training.conftest import problem_type


def _link(api, event_key: str = "museum_today", **params) -> str:
    answer = api.get(f"/events/{EVENTS[event_key].id}/qr-checkincodes/download-link", **params)
    assert answer.status_code == 200, answer.text
    assert set(answer.json()) == {"downloadLink"}
    return str(answer.json()["downloadLink"])


def test_pdf_link_downloads_a_printable_pdf_without_a_token(api):
    link = _link(api)
    assert link.startswith(api.platform.url + "/")
    file = requests.get(link, timeout=10)  # no Authorization header: the link is enough
    assert file.status_code == 200
    assert file.headers["Content-Type"] == "application/pdf"
    assert file.content.startswith(b"%PDF-") and file.content.rstrip().endswith(b"%%EOF")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", "-"], input=file.content, capture_output=True,
                              check=True, timeout=30).stdout.decode()
        assert re.search(r"^Pages:\s+1$", info, re.MULTILINE) and "(A4)" in info


def test_zip_link_holds_the_qr_image_and_the_events_check_in_code(api):
    link = _link(api, "pool_today", format="zip")
    file = requests.get(link, timeout=10)
    assert file.headers["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(file.content)) as zf:
        assert zf.testzip() is None
        code = checkin_code(EVENTS["pool_today"].id)
        png = zf.read(f"qr-checkin-{code}.png")
        readme = zf.read("LEESMIJ.txt").decode("utf-8")
    image = Image.open(io.BytesIO(png))
    image.verify()
    assert image.format == "PNG" and image.width == image.height >= 21 * 12
    assert EVENTS["pool_today"].name in readme and f"Check-in code: {code}" in readme
    assert code != checkin_code(EVENTS["museum_today"].id)


def test_unknown_event_is_a_404_problem(api):
    answer = api.get("/events/no-such-event/qr-checkincodes/download-link")
    assert answer.status_code == 404
    assert problem_type(answer) == "uitpas/event-not-found"
    assert answer.json()["endUserMessage"]["nl"]


def test_another_organizers_event_is_forbidden(api):
    answer = api.get(f"/events/{EVENTS['foreign_today'].id}/qr-checkincodes/download-link")
    assert answer.status_code == 403


def test_without_a_token_the_link_is_not_given(platform):
    answer = requests.get(platform.url + f"/events/{EVENTS['museum_today'].id}"
                          "/qr-checkincodes/download-link", timeout=10)
    assert answer.status_code == 401
    assert problem_type(answer) == "auth/unauthorized"


def test_an_unknown_format_is_refused_as_publiq_declares_it(api):
    answer = api.get(f"/events/{EVENTS['museum_today'].id}/qr-checkincodes/download-link",
                     format="docx")
    assert answer.status_code == 400
    assert problem_type(answer) == "url/query-parameter-invalid"


def test_a_changed_or_expired_link_serves_nothing(api, platform):
    link = _link(api)
    other_event = link.replace(EVENTS["museum_today"].id, EVENTS["pool_today"].id)
    assert requests.get(other_event, timeout=10).status_code == 403
    platform.set_clock(Clock().now() + LINK_LIFETIME + timedelta(minutes=1))
    expired = requests.get(link, timeout=10)
    assert expired.status_code == 410
    assert "verlopen" in expired.json()["endUserMessage"]["nl"]


@pytest.mark.parametrize("fmt", ["pdf", "zip"])
def test_each_format_has_its_own_link(api, fmt):
    assert _link(api, format=fmt).split("?")[0].endswith("." + fmt)


def test_without_freetype_the_pdf_is_still_made(monkeypatch):
    """The frozen app leaves Pillow's FreeType module out; the page then uses the built-in
    bitmap font instead of failing the download."""
    from PIL import ImageFont
    from PIL._util import DeferredError

    from balie.training.catalog import Event
    from balie.training.qr_checkin import qr_pdf

    # what Pillow itself sets when its FreeType module cannot be imported
    monkeypatch.setattr(ImageFont, "core",
                        DeferredError.new(ImportError("The _imagingft C module is not installed")))
    event = Event("ev-1", "org", "Zwemles", "2026-12-06T08:00:00Z", "2026-12-06T20:00:00Z", 1,
                  None, None, (), ())
    assert qr_pdf(event).startswith(b"%PDF-")
