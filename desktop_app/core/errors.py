"""Errors a user can act on. The command line prints them as one line; the window
shows them beside the field (``ValidationError.field``) or in a message box.

Every error carries a message code and its arguments (``UserError("code", name=...)``);
``core.messages`` holds the English and Vietnamese text of each code, and
``core.messages.render(error, language)`` writes it in the reader's language.
``str(error)`` is the English text (logs, tests).
"""

from __future__ import annotations

from desktop_app.core.messages import Message


class UserError(Exception):
    """Something the user can fix: bad input, a wrong file, a full disk."""

    default_code = ""

    def __init__(self, code: str | None = None, /, **args: object):
        self.message = Message(code or self.default_code, **args)
        super().__init__(str(self.message))

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def params(self) -> dict[str, object]:
        return self.message.params


class ValidationError(UserError):
    def __init__(self, field: str, code: str, /, **args: object):
        super().__init__(code, **args)
        self.field = field


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

    def __init__(self, code: str, /, done=None, **args: object):
        super().__init__(code, **args)
        self.done = done
