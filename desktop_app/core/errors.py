"""Errors a user can act on. The command line prints them as one line; the window
shows them beside the field (``ValidationError.field``) or in a message box."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: bad input, a wrong file, a full disk."""


class ValidationError(UserError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class DuplicateError(ValidationError):
    """A record that would duplicate an existing one (same CCCD, same code...)."""


class NotFoundError(UserError):
    pass


class InUseError(UserError):
    """Deleting the record would orphan others that refer to it."""


class DatabaseFileError(UserError):
    """A file that is not one of our databases, or one from a newer program."""


class PartlyDone(UserError):
    """The main work is done (a file written) but a step after it failed (the audit
    row): ``done`` holds the main work's result, the message says both."""

    def __init__(self, message: str, done=None):
        super().__init__(message)
        self.done = done
