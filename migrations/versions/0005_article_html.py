"""articles.body_html: the article's Markdown rendered once (sanitised) when it is saved or imported

Revision ID: 0005_article_html
Revises: 0004
Create Date: 2026-12-03 06:30:00

Existing articles are rendered here, in batches, with the same bounded renderer the portal uses at save time
(Markdown it refuses is stored as escaped plain paragraphs, so no text is lost). Downgrading drops the column:
it only ever holds what can be made again from `body`.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_article_html'
down_revision = '0004'
branch_labels = None
depends_on = None

BATCH = 500


def upgrade():
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('body_html', sa.Text(), nullable=True))

    from knowledgebase.render import render_markdown

    articles = sa.table('articles', sa.column('id', sa.Integer), sa.column('body', sa.Text),
                        sa.column('body_html', sa.Text))
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(sa.select(articles.c.id, articles.c.body).where(articles.c.id > last)
                            .order_by(articles.c.id).limit(BATCH)).all()
        if not rows:
            break
        for row_id, body in rows:
            conn.execute(articles.update().where(articles.c.id == row_id)
                         .values(body_html=render_markdown(body or "")))
        last = rows[-1][0]


def downgrade():
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('body_html')
