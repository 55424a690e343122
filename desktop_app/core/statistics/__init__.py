"""Statistics forms 01-HĐCĐ and 02-HĐCĐ (Quyết định 1454/QĐ-TLĐ): rows as data
(``forms``), figures as of a date (``compute``), section I figures per union and period
(``figures``), the returned 01-HĐCĐ read in (``form01_import``), the forms written out
(``form01_export``, ``form02_export``). No Qt here."""
