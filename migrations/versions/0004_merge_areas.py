"""Merge the three area branches (accountability rollups, index cursor, rate-limit hits) into one head.

Revision ID: 0004
Revises: 0003_accountability, 0003_index_cursor, 0003_security
"""

revision = "0004"
down_revision = ("0003_accountability", "0003_index_cursor", "0003_security")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
