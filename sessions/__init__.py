"""Bundled workshop sessions; the seed workshop is the default."""
