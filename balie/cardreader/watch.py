"""Print reader events as they happen: a diagnostic for support ("does PC/SC see my reader?").

``python -m balie.cardreader.watch`` prints one line per event; ``--json`` prints JSON lines
(used by the tests that stop and start a private pcscd, which must run the service in a process
of its own because pcsc-lite fixes its socket path once per process).
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import signal
import sys
import threading
from datetime import date
from typing import Any

from balie.cardreader.events import ReaderEvent
from balie.cardreader.readers import ReaderConfig
from balie.cardreader.service import ReaderService


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return len(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def event_as_json(event: ReaderEvent) -> str:
    fields = {f.name: getattr(event, f.name) for f in dataclasses.fields(event)}
    if "identity" in fields:
        fields["identity"] = dataclasses.asdict(fields["identity"])
    return json.dumps({"type": type(event).__name__, **_plain(fields)}, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Show card reader events (PC/SC).")
    parser.add_argument("--nfc", help="name (part) of the UiTPAS/NFC reader")
    parser.add_argument("--eid", help="name (part) of the eID reader")
    parser.add_argument("--retry-ms", type=int, default=500)
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    args = parser.parse_args(argv)
    config = ReaderConfig(nfc_reader=args.nfc, eid_reader=args.eid, retry_ms=args.retry_ms)
    lock = threading.Lock()

    def show(event: ReaderEvent) -> None:
        with lock:
            print(event_as_json(event) if args.json else event, flush=True)

    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    service = ReaderService(config, show)
    service.start()
    try:
        while not done.wait(0.2):
            pass
    except KeyboardInterrupt:
        pass
    service.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
