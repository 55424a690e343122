"""Excel in and out: reading any workbook officers have (``read``, ``columns``,
``normalise``), importing it with a dry run and a report by row (``importer``), exporting
lists and templates (``export``, written by the fast writer in ``xlsx``). Each module is
imported when first used: openpyxl and calamine cost start-up time."""
