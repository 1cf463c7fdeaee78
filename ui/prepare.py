""""Prepare for a call": describe the deal, get ranked assets and why each one is there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enablement.api import CallContext, Taxonomy

ANY = "(any)"
KEY_ROLE = Qt.ItemDataRole.UserRole + 30


class PreparePanel(QWidget):
    recommend_requested = Signal(object)  # CallContext

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preparePanel")
        layout = QVBoxLayout(self)
        intro = QLabel("Describe the call; the library ranks the assets whose tags match "
                       "and says why.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.stage = QComboBox()
        self.stage.setObjectName("prepareStage")
        self.competitor = QComboBox()
        self.competitor.setObjectName("prepareCompetitor")
        self.industry = QComboBox()
        self.industry.setObjectName("prepareIndustry")
        self.persona = QComboBox()
        self.persona.setObjectName("preparePersona")
        form.addRow("Stage", self.stage)
        form.addRow("Competitor", self.competitor)
        form.addRow("Industry", self.industry)
        form.addRow("Persona", self.persona)
        layout.addLayout(form)
        layout.addWidget(QLabel("Objections you expect"))
        self.objections = QListWidget()
        self.objections.setObjectName("prepareObjections")
        layout.addWidget(self.objections, 1)
        self.button = QPushButton("Recommend assets")
        self.button.setObjectName("prepareButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.request)
        layout.addWidget(self.button)

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        for box, facet in ((self.stage, "stage"), (self.competitor, "competitor"),
                           (self.industry, "industry"), (self.persona, "persona")):
            chosen = box.currentData()
            box.clear()
            box.addItem(ANY, "")
            for value in taxonomy.facet(facet).values:
                box.addItem(value.label, value.key)
            if chosen:
                box.setCurrentIndex(max(0, box.findData(chosen)))
        ticked = set(self.ticked_objections())
        self.objections.clear()
        for value in taxonomy.facet("objection").values:
            item = QListWidgetItem(value.label)
            item.setData(KEY_ROLE, value.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value.key in ticked
                               else Qt.CheckState.Unchecked)
            self.objections.addItem(item)

    def ticked_objections(self) -> list[str]:
        return [self.objections.item(r).data(KEY_ROLE) for r in range(self.objections.count())
                if self.objections.item(r).checkState() == Qt.CheckState.Checked]

    def tick_objection(self, label: str) -> None:
        for row in range(self.objections.count()):
            item = self.objections.item(row)
            if item.text() == label:
                item.setCheckState(Qt.CheckState.Checked)
                return
        raise KeyError(label)

    def choose(self, box: QComboBox, label: str) -> None:
        index = box.findText(label)
        if index < 0:
            raise KeyError(label)
        box.setCurrentIndex(index)

    def context(self) -> CallContext:
        return CallContext(
            stage=self.stage.currentData() or None,
            objections=tuple(self.ticked_objections()),
            competitor=self.competitor.currentData() or None,
            industry=self.industry.currentData() or None,
            persona=self.persona.currentData() or None,
        )

    def request(self) -> None:
        self.recommend_requested.emit(self.context())
