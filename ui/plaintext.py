"""User text on screen as text, never as markup or shortcuts.

Titles, summaries, tag labels, rep names, comments, queries and file names come from
files, the hub or other people. Qt guesses: a QLabel (``Qt.AutoText``), a tooltip and a
QMessageBox render anything that *looks* like HTML, so a title ``<img src=...>`` would
load an image and ``<h1>`` would shout; Qt Charts always renders its axis labels as
HTML; buttons, tabs and group boxes turn ``&`` into a keyboard shortcut ("P&L" shows
"PL"); a window title drops ``[*]``. These helpers say what each place needs:

* :func:`plain_label` / :func:`make_plain`: a label that shows its text as typed;
* :func:`rich_label`: a label that deliberately mixes markup with user text, which the
  caller escapes with :func:`escape` (forced rich, so an escaped ``&amp;`` never shows
  literally when the guess would have said "plain");
* :func:`tooltip`: escaped, line breaks kept (tooltips cannot be told "plain");
* :func:`chart_label`: escaped for Qt Charts' HTML labels;
* :func:`button_text`, :func:`window_title`: ``&`` and ``[*]`` kept literal.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def escape(text: str) -> str:
    """User text for a place that reads HTML (quotes too, so it is safe in attributes)."""
    return html.escape(text)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def make_plain(*labels: QLabel) -> None:
    """Make existing labels show their text as plain text from now on."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def rich_label(markup: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel for markup the caller built, every piece of user text in it escaped."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(markup)
    return label


def tooltip(text: str | None) -> str:
    """A tooltip that shows ``text`` literally. Qt renders a tooltip as HTML when it guesses
    so and offers no switch, so the text is escaped inside a paragraph that keeps its line
    breaks; empty stays empty (no tooltip)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def chart_label(text: str) -> str:
    """A Qt Charts axis label (always HTML) that shows ``text`` literally."""
    return html.escape(text, quote=False)


def button_text(text: str) -> str:
    """Text for a button, tab or group box title: ``&`` shown, not made a shortcut."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """A window title that keeps a literal ``[*]`` (Qt's "modified" placeholder)."""
    return text.replace("[*]", "[*][*]")
