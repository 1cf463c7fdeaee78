"""The first library schema: files, assets, tags, taxonomy, import sources, index queue.

Frozen: later changes go in later steps, so an old laptop's library upgrades in place.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("extension", sa.String(16), nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "assets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("title_origin", sa.String(16), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("summary_origin", sa.String(16), nullable=False),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("files.sha256"), nullable=False),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("source_path", sa.Text, unique=True),
        sa.Column("source_name", sa.Text, nullable=False),
        sa.Column("pages", sa.Integer),
        sa.Column("has_text", sa.Boolean, nullable=False),
        sa.Column("author", sa.Text),
        sa.Column("doc_created", sa.DateTime),
        sa.Column("doc_modified", sa.DateTime),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_assets_sha256", "assets", ["sha256"])
    op.create_table(
        "asset_texts",
        sa.Column("asset_id", sa.Integer, sa.ForeignKey("assets.id"), primary_key=True),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_table(
        "asset_tags",
        sa.Column("asset_id", sa.Integer, sa.ForeignKey("assets.id"), primary_key=True),
        sa.Column("facet", sa.String(32), primary_key=True),
        sa.Column("value_key", sa.String(120), primary_key=True),
        sa.Column("origin", sa.String(16), primary_key=True),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_table(
        "import_sources",
        sa.Column("path", sa.Text, primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("mtime_ns", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column(
            "asset_id", sa.Integer, sa.ForeignKey("assets.id", ondelete="SET NULL")
        ),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("metadata_stamp", sa.Text, nullable=False),
    )
    op.create_table(
        "facets",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("multi", sa.Boolean, nullable=False),
        sa.Column("open", sa.Boolean, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "facet_values",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("facet", sa.String(32), sa.ForeignKey("facets.name"), nullable=False),
        sa.Column("key", sa.String(120), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("facet", "key"),
    )
    op.create_table(
        "value_phrases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("value_id", sa.Integer, sa.ForeignKey("facet_values.id"), nullable=False),
        sa.Column("phrase", sa.Text, nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
    )
    op.create_index("ix_value_phrases_value_id", "value_phrases", ["value_id"])
    op.create_table(
        "index_queue",
        sa.Column("asset_id", sa.Integer, primary_key=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("queued_at", sa.DateTime, nullable=False),
    )
