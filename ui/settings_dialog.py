"""Settings a person sets once: where the library lives, who they are, which view."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.plaintext import make_plain

ROLE_LABELS = {"rep": "Sales rep: find and use content",
               "marketer": "Marketer: import, tag and curate content"}


@dataclass(frozen=True)
class SettingsChoice:
    library_dir: Path
    user_name: str
    role: str
    hub_url: str = ""   # the team hub; its password goes to the OS keyring


class SettingsDialog(QDialog):
    def __init__(self, current: SettingsChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.resize(600, 210)
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.library = QLineEdit(str(current.library_dir))
        self.library.setObjectName("libraryPath")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        row.addWidget(self.library, 1)
        row.addWidget(browse)
        form.addRow("Library folder", row)
        self.name = QLineEdit(current.user_name)
        self.name.setObjectName("userName")
        self.name.setPlaceholderText("Your name, shown on ratings and in reports")
        form.addRow("Your name", self.name)
        self.role = QComboBox()
        self.role.setObjectName("userRole")
        for key, label in ROLE_LABELS.items():
            self.role.addItem(label, key)
        self.role.setCurrentIndex(max(0, self.role.findData(current.role)))
        form.addRow("Role", self.role)
        self.hub = QLineEdit(current.hub_url)
        self.hub.setObjectName("hubUrl")
        self.hub.setPlaceholderText("postgresql+psycopg://you@hub.example.com/enablement "
                                    "(empty: work alone)")
        self.hub.setToolTip("The team hub's database URL. A password typed here is kept in "
                            "the OS keyring, never in a file.")
        form.addRow("Team hub", self.hub)
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #b3261e")
        make_plain(self.problem)  # quotes the typed path
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Library folder", self.library.text())
        if folder:
            self.library.setText(folder)

    def choice(self) -> SettingsChoice:
        return SettingsChoice(Path(self.library.text().strip()).expanduser(),
                              self.name.text().strip(), self.role.currentData(),
                              self.hub.text().strip())

    def accept(self) -> None:
        path = Path(self.library.text().strip()).expanduser()
        if not self.library.text().strip():
            self.problem.setText("Choose a folder for the library.")
            return
        if path.exists() and not path.is_dir():
            self.problem.setText(f"{path} is a file; choose a folder.")
            return
        hub = self.hub.text().strip()
        if hub and "://" not in hub:
            self.problem.setText("The team hub is a database URL, e.g. "
                                 "postgresql+psycopg://you@host/enablement.")
            return
        super().accept()
