"""the commons: followed portals, the change log of own articles, source columns on articles

Revision ID: 0007_commons
Revises: 0006
Create Date: 2026-12-03 09:10:00

The change log starts with one row per own article that is published or withdrawn today, in article order,
so a follower that starts from the beginning gets every article. Downgrading first deletes the imported
articles (they belong to the followed portals and come back with the next sync after an upgrade), then drops
the columns and tables; own articles are untouched.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_commons'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('commons_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('base_url', sa.String(length=300), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('licence', sa.String(length=60), nullable=False),
    sa.Column('attribution', sa.String(length=300), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('last_success_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('last_error', sa.String(length=300), nullable=True),
    sa.Column('cursor', sa.String(length=40), nullable=False),
    sa.Column('etag', sa.String(length=120), nullable=True),
    sa.Column('article_count', sa.Integer(), nullable=False),
    sa.Column('figures_json', sa.Text(), nullable=True),
    sa.Column('figures_period', sa.String(length=40), nullable=True),
    sa.Column('figures_fetched_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commons_sources')),
    sa.UniqueConstraint('base_url', name=op.f('uq_commons_sources_base_url')),
    sa.UniqueConstraint('code', name=op.f('uq_commons_sources_code'))
    )
    op.create_table('commons_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commons_changes')),
    sqlite_autoincrement=True,
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('source_reference', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('source_url', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('source_licence', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('source_attribution', sa.String(length=300), nullable=True))
        batch_op.create_index(batch_op.f('ix_articles_source_id'), ['source_id'], unique=False)
        batch_op.create_unique_constraint('uq_articles_source_reference', ['source_id', 'source_reference'])
        batch_op.create_foreign_key(batch_op.f('fk_articles_source_id_commons_sources'), 'commons_sources',
                                    ['source_id'], ['id'])

    articles = sa.table('articles', sa.column('id', sa.Integer), sa.column('reference', sa.String),
                        sa.column('status', sa.String))
    changes = sa.table('commons_changes', sa.column('reference', sa.String), sa.column('created_at', sa.DateTime))
    conn = op.get_bind()
    now = conn.execute(sa.select(sa.func.current_timestamp())).scalar()
    if isinstance(now, str):  # SQLite returns text
        import datetime as dt
        now = dt.datetime.fromisoformat(now)
    conn.execute(changes.insert().from_select(
        ['reference', 'created_at'],
        sa.select(articles.c.reference, sa.literal(now, sa.DateTime))
        .where(articles.c.status.in_(['published', 'withdrawn'])).order_by(articles.c.id),
    ))


def downgrade():
    articles = sa.table('articles', sa.column('source_id', sa.Integer), sa.column('reference', sa.String))
    outbox = sa.table('index_outbox', sa.column('reference', sa.String), sa.column('op', sa.String),
                      sa.column('created_at', sa.DateTime))
    conn = op.get_bind()
    now = conn.execute(sa.select(sa.func.current_timestamp())).scalar()
    if isinstance(now, str):
        import datetime as dt
        now = dt.datetime.fromisoformat(now)
    # Imported articles leave the search index too (the index writer applies these deletes).
    conn.execute(outbox.insert().from_select(
        ['reference', 'op', 'created_at'],
        sa.select(articles.c.reference, sa.literal('delete'), sa.literal(now, sa.DateTime))
        .where(articles.c.source_id.is_not(None)),
    ))
    conn.execute(articles.delete().where(articles.c.source_id.is_not(None)))
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_articles_source_id_commons_sources'), type_='foreignkey')
        batch_op.drop_constraint('uq_articles_source_reference', type_='unique')
        batch_op.drop_index(batch_op.f('ix_articles_source_id'))
        batch_op.drop_column('source_attribution')
        batch_op.drop_column('source_licence')
        batch_op.drop_column('source_url')
        batch_op.drop_column('source_reference')
        batch_op.drop_column('source_id')
    op.drop_table('commons_changes')
    op.drop_table('commons_sources')
