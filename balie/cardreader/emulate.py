"""Put a virtual card on a vpcd reader from the command line, for trying the counter by hand.

``python -m balie.cardreader.emulate --uid 04AABBCCDDEE80`` (or ``--eid``, ``--garbage``,
``--unknown``); Ctrl-C removes the card. The emulator itself is :mod:`balie.cardreader.emulator`;
this entry point lives apart from it because it also needs the demo eID card
(:mod:`balie.cardreader.eid_demo`), which is built on the emulator: kept in one module the two
would import each other.
"""

from __future__ import annotations

import argparse
import time

from balie.cardreader.emulator import VPCD_PORT, CardEmulator, GarbageCard, UitpasCard, UnknownCard, VirtualCard


def main(argv: list[str] | None = None) -> int:
    from balie.cardreader.eid_demo import demo_eid_card

    parser = argparse.ArgumentParser(description="Virtual card on a vpcd reader (pcscd + vsmartcard-vpcd).")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--uid", help="UiTPAS card with this chip UID (hex), e.g. 04AABBCCDDEE80")
    group.add_argument("--eid", action="store_true", help="a Belgian eID test card with made-up data")
    group.add_argument("--garbage", action="store_true", help="a card that answers garbage")
    group.add_argument("--unknown", action="store_true", help="a card that is not a UiTPAS card or eID")
    parser.add_argument("--port", type=int, default=VPCD_PORT, help="vpcd port (35963 = slot 00 00)")
    args = parser.parse_args(argv)
    card: VirtualCard
    if args.eid:
        card = demo_eid_card()
    elif args.garbage:
        card = GarbageCard()
    elif args.unknown:
        card = UnknownCard()
    else:
        card = UitpasCard(bytes.fromhex(args.uid or "04AABBCCDDEE80"))
    emulator = CardEmulator(args.port)
    try:
        emulator.insert(card)
    except OSError as exc:
        print(f"No vpcd reader on 127.0.0.1:{args.port} ({exc}). Is pcscd running with vsmartcard-vpcd?",
              flush=True)
        return 1
    # flushed: a script or test that starts this command waits for exactly this line
    print(f"Card inserted on port {args.port}; Ctrl-C removes it.", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        emulator.remove()
        print("Card removed.", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
