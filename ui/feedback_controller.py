"""The window's side of the feedback loop: opening the rep's forms with choices loaded
off the GUI thread, saving them on the write lane, and telling the rep it worked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ui import feedback_tasks as ft
from ui.feedback_dialogs import FieldNoteDialog, RatingDialog, RequestDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

NEEDS_NAME = "Set your name in Settings first, so your feedback is yours."


class FeedbackController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None  # the open form, for tests and to keep it alive

    def _ready(self) -> bool:
        if self.window.library is None:
            return False
        if not self.window.settings.user_name.strip():
            self.window.statusBar().showMessage(NEEDS_NAME, 8000)
            self.window.edit_settings()
            return False
        return True

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)

    # -- rating ---------------------------------------------------------------------------

    def quick_rate(self, asset_id: int, stars: int) -> None:
        """Stars only, from the result list or the asset pane; keeps the rest of the form."""
        if not self._ready():
            return
        library, user = self.window.library, self.window.settings.user_name
        (self.window.runner.run(lambda _ctx: ft.quick_rate(library, asset_id, user, stars),
                                lane="write")
         .on_success(self._rated).start())

    def rate_with_form(self, asset_id: int, stars: int = 0) -> None:
        if not self._ready():
            return
        library, user = self.window.library, self.window.settings.user_name
        (self.window.runner.run(lambda _ctx: ft.form_choices(library, asset_id, user))
         .on_success(lambda choices: self._open_rating(asset_id, choices, stars)).start())

    def _open_rating(self, asset_id: int, choices: ft.FormChoices, stars: int) -> None:
        dialog = RatingDialog(choices, stars, self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.save_rating(asset_id, dialog.form()))
        dialog.open()

    def save_rating(self, asset_id: int, form: ft.RatingForm) -> None:
        library, user = self.window.library, self.window.settings.user_name
        if library is None:
            return
        (self.window.runner.run(lambda _ctx: ft.save_rating(library, asset_id, user, form),
                                lane="write")
         .on_success(self._rated).start())

    def _rated(self, stars: int) -> None:
        self._status(f"Rated {stars} of 5. Thank you: this ranks content for everyone.")
        self.window.library_changed()

    # -- field intelligence -----------------------------------------------------------------

    def log_field_note(self) -> None:
        if not self._ready():
            return
        library = self.window.library
        (self.window.runner.run(lambda _ctx: ft.form_choices(library))
         .on_success(self._open_field_note).start())

    def _open_field_note(self, choices: ft.FormChoices) -> None:
        dialog = FieldNoteDialog(choices, self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.save_field_note(dialog.form()))
        dialog.open()

    def save_field_note(self, form: ft.FieldNoteForm) -> None:
        library, user = self.window.library, self.window.settings.user_name
        if library is None:
            return
        (self.window.runner.run(lambda _ctx: ft.save_field_note(library, user, form),
                                lane="write")
         .on_success(lambda label: self._status(f"Logged: {label}. Marketing sees it in "
                                                "the coverage map."))
         .start())

    # -- content requests -------------------------------------------------------------------

    def request_content(self, query: str = "", stage: str = "", objection: str = "") -> None:
        if not self._ready():
            return
        library = self.window.library
        (self.window.runner.run(lambda _ctx: ft.form_choices(library))
         .on_success(lambda choices: self._open_request(choices, query, stage, objection))
         .start())

    def _open_request(self, choices: ft.FormChoices, query: str, stage: str,
                      objection: str) -> None:
        dialog = RequestDialog(choices, query, stage, objection, self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.save_request(dialog.form()))
        dialog.open()

    def save_request(self, form: ft.RequestForm) -> None:
        """Tied to the search that found nothing, when it is the one on screen."""
        library, user = self.window.library, self.window.settings.user_name
        if library is None:
            return

        def send(search_id: str | None) -> None:
            (self.window.runner.run(
                lambda _ctx: ft.save_request(library, user, form, search_id), lane="write")
             .on_success(lambda _need: self._status(
                 "Request sent to marketing. Thank you: it shapes what gets made next."))
             .start())

        if form.query:
            self.window.log_search_then(send)
        else:
            send(None)
