"""Drop ``ix_ticket_sales_uitpas_number``: ``ix_ticket_sales_pass_event_sold`` starts with the
same column, so every query by pass number already walks that one.

Why: each index is written again for every sale and deleted again for every purged sale. On a
year's store the purge's heaviest cost is index maintenance, and this index, ordered by pass
number, puts every purged sale on another page. A query by pass alone (the pass's history, the
tap's open kansentarief sales) uses the head of the composite index instead, as fast.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_ticket_sales_uitpas_number", table_name="ticket_sales")


def downgrade() -> None:
    op.create_index("ix_ticket_sales_uitpas_number", "ticket_sales", ["uitpas_number"],
                    unique=False)
