"""The rep's forms: rate after a call, log what was heard, request missing content.

Each dialog is filled from a FormChoices loaded on a worker thread and hands back a
plain form object; saving happens on the write lane, never here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from enablement.api import FieldNoteForm, FormChoices, RatingForm, RequestForm
from ui.plaintext import escape, rich_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 30
NO_DEAL = "(no deal)"


class DealBox(QComboBox):
    """Imported deals to pick from, or any name typed (kept as typed, e.g. offline)."""

    def __init__(self, choices: FormChoices, current: str = "") -> None:
        super().__init__()
        self.setObjectName("dealBox")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(NO_DEAL, "")
        for deal in choices.deals:
            self.addItem(deal.label, f"#{deal.deal_id}")
        self.lineEdit().setPlaceholderText("Pick an imported deal or type its name")
        self.setCurrentText(current or NO_DEAL)

    def value(self) -> str:
        text = self.currentText().strip()
        if not text or text == NO_DEAL:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        return self.itemData(index) if index > 0 else text


def _key_combo(pairs: list[tuple[str, str]], empty: str, current: str = "",
               editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    box.addItem(empty, "")
    for key, label in pairs:
        box.addItem(label, key)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    return box


def _combo_value(box: QComboBox) -> str:
    """The chosen key; for an editable box, a typed new value by its text."""
    index = box.findText(box.currentText().strip(), Qt.MatchFlag.MatchExactly)
    if index >= 0:
        return box.itemData(index) or ""
    return box.currentText().strip()


class RatingDialog(QDialog):
    """Stars, did it help, the deal, objections answered, and a comment."""

    def __init__(self, choices: FormChoices, stars: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingDialog")
        self.setWindowTitle("Rate after the call")
        previous = choices.previous
        layout = QVBoxLayout(self)
        heading = rich_label(f"<b>{escape(choices.asset_title)}</b>"
                             + ("<br>You rated this before; saving replaces your rating."
                                if previous else ""))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        layout.addLayout(form)

        star_row = QHBoxLayout()
        self.star_buttons: list[QToolButton] = []
        for n in range(1, 6):
            button = QToolButton()
            button.setObjectName(f"formStar{n}")
            button.setAutoRaise(True)
            button.setToolTip(f"{n} of 5")
            button.clicked.connect(lambda _=False, value=n: self.set_stars(value))
            star_row.addWidget(button)
            self.star_buttons.append(button)
        star_row.addStretch(1)
        form.addRow("How useful?", star_row)

        helped_row = QHBoxLayout()
        self.helped_yes = QRadioButton("Yes")
        self.helped_no = QRadioButton("No")
        self.helped_unsaid = QRadioButton("Not sure")
        self.helped_group = QButtonGroup(self)
        for button in (self.helped_yes, self.helped_no, self.helped_unsaid):
            self.helped_group.addButton(button)
            helped_row.addWidget(button)
        helped_row.addStretch(1)
        helped = previous.helped if previous else None
        {True: self.helped_yes, False: self.helped_no, None: self.helped_unsaid}[
            helped].setChecked(True)
        form.addRow("Did it help move the deal?", helped_row)

        self.deal_box = DealBox(choices, choices.previous_deal)
        form.addRow("Deal", self.deal_box)

        self.objections = QListWidget()
        self.objections.setObjectName("answeredObjections")
        ticked = set(previous.objections) if previous else set()
        own = set(choices.asset_objections)
        # The asset's own objections first: those are the ones it is likely to answer.
        ordered = sorted(choices.objections, key=lambda kv: (kv[0] not in own, kv[1]))
        for key, label in ordered:
            item = QListWidgetItem(label + ("" if key in own else "  (not tagged)"))
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in ticked
                               else Qt.CheckState.Unchecked)
            self.objections.addItem(item)
        self.objections.setMaximumHeight(150)
        form.addRow("Objections it answered", self.objections)

        self.comment = QPlainTextEdit(previous.comment if previous else "")
        self.comment.setObjectName("ratingComment")
        self.comment.setPlaceholderText("Where did it fall short? What would have helped?")
        self.comment.setMaximumHeight(80)
        form.addRow("Comment", self.comment)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.set_stars(stars or (previous.stars if previous else 0))

    def set_stars(self, stars: int) -> None:
        self.stars = stars
        for n, button in enumerate(self.star_buttons, 1):
            button.setText("★" if n <= stars else "☆")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(stars > 0)

    def form(self) -> RatingForm:
        helped = (True if self.helped_yes.isChecked()
                  else False if self.helped_no.isChecked() else None)
        answered = tuple(
            self.objections.item(i).data(KEY_ROLE) for i in range(self.objections.count())
            if self.objections.item(i).checkState() == Qt.CheckState.Checked)
        return RatingForm(self.stars, helped, self.deal_box.value(), answered,
                          self.comment.toPlainText().strip())


class FieldNoteDialog(QDialog):
    """An objection heard or a competitor met on a deal, with no asset involved."""

    def __init__(self, choices: FormChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldNoteDialog")
        self.setWindowTitle("Log from the field")
        self.choices = choices
        form = QFormLayout(self)
        intro = QLabel("What did you hear on the deal? Marketing weighs the library "
                       "against it in the coverage map.")
        intro.setWordWrap(True)
        form.addRow(intro)
        kind_row = QHBoxLayout()
        self.objection_kind = QRadioButton("Objection heard")
        self.competitor_kind = QRadioButton("Competitor met")
        self.objection_kind.setChecked(True)
        kind_row.addWidget(self.objection_kind)
        kind_row.addWidget(self.competitor_kind)
        form.addRow(kind_row)
        self.value_box = QComboBox()
        self.value_box.setObjectName("fieldValue")
        form.addRow("What", self.value_box)
        self.stage_box = _key_combo(choices.stages, "(stage not said)")
        form.addRow("Stage", self.stage_box)
        self.deal_box = DealBox(choices)
        form.addRow("Deal", self.deal_box)
        self.note = QLineEdit()
        self.note.setPlaceholderText("Anything worth adding (optional)")
        form.addRow("Note", self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.objection_kind.toggled.connect(lambda _on: self._fill_values())
        self._fill_values()

    def _fill_values(self) -> None:
        objection = self.objection_kind.isChecked()
        self.value_box.clear()
        self.value_box.setEditable(not objection)  # competitors are an open list
        pairs = self.choices.objections if objection else self.choices.competitors
        for key, label in pairs:
            self.value_box.addItem(label, key)
        if not objection:
            self.value_box.setCurrentIndex(-1)
            self.value_box.lineEdit().setPlaceholderText("Pick or type a competitor")

    def form(self) -> FieldNoteForm:
        kind = "objection" if self.objection_kind.isChecked() else "competitor"
        return FieldNoteForm(kind, _combo_value(self.value_box),
                             _combo_value(self.stage_box), self.deal_box.value(),
                             self.note.text().strip())


class RequestDialog(QDialog):
    """'Needed X for Y, found nothing', prefilled from the search that found nothing."""

    def __init__(self, choices: FormChoices, query: str = "", stage: str = "",
                 objection: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.setWindowTitle("Request content")
        form = QFormLayout(self)
        intro = QLabel("Tell marketing what you needed and for what; it shows up in "
                       "Insights under content requests.")
        intro.setWordWrap(True)
        form.addRow(intro)
        self.need = QPlainTextEdit()
        self.need.setObjectName("requestNeed")
        self.need.setPlaceholderText("e.g. a case study for a hospital worried about HIPAA")
        self.need.setMaximumHeight(90)
        if query:
            self.need.setPlainText(f"Something on “{query}”: ")
        form.addRow("What you needed", self.need)
        self.query = QLineEdit(query)
        form.addRow("You searched for", self.query)
        self.stage_box = _key_combo(choices.stages, "(any stage)", stage)
        form.addRow("Stage", self.stage_box)
        self.objection_box = _key_combo(choices.objections, "(no objection)", objection)
        form.addRow("Objection", self.objection_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Send request")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def form(self) -> RequestForm:
        return RequestForm(self.need.toPlainText().strip(), self.query.text().strip(),
                           _combo_value(self.stage_box), _combo_value(self.objection_box))
