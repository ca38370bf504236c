"""Exactly once with two entry paths and two workers: one queue key per pass, one local record per
platform record, and an owner + lease on every SENT row.

Why:

* A paper-import line was queued under the UiTPAS number and a counter sale under the passholder
  id, so one pass had two queue keys, both entries went out side by side and both read-backs
  claimed the same platform ticket sale. From now on the queue key of every sale, check-in and
  redemption is its UiTPAS number (``pass_key`` back-filled from the records where they hold the
  number in clear; a cancellation takes its original's key). On a live store the numbers are
  blind indexes and the key is not at hand here: the sync worker re-keys those open entries from
  their sealed payloads before it claims anything (balie.sync.queue.rekey_open).
* A platform record id may be tied to at most one local record: UNIQUE indexes on
  ``platform_id`` of ticket_sales, checkins and reward_redemptions (NULLs stay allowed). A store
  that already holds a doubly claimed id keeps the oldest claim; every later claimer loses the id
  and goes to "Te behandelen" with a note, so a person checks it instead of it being cancelled
  twice on the platform.
* ``sent_by`` / ``lease_until``: which worker sent a SENT row and until when its request may still
  be in flight; another worker reads such a row back only when that owner is gone or the lease
  ran out.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_CLAIMS = (('ticket_sales', 'ux_ticket_sales_platform_id'),
           ('checkins', 'ux_checkins_platform_id'),
           ('reward_redemptions', 'ux_reward_redemptions_platform_id'))

_BLIND = "i1:"  # balie.crypto.INDEX_PREFIX: a blind index, not a number (live stores)
_DOUBLE_CLAIM_NOTE = ("Dit UiTPAS-id was ook aan een andere handeling gekoppeld. Controleer in de "
                      "UiTPAS-backoffice of deze handeling er staat voor je iets annuleert.")


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sent_by', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('lease_until', sa.String(length=27), nullable=True))
    for table in ('ticket_sales', 'checkins', 'reward_redemptions'):
        op.execute(f"UPDATE outbox SET pass_key = (SELECT r.uitpas_number FROM {table} r "
                   f"WHERE r.client_uuid = outbox.client_uuid LIMIT 1) "
                   f"WHERE client_uuid IN (SELECT client_uuid FROM {table} "
                   f"WHERE uitpas_number NOT LIKE '{_BLIND}%')")
    op.execute("UPDATE outbox SET pass_key = (SELECT o.pass_key FROM outbox o "
               "WHERE o.client_uuid = outbox.depends_on) "
               "WHERE depends_on IS NOT NULL AND kind LIKE '%_CANCEL' "
               "AND EXISTS (SELECT 1 FROM outbox o WHERE o.client_uuid = outbox.depends_on)")
    conn = op.get_bind()
    for table, index in _CLAIMS:
        later = [r[0] for r in conn.execute(sa.text(
            f"SELECT DISTINCT client_uuid FROM {table} t WHERE platform_id IS NOT NULL AND EXISTS "
            f"(SELECT 1 FROM {table} o WHERE o.platform_id = t.platform_id AND o.id < t.id)"))]
        for client_uuid in later:
            conn.execute(sa.text(
                f"UPDATE {table} SET platform_id = NULL WHERE client_uuid = :u AND EXISTS "
                f"(SELECT 1 FROM {table} o WHERE o.platform_id = {table}.platform_id "
                f"AND o.id < {table}.id)"), {"u": client_uuid})
            conn.execute(sa.text(
                "UPDATE outbox SET status = 'NEEDS_ATTENTION', last_error = 'balie/double-claim', "
                "note = CASE WHEN note IS NULL THEN :n ELSE note || char(10) || :n END "
                "WHERE client_uuid = :u"), {"u": client_uuid, "n": _DOUBLE_CLAIM_NOTE})
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(index, ['platform_id'], unique=True)


def downgrade() -> None:
    for table, index in _CLAIMS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(index)
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('lease_until')
        batch_op.drop_column('sent_by')
