"""The vocabulary of long work, shared by core and the window (no Qt here).

- ``Progress``: the callback every long core function takes, ``progress(done, total,
  text)``; it returns ``False`` when the user asked to stop (anything else: go on).
- ``Cancelled``: raised by core when ``progress`` said stop; the work left nothing half
  done (every write is one transaction, every file is written under a temporary name).
- ``Changes``: what a write changed, as kinds of records, so that the window refreshes
  only the views that show them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desktop_app.core.errors import UserError

Progress = Callable[..., object]

# The kinds of records a view can show. A write names the kinds it changed.
KINDS = ("unions", "members", "events", "courses", "officers", "welfare", "settings", "awards", "congresses", "dues")


class Cancelled(UserError):
    """The user pressed Cancel; nothing was changed."""

    default_code = "work.cancelled"


def tick(progress: Progress | None, done: int, total: int, text: object = "",
         code: str = "work.cancelled") -> None:
    """Report progress; raise ``Cancelled(code)`` when the receiver says stop."""
    if progress is not None and progress(done, total, text) is False:
        raise Cancelled(code)


@dataclass(frozen=True)
class Changes:
    """The kinds of records a write changed (``everything``: a new file, a restore, a
    merge: any view may be out of date)."""

    kinds: frozenset[str] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, *kinds: str) -> Changes:
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds of records: {', '.join(sorted(unknown))}")
        return cls(frozenset(kinds))

    @classmethod
    def all(cls) -> Changes:
        return cls(frozenset(KINDS), everything=True)

    def touches(self, kinds: Iterable[str]) -> bool:
        return self.everything or bool(self.kinds & set(kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.everything or other.everything)

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)


NOTHING = Changes()
EVERYTHING = Changes.all()
