"""accountability rollups

Revision ID: 0003_accountability
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_accountability"
down_revision = "0002"
branch_labels = None
depends_on = None

MEASURES = ("received", "fc_n", "fc_in_norm", "res_n", "res_in_norm", "ctrl_n", "ctrl_sat",
            "ag_open", "ag_kept", "ag_broken")


def upgrade():
    op.create_table(
        "acc_daily",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("dim", sa.String(length=12), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        *[sa.Column(m, sa.Integer(), nullable=False) for m in MEASURES],
        sa.PrimaryKeyConstraint("day", "dim", "key", name=op.f("pk_acc_daily")),
    )
    op.create_table(
        "acc_duration",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("wd", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "kind", "wd", name=op.f("pk_acc_duration")),
    )
    op.create_index("ix_acc_duration_kind_day", "acc_duration", ["kind", "day", "wd", "n"])
    op.create_table(
        "acc_monthly",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("dim", sa.String(length=12), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        *[sa.Column(m, sa.Integer(), nullable=False) for m in MEASURES],
        sa.PrimaryKeyConstraint("month", "dim", "key", name=op.f("pk_acc_monthly")),
    )
    op.create_table(
        "acc_duration_monthly",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("wd", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("month", "kind", "wd", name=op.f("pk_acc_duration_monthly")),
    )
    op.create_table(
        "acc_dirty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acc_dirty")),
    )
    op.create_table(
        "acc_state",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_acc_state")),
    )
    op.create_index("ix_agreements_created_at", "agreements", ["created_at"])


def downgrade():
    op.drop_index("ix_agreements_created_at", table_name="agreements")
    op.drop_table("acc_state")
    op.drop_table("acc_dirty")
    op.drop_table("acc_duration_monthly")
    op.drop_table("acc_monthly")
    op.drop_index("ix_acc_duration_kind_day", table_name="acc_duration")
    op.drop_table("acc_duration")
    op.drop_table("acc_daily")
