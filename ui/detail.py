"""The right-hand pane: what the asset is, its tags and where each came from, a preview."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from enablement.api import AssetView, TagView, format_label
from ui.plaintext import escape, plain_label, rich_label, tooltip
from ui.preview import PreviewPane

ORIGIN_WORDS = {
    "manual": "set by hand", "manifest": "from manifest.csv", "sidecar": "from .meta.json",
    "properties": "from the file's properties", "suggestion": "suggested from the text",
}
CONFIRMED_ORIGINS = {"manual", "manifest", "sidecar", "properties"}


class AssetDetail(QWidget):
    open_requested = Signal(int)
    export_requested = Signal()
    edit_requested = Signal()
    confirm_requested = Signal(int, str, str)  # asset id, facet, value key
    rate_requested = Signal(int, int)  # asset id, stars
    rate_form_requested = Signal(int)  # asset id: the full form
    used_requested = Signal(int)  # asset id: "I used this on a call"
    calculator_requested = Signal(int)  # asset id: open it as an ROI calculator

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assetDetail")
        self.view: AssetView | None = None
        self.facet_labels: dict[str, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("detailSplitter")
        outer.addWidget(self.splitter)

        info = QWidget()
        layout = QVBoxLayout(info)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = plain_label("Nothing selected")  # titles come from files and people
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        self.facts = rich_label()  # markup on purpose; every part of it escaped
        self.facts.setObjectName("detailFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts)

        buttons = QHBoxLayout()
        self.open_button = QPushButton("Open")
        self.open_button.setToolTip("Open in the system's application (Enter)")
        self.open_button.clicked.connect(self._open)
        self.export_button = QPushButton("Export…")
        self.export_button.setToolTip("Copy the selected assets to a folder")
        self.export_button.clicked.connect(self.export_requested.emit)
        self.edit_button = QPushButton("Edit tags…")
        self.edit_button.clicked.connect(self.edit_requested.emit)
        self.used_button = QPushButton("Used on a call")
        self.used_button.setToolTip("Say you used this asset on a call; it counts for "
                                    "marketing's reports")
        self.used_button.clicked.connect(
            lambda: self.view is not None and self.used_requested.emit(self.view.asset_id))
        self.calculator_button = QPushButton("Calculator…")
        self.calculator_button.setObjectName("calculatorButton")
        self.calculator_button.setToolTip("Run this ROI calculator with the prospect's numbers")
        self.calculator_button.clicked.connect(
            lambda: self.view is not None and self.calculator_requested.emit(self.view.asset_id))
        self.calculator_button.setVisible(False)
        for button in (self.open_button, self.export_button, self.edit_button,
                       self.used_button, self.calculator_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        rating_row = QHBoxLayout()
        self.rating_label = QLabel("")
        self.rating_label.setObjectName("ratingLabel")
        rating_row.addWidget(self.rating_label)
        rating_row.addWidget(QLabel("Your rating:"))
        self.star_buttons: list[QToolButton] = []
        for stars in range(1, 6):
            button = QToolButton()
            button.setText("☆")
            button.setAutoRaise(True)
            button.setObjectName(f"star{stars}")
            button.setToolTip(f"Rate {stars} of 5: how useful was this asset?")
            button.clicked.connect(lambda _=False, n=stars: self._rate(n))
            rating_row.addWidget(button)
            self.star_buttons.append(button)
        self.rate_form_button = QPushButton("Rate after the call…")
        self.rate_form_button.setObjectName("rateFormButton")
        self.rate_form_button.setToolTip("Stars, whether it helped move the deal, the deal, "
                                         "the objections it answered and a comment")
        self.rate_form_button.clicked.connect(
            lambda: self.view is not None and self.rate_form_requested.emit(self.view.asset_id))
        rating_row.addWidget(self.rate_form_button)
        rating_row.addStretch(1)
        layout.addLayout(rating_row)
        self.usage_label = QLabel("")
        self.usage_label.setObjectName("usageLabel")
        layout.addWidget(self.usage_label)

        self.tags = QGridLayout()
        self.tags.setColumnStretch(1, 1)
        layout.addLayout(self.tags)
        self.suggested_title = QLabel("<b>Suggested, not confirmed</b>")
        layout.addWidget(self.suggested_title)
        self.suggested = QVBoxLayout()
        layout.addLayout(self.suggested)
        self.confirm_buttons: list[QPushButton] = []
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("detailInfo")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(info)
        self.splitter.addWidget(scroll)

        self.preview = PreviewPane()
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([280, 420])
        self.show_view(None)

    def show_view(self, view: AssetView | None) -> None:
        self.view = view
        self.calculator_button.setVisible(view is not None and view.format == "xlsx")
        for button in (self.open_button, self.export_button, self.edit_button,
                       self.used_button, self.rate_form_button, *self.star_buttons):
            button.setEnabled(view is not None)
        if view is None:
            self.usage_label.setText("")
        self._clear_tags()
        if view is None:
            self.title.setText("Nothing selected")
            self.facts.setText("Pick a result to see its tags and a preview.")
            self.suggested_title.setVisible(False)
            self.preview.show_message("Select an asset to preview it.")
            return
        self.title.setText(view.title)
        kind = view.tags.get("kind")
        parts = [
            kind[0].label if kind else "No kind yet",
            format_label(view.format)
            + (f", {view.pages} pages" if view.pages else ""),
            f"Source: {view.source_name}",
            f"Imported {view.imported_at:%d %b %Y}",
            f"Updated {view.updated_at:%d %b %Y}",
        ]
        if view.expires_on:
            parts.append(f"Expires {view.expires_on:%d %b %Y}")
        if not view.has_text:
            parts.append("No text layer (a scan?)")
        facts = " · ".join(escape(p) for p in parts)
        if view.summary:
            facts += f"<br><i>{escape(view.summary[:300])}</i>"
        self.facts.setText(facts)

        row = 0
        for facet, values in view.tags.items():
            confirmed = [t for t in values if t.origin in CONFIRMED_ORIGINS]
            if not confirmed:
                continue
            self._tag_row(row, facet, confirmed)
            row += 1
        suggestions = [(facet, t) for facet, values in view.tags.items()
                       for t in values if t.origin not in CONFIRMED_ORIGINS]
        suggestions += [(facet, t) for facet, values in view.suggested.items() for t in values]
        for facet, tag in suggestions:
            self._suggestion_row(view.asset_id, facet, tag)
        self.suggested_title.setVisible(bool(suggestions))

    def show_rating(self, votes: int, mean: float | None, mine: int | None) -> None:
        self.rating_label.setText(
            f"★ {mean:.1f} from {votes} rating{'s' if votes != 1 else ''}  ·"
            if votes and mean is not None else "Not rated yet  ·")
        for stars, button in enumerate(self.star_buttons, 1):
            button.setText("★" if mine is not None and stars <= mine else "☆")

    def show_usage(self, previewed: int, opened: int, exported: int, used: int,
                   last_used: datetime | None) -> None:
        parts = [f"Previewed {previewed}×", f"opened {opened}×", f"exported {exported}×",
                 f"used on {used} call{'s' if used != 1 else ''}"]
        if last_used is not None:
            parts.append(f"last {last_used:%d %b %Y}")
        self.usage_label.setText(" · ".join(parts))

    def my_stars(self) -> int:
        return sum(1 for button in self.star_buttons if button.text() == "★")

    def _rate(self, stars: int) -> None:
        if self.view is not None:
            self.rate_requested.emit(self.view.asset_id, stars)

    def tag_texts(self) -> list[str]:
        """What the tag grid says, row by row ("Objection: Security review (set by hand)")."""
        texts = []
        for row in range(self.tags.rowCount()):
            name = self.tags.itemAtPosition(row, 0)
            values = self.tags.itemAtPosition(row, 1)
            if name and values:
                texts.append(f"{name.widget().text()} {values.widget().text()}")
        return texts

    def _tag_row(self, row: int, facet: str, tags: list[TagView]) -> None:
        name = plain_label(f"{self.facet_labels.get(facet, facet)}:")
        values = plain_label(", ".join(f"{t.label} ({ORIGIN_WORDS.get(t.origin, t.origin)})"
                                       for t in tags))
        values.setWordWrap(True)
        values.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tags.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        self.tags.addWidget(values, row, 1)

    def _suggestion_row(self, asset_id: int, facet: str, tag: TagView) -> None:
        line = QWidget()
        layout = QHBoxLayout(line)
        layout.setContentsMargins(0, 0, 0, 0)
        origin = ORIGIN_WORDS.get(tag.origin, tag.origin)
        facet_label = self.facet_labels.get(facet, facet)
        label = rich_label(f"{escape(facet_label)}: {escape(tag.label)} "
                           f"<span style='color:gray'>({escape(origin)})</span>")
        button = QPushButton("Confirm")
        button.setToolTip(tooltip(f"Make “{tag.label}” a confirmed {facet} tag"))
        button.setObjectName(f"confirm:{facet}:{tag.key}")
        button.clicked.connect(
            lambda _=False, f=facet, k=tag.key: self.confirm_requested.emit(asset_id, f, k))
        layout.addWidget(label, 1)
        layout.addWidget(button)
        self.suggested.addWidget(line)
        self.confirm_buttons.append(button)

    def _clear_tags(self) -> None:
        for layout in (self.tags, self.suggested):
            while layout.count():
                widget = layout.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
        self.confirm_buttons = []

    def _open(self) -> None:
        if self.view is not None:
            self.open_requested.emit(self.view.asset_id)
