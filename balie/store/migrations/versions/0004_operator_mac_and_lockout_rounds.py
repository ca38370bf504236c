"""Operator rows carry a MAC; lock-outs escalate over rounds.

Why: a role changed in the database file (a cashier making themselves supervisor) must be refused,
so every operator row is signed with a key from the OS keyring (``mac``; see balie.operators).
Rows of an older version have no MAC yet: the app signs them once, at the first open after this
migration (it has the key then; the migration has not). ``lockout_rounds`` counts lock-outs in a
row, so each next lock-out lasts longer and the last one waits for a supervisor.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('operators') as batch_op:
        batch_op.add_column(sa.Column('lockout_rounds', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('mac', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('operators') as batch_op:
        batch_op.drop_column('mac')
        batch_op.drop_column('lockout_rounds')
