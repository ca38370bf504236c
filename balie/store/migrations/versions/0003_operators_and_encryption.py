"""Operators who sign in with a PIN or badge; drop caches that held personal data in clear.

Why: every action must carry a signed-in operator with a role (cashier, registrar, supervisor),
PINs are kept only as slow salted hashes, and repeated wrong PINs lock the operator out for a
while (``failed_attempts`` / ``locked_until``). A badge is kept as a keyed blind index, never the
badge's chip UID itself.

From this revision on, the pass cache (passes_seen, chip_numbers) and the per-pass tariff cache
hold pass numbers only as keyed blind indexes and snapshots only encrypted (balie.crypto). Rows
written before are plain text and cannot be converted here (the key lives in the OS keyring, not
in the migration), so these caches are emptied: they are caches, the counter relearns them at the
next online lookup.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'operators',
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('name', sa.String(length=128), nullable=False),
        sa.Column('role', sa.String(length=32), nullable=False),
        sa.Column('pin_hash', sa.Text(), nullable=False),
        sa.Column('badge_index', sa.String(length=64), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('failed_attempts', sa.Integer(), nullable=False),
        sa.Column('locked_until', sa.String(length=27), nullable=True),
        sa.Column('created_at', sa.String(length=27), nullable=False),
        sa.Column('last_sign_in_at', sa.String(length=27), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('badge_index'),
    )
    op.execute("DELETE FROM passes_seen")
    op.execute("DELETE FROM chip_numbers")
    op.execute("DELETE FROM pass_tariffs")


def downgrade() -> None:
    op.drop_table('operators')
