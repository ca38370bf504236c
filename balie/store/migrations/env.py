"""Alembic environment for balie's store, driven from code (:mod:`balie.store.migrate`).

No alembic.ini ships with the app: the caller passes an open SQLAlchemy connection in
``config.attributes["connection"]`` and this file only runs the migrations on it.
"""

from __future__ import annotations

from alembic import context

from balie.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable when someone runs the alembic CLI
    raise RuntimeError("balie's migrations run through balie.store.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER by copying tables; batch mode does that safely
)
with context.begin_transaction():
    context.run_migrations()
