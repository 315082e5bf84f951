"""Entry script for the PyInstaller build: the same `main` as the installed `crosscount` command."""

import multiprocessing
import sys

from crosscount.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes of a frozen app re-enter here
    sys.exit(main())
