"""mail outbox and opt-outs of optional mails

Revision ID: 0005_mail
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_mail'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('mail_outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('to_addr', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('optional', sa.Boolean(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('message_id', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
    sa.Column('lease_until', sa.DateTime(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.String(length=500), nullable=True),
    sa.Column('eml_name', sa.String(length=200), nullable=True),
    sa.Column('ref', sa.String(length=80), nullable=True),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_mail_outbox_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_outbox')),
    sa.UniqueConstraint('message_id', name=op.f('uq_mail_outbox_message_id'))
    )
    with op.batch_alter_table('mail_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mail_outbox_request_id'), ['request_id'], unique=False)
        batch_op.create_index('ix_mail_outbox_state_next', ['state', 'next_attempt_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_mail_outbox_ref'), ['ref'], unique=False)
    op.create_table('mail_optout',
    sa.Column('address_hash', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('address_hash', 'kind', name=op.f('pk_mail_optout'))
    )


def downgrade():
    op.drop_table('mail_optout')
    with op.batch_alter_table('mail_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mail_outbox_ref'))
        batch_op.drop_index('ix_mail_outbox_state_next')
        batch_op.drop_index(batch_op.f('ix_mail_outbox_request_id'))
    op.drop_table('mail_outbox')
