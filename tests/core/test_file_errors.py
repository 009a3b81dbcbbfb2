"""A refused file is worded one way: the path the system names (else ours) and its reason."""
import errno

from facilitator.core.file_errors import os_error_text


def test_the_path_the_system_names_comes_first_then_ours():
    refused = PermissionError(errno.EACCES, "Permission denied", "/ws/journal.jsonl")
    assert os_error_text(refused, "/ws") == "/ws/journal.jsonl: Permission denied"
    full = OSError(errno.ENOSPC, "No space left on device")
    assert os_error_text(full, "/ws/out.pdf") == "/ws/out.pdf: No space left on device"
    assert os_error_text(full) == "No space left on device"
    assert os_error_text(OSError("odd")) == "odd"
