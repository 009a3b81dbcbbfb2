"""The wheel ships everything the installed app needs: every Python package, the
resources (fonts, icons, translations) and the sessions, and it runs from anywhere."""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE_PARTS = ("facilitator", "resources", "sessions", "pyproject.toml", "README.md")
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "*.qm.tmp", "*.ts.tmp")


def _can_build_without_isolation() -> bool:
    """setuptools>=68 with bdist_wheel at hand: skip the slow isolated build environment."""
    try:
        major = int(version("setuptools").split(".")[0])
    except Exception:
        return False
    has_bdist_wheel = importlib.util.find_spec("wheel") is not None or major >= 71
    return major >= 68 and has_bdist_wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Build from a clean copy: setuptools reuses build/lib, where a deleted module would linger.
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    for part in SOURCE_PARTS:
        path = ROOT / part
        if path.is_dir():
            shutil.copytree(path, src / part, ignore=IGNORE)
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(path, src / part)
    cmd = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp / "out"), str(src)]
    if _can_build_without_isolation():
        cmd.insert(5, "--no-build-isolation")
    subprocess.run(cmd, check=True, capture_output=True, text=True)
    (built,) = (tmp / "out").glob("facilitator-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


def _package_dirs() -> list[str]:
    """Every Python package of the source tree, as its path inside the wheel."""
    found = [p.parent.relative_to(ROOT).as_posix()
             for p in (ROOT / "facilitator").rglob("__init__.py") if "__pycache__" not in p.parts]
    for folder in ("resources", "sessions"):
        found += ["facilitator/" + p.parent.relative_to(ROOT).as_posix()
                  for p in (ROOT / folder).rglob("__init__.py")]
    return sorted(found)


def _shipped_data() -> list[str]:
    """Data files of resources/ and sessions/ that must be in the wheel, as wheel paths."""
    wanted = [p for p in (ROOT / "resources").rglob("*")
              if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".tmp")]
    wanted += [p for p in (ROOT / "sessions").glob("*") if p.suffix in (".yaml", ".md")]
    return sorted("facilitator/" + p.relative_to(ROOT).as_posix() for p in wanted)


def test_every_python_package_is_in_the_wheel(names):
    # A package missing from pyproject's explicit `packages` list fails here.
    missing = [d for d in _package_dirs() if f"{d}/__init__.py" not in names]
    assert not missing, "add these to [tool.setuptools] packages in pyproject.toml: " + repr(missing)


def test_every_module_is_in_the_wheel(names):
    modules = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "facilitator").rglob("*.py")
                     if "__pycache__" not in p.parts)
    assert [m for m in modules if m not in names] == []


def test_resources_and_sessions_are_in_the_wheel(names):
    missing = [f for f in _shipped_data() if f not in names]
    assert not missing, "not shipped (check package-data in pyproject.toml): " + repr(missing)


def test_the_files_the_app_loads_at_run_time_are_in_the_wheel(names):
    for required in ("facilitator/resources/translations/facilitator_da.qm",
                     "facilitator/resources/translations/facilitator_en.qm",
                     "facilitator/resources/icons/facilitator.svg",
                     "facilitator/resources/icons/facilitator-256.png"):
        assert required in names
    for folder in ("fonts", "sounds"):
        if (ROOT / "resources" / folder).is_dir():
            assert any(n.startswith(f"facilitator/resources/{folder}/") for n in names), folder
    sessions = {n for n in names if n.startswith("facilitator/sessions/") and n.endswith(".yaml")}
    assert sessions == {f for f in _shipped_data() if f.startswith("facilitator/sessions/")
                        and f.endswith(".yaml")}


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> dict[str, str]:
    """The wheel installed into a folder of its own; environment to run it from there."""
    site = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    "--target", str(site), str(wheel)], check=True, capture_output=True)
    return {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}


def test_python_m_facilitator_version_from_another_directory(installed, tmp_path):
    from facilitator import __version__

    result = subprocess.run([sys.executable, "-m", "facilitator", "--version"], cwd=tmp_path,
                            env=installed, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"facilitator {__version__}"


def test_installed_wheel_finds_its_resources_outside_the_source_tree(installed, tmp_path):
    code = ("from facilitator.bundled import resource_path, default_session_path\n"
            "p = resource_path('translations', 'facilitator_da.qm')\n"
            "print(p.is_file(), p)\n"
            "print(default_session_path().parent)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=installed,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    qm_line, sessions_line = result.stdout.splitlines()
    assert qm_line.startswith("True ")
    site = installed["PYTHONPATH"]
    assert qm_line.split(" ", 1)[1].startswith(site) and sessions_line.startswith(site)
