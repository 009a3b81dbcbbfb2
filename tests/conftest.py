import os
import tempfile

# Every test runs without a display; a test may override with its own screens file.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app keeps the session it started on in the user's cache folder: the tests' starts
# (in this process and in the app processes they launch) keep theirs in a folder of their own.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="facilitator-test-cache-")
