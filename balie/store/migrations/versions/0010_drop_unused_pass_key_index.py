"""Drop ``ix_outbox_pass_key_sequence``: no query of the counter, the sync worker or the purge
walks it.

Why: every sale writes it and every purged entry deletes from it, and in pass order each purged
entry lands on a page of its own: on a year's store it was one page in four of the first
purge's writes (3.9-4.2 pages per entry), for nothing. The sync queue's "first open entry of
each pass" reads only the open entries, through ``ix_outbox_status_sequence`` (status first),
and groups those few by pass in a temporary index; ``tests/core/test_year_of_data.py`` checks
that every remaining index of the outbox is walked by one of its queries.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_outbox_pass_key_sequence", table_name="outbox")


def downgrade() -> None:
    op.create_index("ix_outbox_pass_key_sequence", "outbox", ["pass_key", "sequence"],
                    unique=False)
