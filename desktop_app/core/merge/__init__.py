"""Merging the files of former units into this one: read a source (``source``), recognise
the same union or member (``match``), combine histories (``history``) and apply it all in
one transaction with a report and provenance (``engine``)."""

from desktop_app.core import lazy

__all__ = ["MergeReport", "load_choices", "merge_files", "merges", "provenance"]

__getattr__ = lazy.attributes(__name__, dict.fromkeys(__all__, "engine"))
