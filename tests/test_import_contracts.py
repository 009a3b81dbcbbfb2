"""The layers and product parts stay apart: each contract is checked over the source's imports
(static, so a lazy import inside a function counts too)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "facilitator"

# (part of the package, prefixes its modules must never import, why)
CONTRACTS = [
    ("core", ("PySide6", "shiboken6", "pyqtgraph", "reportlab", "facilitator.ui", "facilitator.export",
              "facilitator.cli"), "core is pure Python, tested without a display"),
    ("core/session", ("facilitator.core.day", "facilitator.core.journeys", "facilitator.core.slides"),
     "the session is read and planned without the day's engine"),
    ("core/journeys", ("facilitator.core.day", "facilitator.core.slides"), "journeys stand on their own"),
    ("export", ("PySide6", "shiboken6", "pyqtgraph", "facilitator.ui"), "print-outs are made without Qt"),
    ("ui/slides", ("facilitator.ui.runner",), "slides do not know the runner's windows"),
    ("ui/journeys", ("facilitator.ui.runner",), "the journey editor does not know the runner's windows"),
]


def imported_modules(path: Path, root: Path = PACKAGE.parent) -> list[tuple[int, str]]:
    module = ".".join(path.relative_to(root).with_suffix("").parts)
    package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module.removesuffix(".__init__")
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
            found.append((node.lineno, base))
    return found


@pytest.mark.parametrize("part, forbidden, why", CONTRACTS, ids=[c[0] for c in CONTRACTS])
def test_contract(part, forbidden, why):
    broken = [f"{path.relative_to(PACKAGE.parent)}:{line}: imports {name}"
              for path in sorted((PACKAGE / part).rglob("*.py"))
              for line, name in imported_modules(path)
              if any(name == f or name.startswith(f + ".") for f in forbidden)]
    assert not broken, f"{why}:\n" + "\n".join(broken)


def test_the_contracts_see_a_broken_import(tmp_path):
    """The checker itself: a forbidden import is found, relative or absolute."""
    sample = PACKAGE / "core" / "session" / "model.py"
    names = [name for _, name in imported_modules(sample)]
    assert names, "the checker reads the model's imports"
    fake = tmp_path / "facilitator" / "core" / "session" / "bad.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("from ..day import runner\nimport PySide6.QtCore\n")
    found = [name for _, name in imported_modules(fake, root=tmp_path)]
    assert "facilitator.core.day.runner" in found and "PySide6.QtCore" in found
