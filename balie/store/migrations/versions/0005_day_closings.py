"""Day closings: per operator and day, the cash the counter expected, what was counted, the
difference.

Why: at closing time the drawer is counted. The counter knows what it charged (tickets and new
passes, cancellations taken off); the difference must be kept as a record, with who closed and
when, so the day report, its CSV and PDF show it and a later recount does not overwrite the first
one (every closing is a row; the report shows the newest per operator).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'day_closings',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('day', sa.String(length=10), nullable=False),
        sa.Column('operator_id', sa.String(length=64), nullable=False),
        sa.Column('operator_name', sa.String(length=128), nullable=False),
        sa.Column('opening_float_cents', sa.Integer(), nullable=False),
        sa.Column('expected_cents', sa.Integer(), nullable=False),
        sa.Column('counted_cents', sa.Integer(), nullable=False),
        sa.Column('difference_cents', sa.Integer(), nullable=False),
        sa.Column('closed_at', sa.String(length=27), nullable=False),
        sa.Column('closed_by_id', sa.String(length=64), nullable=False),
        sa.Column('training', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_day_closings_day', 'day_closings', ['day'])


def downgrade() -> None:
    op.drop_index('ix_day_closings_day', table_name='day_closings')
    op.drop_table('day_closings')
