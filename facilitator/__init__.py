"""Facilitator: run a workshop day offline from one laptop."""

__version__ = "0.1.0"
