"""Merging the files of former units into this one: read a source (``source``), recognise
the same union or member (``match``), combine histories (``history``) and apply it all in
one transaction with a report and provenance (``engine``)."""

from desktop_app.core.merge.engine import MergeReport, load_choices, merge_files, merges, provenance

__all__ = ["MergeReport", "load_choices", "merge_files", "merges", "provenance"]
