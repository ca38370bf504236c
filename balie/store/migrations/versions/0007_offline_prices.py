"""Offline prices: the organizers' regions, and price differences found after sync.

Why: ``GET /tariffs/static`` is the kansentarief of a holder of the *organizer's* region only, so
the counter must know which card systems an organizer belongs to before it may call a static price
certain (``organizers``). And every difference between what the counter charged offline and what
UiTPAS booked must reach a person as a "Te behandelen" item (give back or collect) and the day
report (``price_differences``), instead of a note in the history nobody reads.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'organizers',
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('card_system_ids', sa.Text(), nullable=False),
        sa.Column('fetched_at', sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'price_differences',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('client_uuid', sa.String(length=36), nullable=False),
        sa.Column('event_id', sa.String(length=64), nullable=False),
        sa.Column('event_name', sa.Text(), nullable=False),
        sa.Column('uitpas_number', sa.Text(), nullable=False),
        sa.Column('tariff_name', sa.Text(), nullable=False),
        sa.Column('tickets', sa.Integer(), nullable=False),
        sa.Column('charged_cents', sa.Integer(), nullable=False),
        sa.Column('booked_cents', sa.Integer(), nullable=False),
        sa.Column('message_nl', sa.Text(), nullable=False),
        sa.Column('sold_at', sa.String(length=27), nullable=False),
        sa.Column('found_at', sa.String(length=27), nullable=False),
        sa.Column('training', sa.Boolean(), nullable=False),
        sa.Column('settled_at', sa.String(length=27), nullable=True),
        sa.Column('settled_by', sa.String(length=128), nullable=True),
        sa.Column('settled_note', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('client_uuid'),
    )
    op.create_index('ix_price_differences_sold_at', 'price_differences', ['sold_at'])


def downgrade() -> None:
    op.drop_index('ix_price_differences_sold_at', table_name='price_differences')
    op.drop_table('price_differences')
    op.drop_table('organizers')
