"""One Cancelled and one progress convention for all long work in core."""

from __future__ import annotations

import pytest

from desktop_app.core import work
from desktop_app.core.backup import archive
from desktop_app.core.excel import importer
from desktop_app.core.merge import engine
from desktop_app.core.reports import template


def test_every_long_job_raises_the_same_cancelled():
    for module in (archive, importer, engine, template):
        assert module.Cancelled is work.Cancelled
    assert issubclass(work.Cancelled, work.UserError)


def test_tick_raises_only_when_the_receiver_says_stop():
    seen = []
    work.tick(lambda d, t, text: seen.append((d, t, text)), 1, 2, "a")
    work.tick(None, 1, 2)
    with pytest.raises(work.Cancelled) as stopped:
        work.tick(lambda *a: False, 1, 2, code="merge.cancelled")
    assert stopped.value.code == "merge.cancelled"
    assert seen == [(1, 2, "a")]


def test_changes_name_kinds_of_records():
    members = work.Changes.of("members")
    assert members.touches({"members", "unions"}) and not members.touches({"events"})
    assert (members | work.Changes.of("events")).kinds == {"members", "events"}
    assert work.EVERYTHING.touches({"settings"}) and not work.NOTHING
    with pytest.raises(ValueError):
        work.Changes.of("member")
