"""The words of each language the engine reads: ``en`` (English).\n\nOne module per language, each word list written once; see ``en``'s docstring."""
