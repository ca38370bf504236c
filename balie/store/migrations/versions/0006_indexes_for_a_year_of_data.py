"""Indexes for a year of data: the retention purge and a tap stay proportional to their work.

Why: on a store of a busy venue after a year (~330,000 actions) the first privacy purge took
146 s, because every batch scanned the whole outbox (finished entries and who depends on them)
and deleted chip links and tariff answers by full scans; and every tap read all the sales its
pass ever had. With these indexes the purge walks only the rows it deletes, and a tap reads only
this pass's sales of this event since the moment its decision looks back to.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_outbox_finished_at", "outbox", ["finished_at"]),
    ("ix_outbox_depends_on", "outbox", ["depends_on"]),
    ("ix_ticket_sales_pass_event_sold", "ticket_sales", ["uitpas_number", "event_id", "sold_at"]),
    ("ix_pass_tariffs_fetched_at", "pass_tariffs", ["fetched_at"]),
    ("ix_chip_numbers_learned_at", "chip_numbers", ["learned_at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
