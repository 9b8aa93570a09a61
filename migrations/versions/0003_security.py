"""rate-limit hits shared by all workers

Revision ID: 0003_security
Revises: 0002
Create Date: 2026-11-24 12:20:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0003_security'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('rate_limit_hits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scope', sa.String(length=20), nullable=False),
    sa.Column('client', sa.String(length=32), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rate_limit_hits'))
    )
    with op.batch_alter_table('rate_limit_hits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rate_limit_hits_at'), ['at'], unique=False)
        batch_op.create_index('ix_rate_limit_hits_scope_client_at', ['scope', 'client', 'at'], unique=False)


def downgrade():
    with op.batch_alter_table('rate_limit_hits', schema=None) as batch_op:
        batch_op.drop_index('ix_rate_limit_hits_scope_client_at')
        batch_op.drop_index(batch_op.f('ix_rate_limit_hits_at'))
    op.drop_table('rate_limit_hits')
