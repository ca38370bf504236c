"""``balie training-platform``: the local UiTPAS-compatible training platform in the foreground,
for trainers, demos and developers (binds 127.0.0.1 only; nothing is sent anywhere)."""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            f"{text!r} is geen poortnummer; kies een getal van 1 tot 65535 (0 = een vrije poort)")
    return port


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=_port, default=8765,
                        help="TCP port on 127.0.0.1 (0 = any free port)")
    parser.add_argument("--reset", "--seed", dest="reset", action="store_true",
                        help="wipe the training data and load the demo world again")
    parser.add_argument("--token-lifetime", type=int, default=3600, help="access token lifetime in seconds")


def _data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir:
        return Path(args.data_dir) / "training"
    import platformdirs
    return Path(platformdirs.user_data_dir("balie", appauthor=False)) / "training"


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    from balie.training import TrainingPlatform

    platform = TrainingPlatform(_data_dir(args), port=args.port, token_lifetime=args.token_lifetime)
    try:
        platform.start()
    except OSError as exc:
        print(f"De oefenomgeving kon niet starten op poort {args.port}: {exc.strerror}. "
              "Kies een andere poort met --port.")
        return 1
    if args.reset:
        platform.reset()
    print("UiTPAS-oefenomgeving (training) draait. Niets wordt naar UiTPAS gestuurd.")
    print(f"  API:            {platform.url}")
    print(f"  Aanmelden:      {platform.auth_url}/.well-known/openid-configuration")
    print(f"  Activiteiten:   {platform.search_url}/events/")
    print(f"  Beheer:         {platform.url}/_training/demo  (reset, faults, clock)")
    print(f"  client_id:      {platform.client_id}")
    print(f"  client_secret:  {platform.client_secret}")
    print(f"  Kassa-login:    kassa / training  (client {platform.public_client_id})")
    print(f"  Gegevens:       {platform.data_dir}")
    print("Stoppen met Ctrl+C.", flush=True)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("\nOefenomgeving gestopt.")
    finally:
        platform.stop()
    return 0
