"""Entry script for the PyInstaller bundle: the same as `python -m facilitator`."""
from facilitator.cli import main

raise SystemExit(main())
