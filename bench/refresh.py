"""Refresh 1,000,000 active social-tariff cards from the training platform into the store:
seconds and peak memory (RSS) of the process doing the refresh.

The training platform runs in its own process (``balie training-platform``); the refresh runs in
a child process whose ru_maxrss is read after it exits. Targets: <= 20 s, <= 300 MB.
Run: .venv/bin/python bench/refresh.py [--cards 1000000] [--live]
``--live``: a store with a key, as on a live counter, where the list is kept as keyed hashes
(balie.crypto.kansen_key): one HMAC per card and inserts in hash order.
"""

from __future__ import annotations

import argparse
import json
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def child(store_path: str, url: str, card_system: int, live: int = 0) -> None:
    """Runs in the measured process: one streamed, atomic replace of one card system's list."""
    sys.path.insert(0, str(ROOT))
    from balie.domain import utcnow
    from balie.store import Store
    from balie.sync.auth import ClientCredentialsProvider, OidcEndpoints
    from balie.sync.client import UitpasClient
    from balie.sync.refresh import _rows

    tokens = ClientCredentialsProvider(OidcEndpoints.keycloak(url), "balie-training",
                                       "balie-training-secret")
    client = UitpasClient(url, tokens, timeout=(2.0, 60.0))
    store = Store.open(Path(store_path))
    if live:
        import os

        from balie.crypto import FieldCipher

        store.cipher = FieldCipher.from_master(os.urandom(32))
    t0 = time.perf_counter()
    count = store.reference.replace_social_tariff_cards(
        card_system, _rows(client.iter_social_tariff_cards(card_system)), utcnow())
    seconds = time.perf_counter() - t0
    store.close()
    print(json.dumps({"cards": count, "seconds": round(seconds, 2)}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=1_000_000)
    parser.add_argument("--live", action="store_true", help="a store with a key (hashed list)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        server = subprocess.Popen(
            [PY, "-m", "balie", "training-platform", "--port", str(port), "--data-dir", tmp, "--reset"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    requests.get(url + "/_training/demo", timeout=1)
                    break
                except requests.RequestException:
                    time.sleep(0.1)
            sys.path.insert(0, str(ROOT))
            t0 = time.perf_counter()
            # bulk cards through the platform's own process (admin endpoint)
            r = requests.post(url + "/_training/social-tariff-cards",
                              json={"cardSystemId": 1, "count": args.cards}, timeout=300)
            if r.status_code >= 400:
                print(f"could not add bulk cards: {r.status_code} {r.text[:200]}")
                return 1
            print(f"platform: {args.cards} cards added in {time.perf_counter() - t0:.1f} s; "
                  f"store {'live (hashed list)' if args.live else 'training (clear list)'}")
            for run in ("first", "replace"):
                out = subprocess.run(
                    [PY, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); from bench.refresh import child; "
                     "child(*sys.argv[1:3], int(sys.argv[3]), int(sys.argv[4]))",
                     str(Path(tmp) / "store.sqlite3"), url, "1", str(int(args.live))],
                    cwd=ROOT, capture_output=True, text=True, check=True)
                rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
                result = json.loads(out.stdout.strip().splitlines()[-1])
                print(f"{run}: cards={result['cards']}  seconds={result['seconds']}  "
                      f"peak_rss_mb={rss_mb:.0f} (max over refresh children so far)", flush=True)
        finally:
            server.terminate()
            server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
