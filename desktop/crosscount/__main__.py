"""`python -m crosscount` is the `crosscount` command."""

from .cli import main

raise SystemExit(main())
