"""``python -m balie.app.screenshots --out DIR [--language nl|fr|en]``."""

import sys

from balie.app.screenshots.counter import main

sys.exit(main())
