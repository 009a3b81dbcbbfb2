"""facilitator.core must import with Qt and reportlab unavailable."""
import subprocess
import sys

BLOCKER = """
import sys
class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'reportlab'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Blocker())
import pkgutil, importlib, facilitator.core as core
for info in pkgutil.walk_packages(core.__path__, 'facilitator.core.'):
    importlib.import_module(info.name)
print('ok')
"""


def test_core_imports_without_qt_or_reportlab():
    out = subprocess.run([sys.executable, "-c", BLOCKER], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
