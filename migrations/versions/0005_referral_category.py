"""referral reason category: why a request went to a formal route, counted on the accountability pages

Revision ID: 0005_referral_category
Revises: 0004

A nullable column; existing referrals keep their free-text reason and count as "category not recorded". The
accountability rollups gain a dimension, so they are marked for a rebuild (they are derived data; nothing is lost).
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_referral_category'
down_revision = '0004'
branch_labels = None
depends_on = None


def _rebuild_rollups():
    op.execute(sa.text("UPDATE acc_state SET value = 0 WHERE key = 'built'"))


def upgrade():
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.add_column(sa.Column('referral_category', sa.String(length=30), nullable=True))
    _rebuild_rollups()


def downgrade():
    op.execute(sa.text("DELETE FROM acc_daily WHERE dim = 'category'"))
    op.execute(sa.text("DELETE FROM acc_monthly WHERE dim = 'category'"))
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_column('referral_category')
