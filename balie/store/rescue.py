"""Save the unsent queue of a damaged store before anyone restores an older backup over it.

A backup is at most a day old; the sales queued since then exist only in the damaged file. Most
damage leaves most pages readable, so the outbox rows that were not yet confirmed by the platform
are read row by row (a bad page costs the rows on it, not the rest) and written as JSON next to
the store. Payloads stay as stored: on a live counter they are sealed with the store key, so the
file holds no personal data in clear and support can feed it back on the same counter.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

log = logging.getLogger(__name__)

#: outbox states whose action may not have reached the platform yet
UNSENT = ("PENDING", "SENT", "REJECTED", "NEEDS_ATTENTION")
COLUMNS = ("client_uuid", "kind", "created_at", "sequence", "device_id", "operator_id",
           "operator_name", "status", "attempts", "pass_key", "depends_on", "provisional",
           "training", "payload")


def export_path(store_path: Path) -> Path:
    """One name per damaged file (its size and time), so repeated opens rewrite one export."""
    try:
        st = store_path.stat()
        stamp = datetime.fromtimestamp(st.st_mtime, timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        tag = f"{stamp}-{st.st_size}"
    except OSError:
        tag = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return store_path.with_name(f"{store_path.stem}-wachtrij-gered-{tag}.json")


def read_unsent(store_path: Path) -> list[dict[str, object]]:
    """The readable unsent outbox rows of a (possibly damaged) store; never raises on damage."""
    rows: list[dict[str, object]] = []
    try:
        conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return rows
    try:
        try:
            (top,) = conn.execute("SELECT max(id) FROM outbox").fetchone()
        except sqlite3.Error:
            return rows
        marks = ",".join("?" * len(UNSENT))
        query = f"SELECT {', '.join(COLUMNS)} FROM outbox WHERE status IN ({marks})"
        try:
            found = conn.execute(query, UNSENT).fetchall()
        except sqlite3.Error:  # a bad page in the middle: go row by row around it
            found = []
            for rowid in range(1, int(top or 0) + 1):
                try:
                    found.extend(conn.execute(query + " AND id = ?", (*UNSENT, rowid)).fetchall())
                except sqlite3.Error:
                    continue
        rows = [dict(zip(COLUMNS, row, strict=True)) for row in found]
    finally:
        conn.close()
    return rows


def export_queue(store_path: Path) -> Path | None:
    """Write the unsent queue of the damaged ``store_path`` next to it; the file, or None when
    there was nothing readable to save or it could not be written (logged)."""
    rows = read_unsent(store_path)
    if not rows:
        return None
    target = export_path(store_path)
    tmp = target.with_name(target.name + ".partial")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump({"store": store_path.name, "unsent": rows}, fh, ensure_ascii=False,
                      indent=1)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        log.error("could not save the unsent queue of a damaged store: %s", type(exc).__name__)
        return None
    log.warning("saved %d unsent queue entries of a damaged store", len(rows))
    return target
