"""QR check-in codes of an event: ``GET /events/{eventId}/qr-checkincodes/download-link`` and the
file that link serves.

Like UiTPAS, the API answer is a short-lived link that needs no bearer token: an organizer hands
it to a browser or a printer. The link is signed (HMAC over event, format and time) and runs out
after :data:`LINK_LIFETIME` on the platform's clock, so it can be passed around without the
client's credentials and still not be guessed.

The file's content is the training platform's own: publiq does not document what its QR codes
carry. Here each event has one check-in code (seven capitals, derived from the event id, the shape
``POST /passholders/{id}/checkins`` takes as ``checkinCode``) and the QR code encodes exactly that
code. ``pdf`` is one printable A4 page (title, date, QR, the code in letters, a practice mark);
``zip`` holds the same QR as a PNG plus a text file naming the event and the code.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import secrets
import sqlite3
import zipfile
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import quote

from balie.training.catalog import Event, get_event
from balie.training.clock import parse
from balie.training.problems import ApiError
from balie.training.web import Request, Response, json_response

if TYPE_CHECKING:  # qrcode and Pillow load when a code is drawn, not with every platform start
    from PIL import Image, ImageDraw, ImageFont

#: how long a download link works (platform clock)
LINK_LIFETIME = timedelta(minutes=15)
#: where the files are served; outside the bearer-checked API routes on purpose
DOWNLOAD_PREFIX = "/downloads/qr-checkincodes/"
FORMATS = ("pdf", "zip")
CONTENT_TYPES = {"pdf": "application/pdf", "zip": "application/zip"}

#: signs the links of this process; a restarted platform invalidates older links, as a real
#: platform rotating its keys would
_KEY = secrets.token_bytes(32)
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: read aloud or typed without confusion


def checkin_code(event_id: str) -> str:
    """The event's check-in code on the training platform (stable for an event)."""
    digest = hashlib.sha256(b"balie-training-checkin:" + event_id.encode("utf-8")).digest()
    return "".join(_ALPHABET[b % len(_ALPHABET)] for b in digest[:7])


def _signature(event_id: str, fmt: str, ts: str) -> str:
    message = f"{event_id}\n{fmt}\n{ts}".encode()
    return hmac.new(_KEY, message, hashlib.sha256).hexdigest()


def download_link(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    """The API operation: 404 ``event-not-found`` / 403 as for every event read, then the link."""
    event = get_event(conn, req.params["id"])
    fmt = req.q("format") or "pdf"
    ts = now.strftime("%Y%m%d%H%M%S")
    host = req.headers.get("host") or "127.0.0.1"
    link = (f"http://{host}{DOWNLOAD_PREFIX}{quote(event.id, safe='')}.{fmt}"
            f"?ts={ts}&hash={_signature(event.id, fmt, ts)}")
    return json_response({"downloadLink": link})


def serve_download(conn: sqlite3.Connection, now: datetime, req: Request) -> Response:
    """The file behind a link: no token needed, but the signature must fit and be fresh."""
    name = req.path[len(DOWNLOAD_PREFIX):]
    event_id, _, fmt = name.rpartition(".")
    ts, given = req.q("ts") or "", req.q("hash") or ""
    if fmt not in FORMATS or not hmac.compare_digest(given, _signature(event_id, fmt, ts)):
        raise ApiError(403, "auth/forbidden", "Forbidden", "This download link is not valid.",
                       nl="Deze downloadlink is ongeldig. Vraag een nieuwe link op.")
    try:
        issued = parse(f"{ts[:4]}-{ts[4:6]}-{ts[6:8]}T{ts[8:10]}:{ts[10:12]}:{ts[12:14]}Z")
    except ValueError:
        issued = None
    if issued is None or not timedelta(0) <= now - issued <= LINK_LIFETIME:
        raise ApiError(410, "about:blank", "Gone", "This download link has expired.",
                       nl="Deze downloadlink is verlopen. Vraag een nieuwe link op.")
    event = get_event(conn, event_id, check_permission=False)
    body = qr_pdf(event) if fmt == "pdf" else qr_zip(event)
    headers = {"Content-Disposition": f'attachment; filename="qr-checkin-{event_id}.{fmt}"'}
    return Response(200, body, CONTENT_TYPES[fmt], headers)


def _qr_image(code: str, box: int) -> Image.Image:
    import qrcode

    qr = qrcode.QRCode(border=4, box_size=box, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(code)
    qr.make(fit=True)
    return qr.make_image(fill_color="black", back_color="white").get_image().convert("L")


def qr_png(event: Event) -> bytes:
    out = io.BytesIO()
    _qr_image(checkin_code(event.id), 12).save(out, "PNG")
    return out.getvalue()


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's own scalable font; the frozen app leaves FreeType out (build_installer.py), so
    there the small built-in bitmap font prints the same words."""
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=size)
    except ImportError:
        return ImageFont.load_default()


def _centred(draw: ImageDraw.ImageDraw, width: int, y: int, text: str,
             font: ImageFont.FreeTypeFont | ImageFont.ImageFont) -> None:
    draw.text(((width - draw.textlength(text, font=font)) / 2, y), text, font=font, fill=0)


def qr_pdf(event: Event) -> bytes:
    """One A4 page at 150 dpi: what an organizer prints and puts at the entrance."""
    from PIL import Image, ImageDraw

    width, height = 1240, 1754
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    title, text = _font(44), _font(30)
    code = checkin_code(event.id)
    y = 120
    for line in _wrap(event.name, 40):
        _centred(draw, width, y, line, title)
        y += 60
    _centred(draw, width, y + 10, f"{event.start[:10]} - {event.end[:10]}", text)
    qr = _qr_image(code, 20)
    side = min(qr.width, 900)
    qr = qr.resize((side, side), Image.Resampling.NEAREST)
    top = y + 90
    page.paste(qr, ((width - side) // 2, top))
    _centred(draw, width, top + side + 40, f"Check-in code: {code}", title)
    _centred(draw, width, height - 140, "OEFENING - balie-oefenplatform, geen echte UiTPAS-code",
             text)
    out = io.BytesIO()
    page.save(out, "PDF", resolution=150.0, title=f"QR check-in {event.name}")
    return out.getvalue()


def qr_zip(event: Event) -> bytes:
    out = io.BytesIO()
    code = checkin_code(event.id)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"qr-checkin-{code}.png", qr_png(event))
        zf.writestr("LEESMIJ.txt",
                    f"{event.name}\n{event.start} - {event.end}\nCheck-in code: {code}\n"
                    "Oefening: gemaakt door het balie-oefenplatform, geen echte UiTPAS-code.\n")
    return out.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]
