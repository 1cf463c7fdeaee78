"""The database tables, as typed SQLAlchemy 2.0 models.

The database is the source of truth: the full-text index and any cache can be rebuilt
from these rows plus the content store.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class StoredFile(Base):
    """One file in the content store, addressed by the SHA-256 of its bytes."""

    __tablename__ = "files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    extension: Mapped[str] = mapped_column(String(16))
    added_at: Mapped[datetime] = mapped_column(DateTime)


class Asset(Base):
    """A piece of sales content: one stored file with its metadata."""

    __tablename__ = "assets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text)
    title_origin: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text, default="")
    summary_origin: Mapped[str] = mapped_column(String(16), default="extracted")
    sha256: Mapped[str] = mapped_column(ForeignKey("files.sha256"), index=True)
    format: Mapped[str] = mapped_column(String(8))
    source_path: Mapped[str | None] = mapped_column(Text, unique=True)
    source_name: Mapped[str] = mapped_column(Text)
    pages: Mapped[int | None] = mapped_column(Integer)
    has_text: Mapped[bool] = mapped_column(Boolean, default=True)
    author: Mapped[str | None] = mapped_column(Text)
    doc_created: Mapped[datetime | None] = mapped_column(DateTime)
    doc_modified: Mapped[datetime | None] = mapped_column(DateTime)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Added by migration 0002.
    expires_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Migration 0009: retired by marketing (from the hub); out of search, feedback kept.
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    file: Mapped[StoredFile] = relationship()
    tags: Mapped[list[AssetTag]] = relationship(
        back_populates="asset", cascade="all, delete-orphan"
    )
    text: Mapped[AssetText | None] = relationship(cascade="all, delete-orphan")


class AssetText(Base):
    """The extracted body text, apart from the asset row so listings stay light."""

    __tablename__ = "asset_texts"

    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), primary_key=True)
    body: Mapped[str] = mapped_column(Text)


class AssetTag(Base):
    """One tag value on an asset, from one origin.

    All origins are kept side by side; the effective tags of a facet are those of its
    highest-ranking origin (see ``enablement.catalog.tagging``), so a re-import can refresh the
    lower origins without touching what a person set by hand.
    """

    __tablename__ = "asset_tags"

    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), primary_key=True)
    facet: Mapped[str] = mapped_column(String(32), primary_key=True)
    value_key: Mapped[str] = mapped_column(String(120), primary_key=True)
    origin: Mapped[str] = mapped_column(String(16), primary_key=True)
    score: Mapped[float] = mapped_column(Float, default=1.0)

    asset: Mapped[Asset] = relationship(back_populates="tags")


class ImportSource(Base):
    """A path seen by an import, so an unchanged re-import is a stat() and no hashing."""

    __tablename__ = "import_sources"

    path: Mapped[str] = mapped_column(Text, primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mtime_ns: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16))
    metadata_stamp: Mapped[str] = mapped_column(Text, default="")


class Facet(Base):
    """A tagging dimension: stage, objection, kind, competitor, industry, persona."""

    __tablename__ = "facets"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    multi: Mapped[bool] = mapped_column(Boolean)
    open: Mapped[bool] = mapped_column(Boolean)
    position: Mapped[int] = mapped_column(Integer)

    values: Mapped[list[FacetValue]] = relationship(
        back_populates="facet_row", cascade="all, delete-orphan", order_by="FacetValue.position"
    )


class FacetValue(Base):
    """One value of a facet, with the phrases that suggest it."""

    __tablename__ = "facet_values"
    __table_args__ = (UniqueConstraint("facet", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    facet: Mapped[str] = mapped_column(ForeignKey("facets.name"))
    key: Mapped[str] = mapped_column(String(120))
    label: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    facet_row: Mapped[Facet] = relationship(back_populates="values")
    phrases: Mapped[list[ValuePhrase]] = relationship(cascade="all, delete-orphan")


class ValuePhrase(Base):
    """A phrase whose presence in a document suggests a facet value."""

    __tablename__ = "value_phrases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value_id: Mapped[int] = mapped_column(ForeignKey("facet_values.id"), index=True)
    phrase: Mapped[str] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float, default=1.0)


class SynonymGroup(Base):
    """Words and phrases search treats as one ("rfi", "request for information")."""

    __tablename__ = "synonym_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entries: Mapped[str] = mapped_column(Text)  # JSON list, each entry normalised
    origin: Mapped[str] = mapped_column(String(8))  # default, library or hub
    position: Mapped[int] = mapped_column(Integer, default=0)


class TaxonomyVersion(Base):
    """One row counting taxonomy changes (triggers keep it): a process holding the
    taxonomy reads it again when the count moved."""

    __tablename__ = "taxonomy_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class IndexQueueItem(Base):
    """An asset whose index document must be (re)written or deleted.

    The index is derived data: this table says what it still lacks. Rows left
    'in_progress' by a crash go back to 'pending' when the library opens.
    """

    __tablename__ = "index_queue"

    asset_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    queued_at: Mapped[datetime] = mapped_column(DateTime)


class RatingEvent(Base):
    """A rep's stars for an asset; the latest event per (asset, user) is their rating.

    Append-only with an id made here, so a sync can insert "unless present".
    """

    __tablename__ = "rating_events"
    __table_args__ = (
        CheckConstraint("stars BETWEEN 1 AND 5", name="stars_1_to_5"),
        # Covering indexes for insights.py: see migration 0007.
        Index("ix_rating_events_current", "asset_id", "user_name", "created_at", "id", "stars",
              "helped"),
        Index("ix_rating_events_deal", "deal_id", "asset_id", "created_at", "user_name"),
        Index("ix_rating_events_user_month", "user_name", text("substr(created_at, 1, 7)"),
              "stars", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"))
    user_name: Mapped[str] = mapped_column(Text)
    stars: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # '' when made on this laptop; the author's device when pulled from the hub (0009).
    device_id: Mapped[str] = mapped_column(String(36), default="", server_default="")
    # The rest of the rating form (migration 0007); all optional.
    helped: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deals.id", ondelete="SET NULL", name="fk_rating_events_deal"),
        nullable=True)
    deal_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    objections: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    comment: Mapped[str] = mapped_column(Text, default="", server_default="")


class Deal(Base):
    """An opportunity from a CRM export; (crm, external_id) is its identity."""

    __tablename__ = "deals"
    __table_args__ = (
        UniqueConstraint("crm", "external_id", name="uq_deals_crm_external_id"),
        Index("ix_deals_close", "close_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    crm: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    account: Mapped[str] = mapped_column(Text, default="", server_default="")
    amount: Mapped[float | None] = mapped_column(Float, nullable=True)
    stage: Mapped[str] = mapped_column(Text, default="", server_default="")
    is_closed: Mapped[bool] = mapped_column(Boolean)
    is_won: Mapped[bool] = mapped_column(Boolean)
    close_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    kind: Mapped[str] = mapped_column(Text, default="", server_default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


USAGE_ACTIONS = ("previewed", "opened", "exported", "used_on_call")


class UsageEvent(Base):
    """Something a rep did with an asset; append-only, id made here (see RatingEvent)."""

    __tablename__ = "usage_events"
    __table_args__ = (
        CheckConstraint("action IN ('previewed', 'opened', 'exported', 'used_on_call')",
                        name="usage_action"),
        Index("ix_usage_events_asset", "asset_id", "created_at", "action", "user_name"),
        Index("ix_usage_events_user_month", "user_name", text("substr(created_at, 1, 7)"),
              "action", "created_at"),
        Index("ix_usage_events_deal", "deal_id", "asset_id", "created_at", "user_name"),
        Index("ix_usage_events_search", "search_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"))
    user_name: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(16))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"),
                                                nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # '' when made on this laptop; the author's device when pulled from the hub (0009).
    device_id: Mapped[str] = mapped_column(String(36), default="", server_default="")
    search_id: Mapped[str | None] = mapped_column(
        ForeignKey("search_events.id", ondelete="SET NULL",
                   name="fk_usage_events_search"), nullable=True)


class SearchEvent(Base):
    """A settled search: what was asked, with which filters, and how many assets matched.
    Usage events carry the id of the search they came from."""

    __tablename__ = "search_events"
    __table_args__ = (
        Index("ix_search_events_time", "created_at"),
        Index("ix_search_events_user_month", "user_name", text("substr(created_at, 1, 7)"),
              "result_count", "opened", "created_at"),
        Index("ix_search_events_filtered", "created_at", "query_key", "filters",
              sqlite_where=text("filters != '{}'")),
        Index("ix_search_events_query", "query_key", "created_at", "result_count", "opened",
              "user_name"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_name: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    filters: Mapped[str] = mapped_column(Text)  # JSON: facet -> [value keys]
    sort: Mapped[str] = mapped_column(String(16))
    result_count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # '' when made on this laptop; the author's device when pulled from the hub (0009).
    device_id: Mapped[str] = mapped_column(String(36), default="", server_default="")
    # Set by the search_opened trigger (migration 0007) when a usage event names it.
    opened: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The text as grouped in reports: lower case, single spaces (searchlog.query_key).
    query_key: Mapped[str] = mapped_column(Text, default="", server_default="")


class ActivityDay(Base):
    """One person's searches, usage and ratings on one day, kept by triggers on the
    event tables (migration 0008): Insights reads these instead of every event."""

    __tablename__ = "activity_days"
    __table_args__ = {"sqlite_with_rowid": False}

    user_name: Mapped[str] = mapped_column(Text, primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # YYYY-MM-DD
    searches: Mapped[int] = mapped_column(Integer, server_default="0")
    zero_results: Mapped[int] = mapped_column(Integer, server_default="0")
    unclicked: Mapped[int] = mapped_column(Integer, server_default="0")  # found, not opened
    views: Mapped[int] = mapped_column(Integer, server_default="0")
    uses: Mapped[int] = mapped_column(Integer, server_default="0")
    calls: Mapped[int] = mapped_column(Integer, server_default="0")
    ratings: Mapped[int] = mapped_column(Integer, server_default="0")
    stars: Mapped[int] = mapped_column(Integer, server_default="0")
    last_at: Mapped[str | None] = mapped_column(Text)  # latest search or usage


FIELD_NOTE_KINDS = ("objection", "competitor")


class FieldNote(Base):
    """An objection heard or a competitor met on a deal, logged without an asset; it is
    what the coverage map weighs the library against."""

    __tablename__ = "field_notes"
    __table_args__ = (
        CheckConstraint("kind IN ('objection', 'competitor')", name="field_note_kind"),
        Index("ix_field_notes_kind_time", "kind", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    value_key: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(Text, default="", server_default="")
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"),
                                                nullable=True)
    deal_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # '' when made on this laptop; the author's device when pulled from the hub (0009).
    device_id: Mapped[str] = mapped_column(String(36), default="", server_default="")


class ContentRequest(Base):
    """"Needed X for Y, found nothing": what marketing should make next."""

    __tablename__ = "content_requests"
    __table_args__ = (Index("ix_content_requests_time", "created_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_name: Mapped[str] = mapped_column(Text)
    need: Mapped[str] = mapped_column(Text)
    query: Mapped[str] = mapped_column(Text, default="", server_default="")
    stage: Mapped[str] = mapped_column(Text, default="", server_default="")
    objection: Mapped[str] = mapped_column(Text, default="", server_default="")
    search_id: Mapped[str | None] = mapped_column(
        ForeignKey("search_events.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # '' when made on this laptop; the author's device when pulled from the hub (0009).
    device_id: Mapped[str] = mapped_column(String(36), default="", server_default="")


class SyncMeta(Base):
    """This laptop's device id, the hub cursors and the last sync (migration 0009)."""

    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncOutbox(Base):
    """What to push, in order; filled by triggers on the event tables and deals."""

    __tablename__ = "sync_outbox"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    ref: Mapped[str] = mapped_column(Text)


class RoiRun(Base):
    """One run of an ROI calculator: the prospect's numbers and the answers (0010)."""

    __tablename__ = "roi_runs"
    __table_args__ = (Index("ix_roi_runs_asset_time", "asset_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"))
    user_name: Mapped[str] = mapped_column(Text)
    inputs: Mapped[str] = mapped_column(Text)    # JSON: name -> number
    results: Mapped[str] = mapped_column(Text)   # JSON: name -> number, or {"error": ...}
    created_at: Mapped[datetime] = mapped_column(DateTime)
    device_id: Mapped[str] = mapped_column(String(36), default="", server_default="")
