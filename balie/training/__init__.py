"""The local UiTPAS-compatible training platform (standalone: imports only balie.domain/numbers).

``TrainingPlatform(data_dir).start()`` serves the UiTPAS API v4 endpoints a counter uses, an OpenID
authorization server and a UiTdatabank-like event search on 127.0.0.1, with demo data from
:mod:`balie.training.demo`, a settable clock and run-time fault injection.
"""

from balie.training.platform import TrainingPlatform

__all__ = ["TrainingPlatform"]
