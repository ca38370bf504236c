"""First schema of the store: outbox, local records, reference data, caches, audit.

Frozen: a database made by this revision is committed under tests/core/data/ and must keep
upgrading. Change the schema in a new revision, never here.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.String(length=27), nullable=False),
    sa.Column('operator_id', sa.String(length=64), nullable=False),
    sa.Column('operator_name', sa.String(length=128), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('outbox_uuid', sa.String(length=36), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)

    op.create_table('card_systems',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('postal_codes', sa.Text(), nullable=False),
    sa.Column('social_tariff_settings', sa.Text(), nullable=False),
    sa.Column('fetched_at', sa.String(length=27), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('chip_numbers',
    sa.Column('chip_number', sa.String(length=20), nullable=False),
    sa.Column('uitpas_number', sa.String(length=13), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('learned_at', sa.String(length=27), nullable=False),
    sa.PrimaryKeyConstraint('chip_number')
    )
    op.create_table('events',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('organizer_id', sa.String(length=64), nullable=False),
    sa.Column('start', sa.String(length=27), nullable=False),
    sa.Column('end', sa.String(length=27), nullable=False),
    sa.Column('price_categories', sa.Text(), nullable=False),
    sa.Column('checkin_points', sa.Integer(), nullable=False),
    sa.Column('card_system_ids', sa.Text(), nullable=False),
    sa.Column('ticket_limit_volume', sa.Integer(), nullable=True),
    sa.Column('ticket_limit_period', sa.String(length=16), nullable=True),
    sa.Column('checkin_limit_volume', sa.Integer(), nullable=True),
    sa.Column('checkin_limit_period', sa.String(length=16), nullable=True),
    sa.Column('fetched_at', sa.String(length=27), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('client_uuid', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('operator_id', sa.String(length=64), nullable=False),
    sa.Column('operator_name', sa.String(length=128), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.String(length=27), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('pass_key', sa.String(length=64), nullable=True),
    sa.Column('depends_on', sa.String(length=36), nullable=True),
    sa.Column('provisional', sa.Boolean(), nullable=False),
    sa.Column('training', sa.Boolean(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('platform_ids', sa.Text(), nullable=True),
    sa.Column('problem_type', sa.String(length=200), nullable=True),
    sa.Column('end_user_message', sa.Text(), nullable=True),
    sa.Column('problem_detail', sa.Text(), nullable=True),
    sa.Column('sent_at', sa.String(length=27), nullable=True),
    sa.Column('finished_at', sa.String(length=27), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('client_uuid')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_pass_key_sequence', ['pass_key', 'sequence'], unique=False)
        batch_op.create_index('ix_outbox_status_sequence', ['status', 'sequence'], unique=False)

    op.create_table('pass_tariffs',
    sa.Column('uitpas_number', sa.String(length=13), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('regular_price_cents', sa.Integer(), nullable=False),
    sa.Column('offers', sa.Text(), nullable=False),
    sa.Column('end_user_message', sa.Text(), nullable=True),
    sa.Column('fetched_at', sa.String(length=27), nullable=False),
    sa.PrimaryKeyConstraint('uitpas_number', 'event_id', 'regular_price_cents')
    )
    op.create_table('passes_seen',
    sa.Column('uitpas_number', sa.String(length=13), nullable=False),
    sa.Column('passholder_id', sa.String(length=64), nullable=True),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('fetched_at', sa.String(length=27), nullable=False),
    sa.Column('last_seen_at', sa.String(length=27), nullable=False),
    sa.PrimaryKeyConstraint('uitpas_number')
    )
    with op.batch_alter_table('passes_seen', schema=None) as batch_op:
        batch_op.create_index('ix_passes_seen_last_seen_at', ['last_seen_at'], unique=False)
        batch_op.create_index('ix_passes_seen_passholder_id', ['passholder_id'], unique=False)

    op.create_table('rewards',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('card_system_ids', sa.Text(), nullable=False),
    sa.Column('redeem_start', sa.String(length=27), nullable=True),
    sa.Column('redeem_end', sa.String(length=27), nullable=True),
    sa.Column('online', sa.Boolean(), nullable=False),
    sa.Column('fetched_at', sa.String(length=27), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('sequence_counters',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('social_tariff_cards',
    sa.Column('snapshot_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('uitpas_number', sa.String(length=13), nullable=False),
    sa.Column('card_type', sa.String(length=8), nullable=False),
    sa.Column('available_tickets', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('snapshot_id', 'uitpas_number'),
    sqlite_with_rowid=False
    )
    op.create_table('social_tariff_current',
    sa.Column('card_system_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('snapshot_id', sa.Integer(), nullable=False),
    sa.Column('fetched_at', sa.String(length=27), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('card_system_id')
    )
    op.create_table('social_tariff_snapshots',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('card_system_id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.String(length=27), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('static_tariffs',
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('regular_price_cents', sa.Integer(), nullable=False),
    sa.Column('offers', sa.Text(), nullable=False),
    sa.Column('end_user_message', sa.Text(), nullable=True),
    sa.Column('fetched_at', sa.String(length=27), nullable=False),
    sa.PrimaryKeyConstraint('event_id', 'regular_price_cents')
    )
    op.create_table('checkins',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('client_uuid', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('event_name', sa.Text(), nullable=False),
    sa.Column('uitpas_number', sa.String(length=13), nullable=False),
    sa.Column('passholder_id', sa.String(length=64), nullable=True),
    sa.Column('points_expected', sa.Integer(), nullable=False),
    sa.Column('provisional', sa.Boolean(), nullable=False),
    sa.Column('training', sa.Boolean(), nullable=False),
    sa.Column('platform_id', sa.String(length=64), nullable=True),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('checked_in_at', sa.String(length=27), nullable=False),
    sa.Column('operator_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['client_uuid'], ['outbox.client_uuid'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('client_uuid')
    )
    with op.batch_alter_table('checkins', schema=None) as batch_op:
        batch_op.create_index('ix_checkins_checked_in_at', ['checked_in_at'], unique=False)

    op.create_table('passholder_changes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('client_uuid', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('uitpas_number', sa.String(length=13), nullable=True),
    sa.Column('card_system_id', sa.Integer(), nullable=True),
    sa.Column('price_cents', sa.Integer(), nullable=False),
    sa.Column('training', sa.Boolean(), nullable=False),
    sa.Column('platform_id', sa.String(length=64), nullable=True),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('operator_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['client_uuid'], ['outbox.client_uuid'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('client_uuid')
    )
    op.create_table('reward_redemptions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('client_uuid', sa.String(length=36), nullable=False),
    sa.Column('reward_id', sa.String(length=64), nullable=False),
    sa.Column('reward_title', sa.Text(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('uitpas_number', sa.String(length=13), nullable=False),
    sa.Column('passholder_id', sa.String(length=64), nullable=True),
    sa.Column('provisional', sa.Boolean(), nullable=False),
    sa.Column('training', sa.Boolean(), nullable=False),
    sa.Column('platform_id', sa.String(length=64), nullable=True),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('redeemed_at', sa.String(length=27), nullable=False),
    sa.Column('operator_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['client_uuid'], ['outbox.client_uuid'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('client_uuid')
    )
    with op.batch_alter_table('reward_redemptions', schema=None) as batch_op:
        batch_op.create_index('ix_reward_redemptions_redeemed_at', ['redeemed_at'], unique=False)

    op.create_table('ticket_sales',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('client_uuid', sa.String(length=36), nullable=False),
    sa.Column('line', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('event_name', sa.Text(), nullable=False),
    sa.Column('uitpas_number', sa.String(length=13), nullable=False),
    sa.Column('passholder_id', sa.String(length=64), nullable=True),
    sa.Column('tariff_id', sa.String(length=64), nullable=False),
    sa.Column('tariff_name', sa.Text(), nullable=False),
    sa.Column('tariff_type', sa.String(length=20), nullable=False),
    sa.Column('price_cents', sa.Integer(), nullable=False),
    sa.Column('regular_price_cents', sa.Integer(), nullable=False),
    sa.Column('provisional', sa.Boolean(), nullable=False),
    sa.Column('training', sa.Boolean(), nullable=False),
    sa.Column('platform_id', sa.String(length=64), nullable=True),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('sold_at', sa.String(length=27), nullable=False),
    sa.Column('operator_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['client_uuid'], ['outbox.client_uuid'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('client_uuid', 'line')
    )
    with op.batch_alter_table('ticket_sales', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_sales_sold_at', ['sold_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('ticket_sales', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_sales_sold_at')

    op.drop_table('ticket_sales')
    with op.batch_alter_table('reward_redemptions', schema=None) as batch_op:
        batch_op.drop_index('ix_reward_redemptions_redeemed_at')

    op.drop_table('reward_redemptions')
    op.drop_table('passholder_changes')
    with op.batch_alter_table('checkins', schema=None) as batch_op:
        batch_op.drop_index('ix_checkins_checked_in_at')

    op.drop_table('checkins')
    op.drop_table('static_tariffs')
    op.drop_table('social_tariff_snapshots')
    op.drop_table('social_tariff_current')
    op.drop_table('social_tariff_cards')
    op.drop_table('settings')
    op.drop_table('sequence_counters')
    op.drop_table('rewards')
    with op.batch_alter_table('passes_seen', schema=None) as batch_op:
        batch_op.drop_index('ix_passes_seen_passholder_id')
        batch_op.drop_index('ix_passes_seen_last_seen_at')

    op.drop_table('passes_seen')
    op.drop_table('pass_tariffs')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_status_sequence')
        batch_op.drop_index('ix_outbox_pass_key_sequence')

    op.drop_table('outbox')
    op.drop_table('events')
    op.drop_table('chip_numbers')
    op.drop_table('card_systems')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_at')

    op.drop_table('audit_log')
