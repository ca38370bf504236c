"""Tap latency: from the emulator putting a card on the vpcd reader to CardTapped in the app.

    .venv/bin/python bench/tap.py [--taps 200] [--shared]

By default it runs its own private pcscd (mount namespace, vpcd driver copy on port 36500) so that
other programs using the shared virtual reader cannot disturb the figures; --shared uses a running
pcscd with the "Virtual PCD" readers, or starts ``pcscd --foreground`` for the run.

Prints median and p95 of three spans per tap:
  total      insert -> ReaderService callback (what the cashier waits for)
  pcsc       insert -> our SCardGetStatusChange returns (pcscd noticing the card)
  app        status change seen by our code -> event emitted (connect, GET UID, disconnect)
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from balie.cardreader import pcsc
from balie.cardreader.emulator import VPCD_PORT, CardEmulator, UitpasCard
from balie.cardreader.events import CardTapped, ReaderEvent
from balie.cardreader.readers import ReaderConfig
from balie.cardreader.service import ReaderService

READER = "Virtual PCD 00 00"


PRIVATE_SCRIPT = (
    'mount -t tmpfs tmpfs /run && mkdir -p /run/pcscd && mount --bind "$1" /run/pcscd '
    '&& exec pcscd --foreground --config "$2"'
)


def private_pcscd(root: Path, port: int) -> subprocess.Popen[bytes]:
    """A pcscd of our own (own mount namespace for its socket, vpcd driver copy on ``port``), so
    other programs using the shared virtual reader cannot put their cards into the measurement.
    Must run before the first PC/SC call: pcsc-lite reads PCSCLITE_CSOCK_NAME once."""
    (root / "run").mkdir()
    (root / "conf").mkdir()
    driver = root / "libifdvpcd-bench.so"
    shutil.copy(Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so").resolve(), driver)
    (root / "conf" / "vpcd").write_text(
        f'FRIENDLYNAME "Virtual PCD"\nDEVICENAME /dev/null:0x{port:04X}\nLIBPATH {driver}\nCHANNELID 0x{port:04X}\n'
    )
    unshare = ["unshare", "--mount", "--propagation", "private"]
    if os.geteuid() != 0:
        unshare[1:1] = ["--user", "--map-root-user"]
    os.environ["PCSCLITE_CSOCK_NAME"] = str(root / "run" / "pcscd.comm")
    proc = subprocess.Popen([*unshare, "sh", "-c", PRIVATE_SCRIPT, "sh", str(root / "run"), str(root / "conf")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if (root / "run" / "pcscd.comm").exists():
            break
        time.sleep(0.05)
    return proc


def ensure_pcscd() -> subprocess.Popen[bytes] | None:
    try:
        context = pcsc.establish()
        readers = pcsc.list_readers(context)
        pcsc.release(context)
        if READER in readers:
            return None
        raise SystemExit(f"pcscd runs without the vpcd reader ({readers}); install vsmartcard-vpcd")
    except pcsc.ContextLost:
        pass
    proc = subprocess.Popen(["pcscd", "--foreground"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        time.sleep(0.05)
        try:
            context = pcsc.establish()
            ok = READER in pcsc.list_readers(context)
            pcsc.release(context)
            if ok:
                return proc
        except pcsc.ContextLost:
            continue
    proc.terminate()
    raise SystemExit("pcscd did not show the vpcd reader")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--taps", type=int, default=200)
    parser.add_argument("--phase-ms", type=float, default=400.0, help="random delay before each insert")
    parser.add_argument("--shared", action="store_true", help="use the running pcscd, not a private one")
    args = parser.parse_args()
    port = VPCD_PORT
    private = None
    if not args.shared:
        port = 36500
        private = private_pcscd(Path(tempfile.mkdtemp(prefix="balie-bench-")), port)
    daemon = ensure_pcscd()
    tapped = threading.Event()
    last: dict[str, float | CardTapped] = {}

    def on_event(event: ReaderEvent) -> None:
        if isinstance(event, CardTapped):
            last["emitted"] = time.monotonic()
            last["event"] = event
            tapped.set()

    service = ReaderService(ReaderConfig(nfc_reader=READER), on_event)
    service.start()
    emulator = CardEmulator(port)
    total, detect, app = [], [], []
    try:
        for i in range(args.taps):
            assert pcsc.wait_for_card(READER, present=False, timeout=5)
            tapped.clear()
            # A person's tap is not in step with pcscd's 400 ms poll of the vpcd reader; without
            # this random phase every insert would land right after a poll and wait a full period.
            time.sleep(random.uniform(0, args.phase_ms / 1000))
            uid = bytes.fromhex("04") + i.to_bytes(6, "big")
            started = time.monotonic()
            emulator.insert(UitpasCard(uid))
            if not tapped.wait(5):
                raise SystemExit(f"tap {i}: no event within 5 s")
            event = last["event"]
            assert isinstance(event, CardTapped) and event.chip_number == uid.hex().upper()
            emitted = float(last["emitted"])  # type: ignore[arg-type]
            total.append(emitted - started)
            detect.append(event.at - started)
            app.append(emitted - event.at)
            emulator.remove()
    finally:
        emulator.remove()
        service.stop()
        for proc in (daemon, private):
            if proc is not None:
                proc.terminate()
                proc.wait()
    ms = 1000.0
    where = "shared pcscd" if args.shared else "private pcscd"
    print(f"taps: {len(total)} through {where} + vpcd (reader '{READER}'), random phase 0-{args.phase_ms:.0f} ms")
    for name, values in (("total (insert -> event)", total), ("pcsc (insert -> status change)", detect),
                         ("app (status change -> event)", app)):
        print(f"  {name:32s} median {statistics.median(values) * ms:7.1f} ms   p95 {pct(values, 0.95) * ms:7.1f} ms"
              f"   max {max(values) * ms:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
