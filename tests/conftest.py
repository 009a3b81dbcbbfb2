import os

# Every test runs without a display; a test may override with its own screens file.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
