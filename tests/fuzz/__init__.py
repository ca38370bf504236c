"""Property and fuzz suites over every parser of outside input.

Budget: ``BALIE_FUZZ_EXAMPLES`` examples per property (default 250 in CI; ``bench/fuzz.py`` runs
the same properties with a much larger budget). No input may crash, hang or corrupt: each parser
either returns a value or raises the ONE typed error its caller turns into a Dutch message.
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("BALIE_FUZZ_EXAMPLES", "250"))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(milliseconds=1000),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much],
    database=None,
    print_blob=True,
)
