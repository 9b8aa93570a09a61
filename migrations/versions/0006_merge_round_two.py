"""Merge the round-two area branches (article HTML, mail outbox, officials, trust, referral categories) into one head.

Revision ID: 0006
Revises: 0005_article_html, 0005_mail, 0005_officials, 0005_trust, 0005_referral_category
"""

revision = "0006"
down_revision = ("0005_article_html", "0005_mail", "0005_officials", "0005_trust", "0005_referral_category")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
