"""The command line, ``python -m desktop_app <command>``: ``main`` parses and dispatches;
one module per feature (backup, excel, merge, report, setup) adds its subcommands."""
