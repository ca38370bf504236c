"""Long fuzz run: the property suites of tests/fuzz with a much larger example budget.

CI runs each property with ~250 examples (whole suite well under a minute). This runs the same
properties with ``--examples`` each (default 20,000) and prints per-suite time and the outcome;
a failure prints hypothesis' falsifying example and its reproduce blob.

    .venv/bin/python bench/fuzz.py                  # ~20k examples per property
    .venv/bin/python bench/fuzz.py --examples 2000 -k cardreader
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=20_000)
    parser.add_argument("-k", default="", help="only suites whose file name contains this")
    args = parser.parse_args()
    suites = sorted((ROOT / "tests" / "fuzz").glob("test_fuzz_*.py"))
    env = dict(os.environ, BALIE_FUZZ_EXAMPLES=str(args.examples), QT_QPA_PLATFORM="offscreen")
    failed = 0
    for suite in suites:
        if args.k and args.k not in suite.name:
            continue
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--timeout=0",
             str(suite.relative_to(ROOT))], cwd=ROOT, env=env, capture_output=True, text=True)
        took = time.perf_counter() - started
        last = (result.stdout.strip().splitlines() or ["?"])[-1]
        print(f"{suite.name:40s} {took:7.1f} s  {last}")
        if result.returncode != 0:
            failed += 1
            print(result.stdout[-4000:])
    print(f"examples per property: {args.examples}; suites failed: {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
