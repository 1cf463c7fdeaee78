"""What the faces (the window, the command line) may use: the door and its result types.

``Library.open(path)`` is the one door: its services (``library.catalog``, ``.imports``,
``.search``, ``.feedback``, ``.insights``, ``.roi``, ``.sync``) do every read and write,
and each write returns a ``Changes``. The window imports nothing else of the core (a
test checks): no SQLAlchemy, no models, no module functions that take a session.
"""

from __future__ import annotations

from enablement.catalog.assets import AssetView, BulkEdit, TagView
from enablement.catalog.export import ExportResult
from enablement.catalog.learning import LearningSummary
from enablement.catalog.review import Reason, ReviewItem, ReviewQueue
from enablement.catalog.synonyms import Synonyms
from enablement.catalog.taxonomy import Taxonomy
from enablement.changes import IMPORTED, NOTHING, Changes
from enablement.demo.history import HistorySummary
from enablement.errors import Cancelled, LibraryTooNew, UserError
from enablement.feedback.deals import DealImportReport
from enablement.feedback.forms import DealChoice
from enablement.feedback.ratings import MyRating, RatingSummary
from enablement.feedback.service import (
    AssetFeedback,
    FieldNoteForm,
    FormChoices,
    RatingForm,
    RequestForm,
    SavedNote,
    SavedRating,
)
from enablement.feedback.usage import UsageCounts
from enablement.formats import extension_globs, format_label, opens_as_calculator
from enablement.imports.results import (
    FileResult,
    FileTag,
    ImportOptions,
    ImportProgress,
    ImportReport,
    Status,
)
from enablement.insights.figures import (
    GAP_MIN_DEMAND,
    MIN_SAMPLE,
    THIN_RATIO,
    AssetScore,
    CoverageCell,
    InsightFilter,
    Insights,
    MonthTrend,
    RepAdoption,
)
from enablement.library import Library, LibraryFacts
from enablement.roi.calculator import Calculator
from enablement.roi.fields import Field, Result, Run, format_value, parse_number
from enablement.roi.service import CalculatorUse, InputSpread
from enablement.search.preview import (
    NoPreview,
    PdfPreview,
    Preview,
    SheetPreview,
    SheetView,
    TextPreview,
)
from enablement.search.recommend import CallContext, Recommendation
from enablement.search.repair import IndexRepairing
from enablement.search.service import AssetHit, AssetPreview, SearchRequest, SearchResponse
from enablement.store.disk import DiskFull, full_disk_message, is_disk_full
from enablement.sync.service import (
    DATABASE,
    LOGIN,
    OFFLINE,
    SCHEMA,
    HubSetUp,
    Published,
    SyncService,
)

__all__ = [
    "DATABASE", "GAP_MIN_DEMAND", "IMPORTED", "LOGIN", "MIN_SAMPLE", "NOTHING", "OFFLINE",
    "SCHEMA", "THIN_RATIO", "AssetFeedback", "AssetHit", "AssetPreview", "AssetScore",
    "AssetView", "BulkEdit", "Calculator", "CalculatorUse", "CallContext", "Cancelled",
    "Changes", "CoverageCell", "DealChoice", "DealImportReport", "DiskFull", "ExportResult",
    "Field", "FieldNoteForm", "FileResult", "FileTag", "FormChoices", "HistorySummary", "HubSetUp",
    "ImportOptions", "ImportProgress", "ImportReport", "IndexRepairing", "InputSpread",
    "InsightFilter", "Insights", "LearningSummary", "Library", "LibraryFacts", "LibraryTooNew",
    "MonthTrend",
    "MyRating", "NoPreview", "PdfPreview", "Preview", "Published", "RatingForm",
    "RatingSummary", "Reason", "Recommendation", "RepAdoption", "RequestForm", "Result",
    "ReviewItem", "ReviewQueue", "Run",
    "SavedNote", "SavedRating", "SearchRequest", "SearchResponse", "SheetPreview", "SheetView",
    "Status", "SyncService", "Synonyms", "TagView", "Taxonomy", "TextPreview", "UsageCounts",
    "UserError",
    "extension_globs", "format_label", "format_value", "full_disk_message", "is_disk_full",
    "opens_as_calculator", "parse_number",
]
