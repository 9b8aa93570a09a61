"""per-host search-index cursor into the shared outbox

Revision ID: 0003_index_cursor
Revises: 0002
Create Date: 2026-11-24 12:40:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0003_index_cursor'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('index_cursor',
    sa.Column('host', sa.String(length=120), nullable=False),
    sa.Column('last_outbox_id', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('host', name=op.f('pk_index_cursor'))
    )


def downgrade():
    op.drop_table('index_cursor')
