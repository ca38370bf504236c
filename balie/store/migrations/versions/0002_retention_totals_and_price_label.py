"""Keep report totals when confirmed rows are purged; remember the price category label of a sale;
index local records by pass (offline limit checks read them for every customer).

Why: retention (balie.store.retention.purge_confirmed) deletes old confirmed actions, but day
reports must still add up, so their counts and amounts move into retention_totals first. The
regular price label ('Basistarief', ...) is sent to the platform for financial reports and shown
in the local history.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'retention_totals',
        sa.Column('day', sa.String(length=10), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('event_id', sa.String(length=64), nullable=False),
        sa.Column('tariff_id', sa.String(length=64), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('amount_cents', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('day', 'kind', 'event_id', 'tariff_id'),
    )
    with op.batch_alter_table('ticket_sales') as batch_op:
        batch_op.add_column(sa.Column('regular_price_label', sa.Text(), nullable=True))
    op.create_index('ix_ticket_sales_uitpas_number', 'ticket_sales', ['uitpas_number'])
    op.create_index('ix_checkins_uitpas_number', 'checkins', ['uitpas_number'])
    op.create_index('ix_reward_redemptions_uitpas_number', 'reward_redemptions', ['uitpas_number'])


def downgrade() -> None:
    op.drop_index('ix_reward_redemptions_uitpas_number', 'reward_redemptions')
    op.drop_index('ix_checkins_uitpas_number', 'checkins')
    op.drop_index('ix_ticket_sales_uitpas_number', 'ticket_sales')
    with op.batch_alter_table('ticket_sales') as batch_op:
        batch_op.drop_column('regular_price_label')
    op.drop_table('retention_totals')
