"""The durable local store: SQLite (WAL) + Alembic migrations + the transactional outbox.

Import :class:`Store` from here; the topic modules (outbox, records, reference, passes, audit,
retention) hang off an open store as attributes.
"""

from balie.store.db import StoreError
from balie.store.store import Store

__all__ = ["Store", "StoreError"]
