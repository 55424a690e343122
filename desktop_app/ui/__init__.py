"""The window: thin views over core. Qt lives only here."""
