"""The records an officer keeps, one module per kind: ``unions``, ``members`` (with their
dated history), ``officers``, ``events``, ``training``, ``welfare`` (support payments),
``bodies`` (the managing body); ``fields`` holds the checks they share."""
