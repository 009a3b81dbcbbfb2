"""Words the command line and the print-outs both write, in the session's language: the
same word is written once here (cli/wording.py and export/labels.py take these in)."""
from __future__ import annotations

SHARED = {
    "da": {"duration": "Varighed", "fixed": "* fast starttidspunkt"},
    "en": {"duration": "Duration", "fixed": "* fixed start time"},
}
