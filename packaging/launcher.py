"""Entry script for the PyInstaller bundle: the same as `python -m facilitator`."""
import multiprocessing

from facilitator.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the journey reading and PDF export run in a worker process
    raise SystemExit(main())
