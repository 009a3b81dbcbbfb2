"""Bundled resources: fonts, sounds, icons, translations."""
