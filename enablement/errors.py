"""Errors a person reads: each says what happened and what to do."""


class UserError(Exception):
    """A problem with the user's input or library, with a message fit to show as is."""


class LibraryTooNew(UserError):
    """The library was written by a newer version of the app than this one."""


class Cancelled(Exception):
    """A long job stopped because the user asked it to; callers swallow it quietly."""
