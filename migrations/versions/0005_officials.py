"""officials take part (invitations, official requests), residents add information, opschorting

Revision ID: 0005_officials
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005_officials"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("officials", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(length=254), nullable=True))
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("paused_since", sa.DateTime(), nullable=True))
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("official_confirmed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("official_done_at", sa.DateTime(), nullable=True))

    op.create_table(
        "official_invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("official_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"],
                                name=op.f("fk_official_invitations_request_id_requests")),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreements.id"],
                                name=op.f("fk_official_invitations_agreement_id_agreements")),
        sa.ForeignKeyConstraint(["official_id"], ["officials.id"],
                                name=op.f("fk_official_invitations_official_id_officials")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_official_invitations_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_invitations")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_official_invitations_token_hash")),
    )
    op.create_index(op.f("ix_official_invitations_request_id"), "official_invitations", ["request_id"])

    op.create_table(
        "official_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=False),
        sa.Column("resident_agreed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"],
                                name=op.f("fk_official_requests_request_id_requests")),
        sa.ForeignKeyConstraint(["official_id"], ["officials.id"],
                                name=op.f("fk_official_requests_official_id_officials")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_requests")),
        sa.UniqueConstraint("request_id", name=op.f("uq_official_requests_request_id")),
    )

    op.create_table(
        "request_suspensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("workdays", sa.Integer(), nullable=True),
        sa.Column("started_by_id", sa.Integer(), nullable=True),
        sa.Column("ended_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"],
                                name=op.f("fk_request_suspensions_request_id_requests")),
        sa.ForeignKeyConstraint(["started_by_id"], ["users.id"],
                                name=op.f("fk_request_suspensions_started_by_id_users")),
        sa.ForeignKeyConstraint(["ended_by_id"], ["users.id"],
                                name=op.f("fk_request_suspensions_ended_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_suspensions")),
    )
    op.create_index(op.f("ix_request_suspensions_request_id"), "request_suspensions", ["request_id"])

    op.create_table(
        "resident_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"],
                                name=op.f("fk_resident_messages_request_id_requests")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident_messages")),
    )
    op.create_index(op.f("ix_resident_messages_request_id"), "resident_messages", ["request_id"])

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("stored_name", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=120), nullable=False),
        sa.Column("content_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"], name=op.f("fk_attachments_request_id_requests")),
        sa.ForeignKeyConstraint(["message_id"], ["resident_messages.id"],
                                name=op.f("fk_attachments_message_id_resident_messages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    op.create_index(op.f("ix_attachments_request_id"), "attachments", ["request_id"])
    op.create_index(op.f("ix_attachments_message_id"), "attachments", ["message_id"])


def downgrade():
    op.drop_index(op.f("ix_attachments_message_id"), table_name="attachments")
    op.drop_index(op.f("ix_attachments_request_id"), table_name="attachments")
    op.drop_table("attachments")
    op.drop_index(op.f("ix_resident_messages_request_id"), table_name="resident_messages")
    op.drop_table("resident_messages")
    op.drop_index(op.f("ix_request_suspensions_request_id"), table_name="request_suspensions")
    op.drop_table("request_suspensions")
    op.drop_table("official_requests")
    op.drop_index(op.f("ix_official_invitations_request_id"), table_name="official_invitations")
    op.drop_table("official_invitations")
    # Plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35 and PostgreSQL): a batch copy of `requests` would drop
    # the table while other tables' foreign keys point at it, which SQLite refuses once rows exist.
    op.drop_column("agreements", "official_done_at")
    op.drop_column("agreements", "official_confirmed_at")
    op.drop_column("requests", "paused_since")
    op.drop_column("officials", "email")
