"""The Qt side: windows and widgets that adapt the core's objects (facilitator.core).

Importing this package fills in PySide's table of the modules that use it
(`pyside_feature_dict`). PySide fills that table itself after each import by reading the
module's source, looking for the string "PySide6" (the modules whose `from __feature__ import`
switches it must honour): at start-up that was some 75 source reads, 10-15 ms. The answers are
known without reading: Facilitator's modules use PySide and no switch (0, as PySide enters
such a module), Python's standard library does not use PySide (-1). Should a PySide release
change the table, this does nothing and PySide reads the sources as before.
"""
from __future__ import annotations

import os
import sys

import PySide6  # noqa: F401  (its support modules, with the table)


def _fill_pysides_table() -> None:
    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in [*sys.stdlib_module_names, *sys.modules]:
        if name.partition(".")[0] in sys.stdlib_module_names:
            table.setdefault(name, -1)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # .../facilitator
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(("__", "."))]
        package = "facilitator" + folder[len(root):].replace(os.sep, ".")
        for name in files:
            if name.endswith(".py"):
                module = package if name == "__init__.py" else f"{package}.{name[:-3]}"
                table.setdefault(module, 0)


_fill_pysides_table()
