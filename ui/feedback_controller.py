"""The window's side of the feedback loop: opening the rep's forms with choices loaded
off the GUI thread, saving them on the write lane, and telling the rep it worked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from enablement.api import (
    Changes,
    FieldNoteForm,
    FormChoices,
    RatingForm,
    RequestForm,
    SavedNote,
    SavedRating,
)
from ui.feedback_dialogs import FieldNoteDialog, RatingDialog, RequestDialog
from ui.host import WindowHost

NEEDS_NAME = "Set your name in Settings first, so your feedback is yours."


class FeedbackController(QObject):
    def __init__(self, host: WindowHost,
                 log_search_then: Callable[[Callable[[str | None], object]], None]) -> None:
        """``log_search_then`` logs the search on screen (if any) and passes its id on, so
        a content request is tied to the search that found nothing."""
        super().__init__(host.parent)
        self.host = host
        self.log_search_then = log_search_then
        self.dialog: QDialog | None = None  # the open form, for tests and to keep it alive

    def _ready(self) -> bool:
        if self.host.library() is None:
            return False
        if not self.host.user_name().strip():
            self.host.show_status(NEEDS_NAME, 8000)
            self.host.ask_for_settings()
            return False
        return True

    def _status(self, message: str) -> None:
        self.host.show_status(message, 6000)

    # -- rating ---------------------------------------------------------------------------

    def quick_rate(self, asset_id: int, stars: int) -> None:
        """Stars only, from the result list or the asset pane; keeps the rest of the form."""
        if not self._ready():
            return
        library, user = self.host.library(), self.host.user_name()
        (self.host.runner.run(
            lambda _ctx: library.feedback.quick_rate(asset_id, user, stars), lane="write")
         .on_success(lambda changes: self._rated(stars, changes)).start())

    def rate_with_form(self, asset_id: int, stars: int = 0) -> None:
        if not self._ready():
            return
        library, user = self.host.library(), self.host.user_name()
        (self.host.runner.run(lambda _ctx: library.feedback.form_choices(asset_id, user))
         .on_success(lambda choices: self._open_rating(asset_id, choices, stars)).start())

    def _open_rating(self, asset_id: int, choices: FormChoices, stars: int) -> None:
        dialog = RatingDialog(choices, stars, self.host.parent)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.save_rating(asset_id, dialog.form()))
        dialog.open()

    def save_rating(self, asset_id: int, form: RatingForm) -> None:
        library, user = self.host.library(), self.host.user_name()
        if library is None:
            return

        def saved(done: tuple[SavedRating, Changes]) -> None:
            self._rated(done[0].stars, done[1])

        (self.host.runner.run(lambda _ctx: library.feedback.rate(asset_id, user, form),
                              lane="write")
         .on_success(saved).start())

    def _rated(self, stars: int, changes: Changes) -> None:
        self._status(f"Rated {stars} of 5. Thank you: this ranks content for everyone.")
        self.host.apply_changes(changes)

    # -- field intelligence -----------------------------------------------------------------

    def log_field_note(self) -> None:
        if not self._ready():
            return
        library = self.host.library()
        (self.host.runner.run(lambda _ctx: library.feedback.form_choices())
         .on_success(self._open_field_note).start())

    def _open_field_note(self, choices: FormChoices) -> None:
        dialog = FieldNoteDialog(choices, self.host.parent)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.save_field_note(dialog.form()))
        dialog.open()

    def save_field_note(self, form: FieldNoteForm) -> None:
        library, user = self.host.library(), self.host.user_name()
        if library is None:
            return

        def saved(done: tuple[SavedNote, Changes]) -> None:
            note, changes = done
            self._status(f"Logged: {note.label}. Marketing sees it in the coverage map.")
            self.host.apply_changes(changes)

        (self.host.runner.run(lambda _ctx: library.feedback.log_field_note(user, form),
                              lane="write")
         .on_success(saved).start())

    # -- content requests -------------------------------------------------------------------

    def request_content(self, query: str = "", stage: str = "", objection: str = "") -> None:
        if not self._ready():
            return
        library = self.host.library()
        (self.host.runner.run(lambda _ctx: library.feedback.form_choices())
         .on_success(lambda choices: self._open_request(choices, query, stage, objection))
         .start())

    def _open_request(self, choices: FormChoices, query: str, stage: str,
                      objection: str) -> None:
        dialog = RequestDialog(choices, query, stage, objection, self.host.parent)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.save_request(dialog.form()))
        dialog.open()

    def save_request(self, form: RequestForm) -> None:
        """Tied to the search that found nothing, when it is the one on screen."""
        library, user = self.host.library(), self.host.user_name()
        if library is None:
            return

        def send(search_id: str | None) -> None:
            def sent(changes: Changes) -> None:
                self._status("Request sent to marketing. Thank you: it shapes what gets "
                             "made next.")
                self.host.apply_changes(changes)

            (self.host.runner.run(
                lambda _ctx: library.feedback.request_content(user, form, search_id),
                lane="write")
             .on_success(sent).start())

        if form.query:
            self.log_search_then(send)
        else:
            send(None)
