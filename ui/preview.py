"""The preview of one asset: PDF pages (QtPdf), extracted text, Markdown rendered, or the
workbook's sheets. The text arrives already read (a runner job loads it); rendering it here
reads nothing more: no image or link in a file is followed."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from enablement.api import NoPreview, PdfPreview, Preview, SheetPreview, TextPreview
from ui.plaintext import button_text, make_plain

log = logging.getLogger(__name__)

try:  # QtPdf ships in the PySide6-Pdf wheel; without it PDFs fall back to their text.
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installed wheels
    QPdfDocument = None
    QPdfView = None

# GitHub's dialect (tables, task lists), with HTML in the file shown as the text it is.
MARKDOWN = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            | QTextDocument.MarkdownFeature.MarkdownNoHTML)
CUT_SHORT = "… (preview cut short; open the file to read all of it)"


class MarkdownView(QTextBrowser):
    """Markdown as a reader sees it. Links do not navigate the pane, and images are not
    loaded: a file's ``![](/some/path)`` would otherwise read the disk on the GUI thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt's name
        return None


class PreviewPane(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.message = QLabel("Select an asset to preview it.")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        make_plain(self.message)  # reasons name files
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("textPreview")
        self.markdown = MarkdownView()
        self.markdown.setObjectName("markdownPreview")
        self.sheets = QTabWidget()
        self.sheets.setObjectName("sheetPreview")
        self.addWidget(self.message)
        self.addWidget(self.text)
        self.addWidget(self.markdown)
        self.addWidget(self.sheets)
        self.pdf_document = None
        self.pdf_view = None
        if QPdfView is not None:
            self.pdf_document = QPdfDocument(self)
            self.pdf_view = QPdfView(self)
            self.pdf_view.setObjectName("pdfPreview")
            self.pdf_view.setDocument(self.pdf_document)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.addWidget(self.pdf_view)
        self.kind = "none"

    def show_message(self, text: str) -> None:
        self.kind = "none"
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_preview(self, preview: Preview, fallback_text: str = "") -> None:
        if isinstance(preview, PdfPreview):
            if self.pdf_document is not None:
                self.pdf_document.close()
                error = self.pdf_document.load(str(preview.path))
                if error == QPdfDocument.Error.None_:
                    self.kind = "pdf"
                    self.setCurrentWidget(self.pdf_view)
                    return
                log.warning("QtPdf could not open %s: %s", preview.path, error)
            self._show_text(fallback_text or "This PDF cannot be shown here; "
                            "use Open to view it in your PDF reader.")
        elif isinstance(preview, TextPreview) and preview.markdown:
            self._show_markdown(preview.text + (f"\n\n*{CUT_SHORT}*" if preview.truncated
                                                else ""))
        elif isinstance(preview, TextPreview):
            text = preview.text
            if preview.truncated:
                text += "\n\n" + CUT_SHORT
            self._show_text(text or "This file has no text to show.")
        elif isinstance(preview, SheetPreview):
            self._show_sheets(preview)
        elif isinstance(preview, NoPreview):
            self.show_message(preview.reason)

    def pdf_page_count(self) -> int:
        return self.pdf_document.pageCount() if self.pdf_document is not None else 0

    def _show_text(self, text: str) -> None:
        self.kind = "text"
        self.text.setPlainText(text)
        self.setCurrentWidget(self.text)

    def _show_markdown(self, text: str) -> None:
        self.kind = "markdown"
        self.markdown.document().setMarkdown(text, MARKDOWN)
        self.setCurrentWidget(self.markdown)

    def _show_sheets(self, preview: SheetPreview) -> None:
        self.kind = "sheets"
        self.sheets.clear()
        for sheet in preview.sheets:
            columns = max((len(row) for row in sheet.rows), default=0)
            table = QTableWidget(len(sheet.rows), columns)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setHorizontalHeaderLabels([_column_name(i) for i in range(columns)])
            for r, row in enumerate(sheet.rows):
                for c, value in enumerate(row):
                    if value:
                        table.setItem(r, c, QTableWidgetItem(value))
            table.resizeColumnsToContents()
            title = sheet.name + (" (first rows)" if sheet.truncated else "")
            self.sheets.addTab(table, button_text(title))  # "P&L" keeps its "&"
        self.setCurrentWidget(self.sheets)

    def close_document(self) -> None:
        if self.pdf_document is not None:
            self.pdf_document.close()


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name
