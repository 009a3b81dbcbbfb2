#!/usr/bin/env python3
"""Refresh the UI translations: find strings in the code, fill in Danish, compile .qm files.

    .venv/bin/python packaging/update_translations.py           # update resources/translations
    .venv/bin/python packaging/update_translations.py --check   # exit 1 if they are out of date
    .venv/bin/python packaging/update_translations.py -v        # also list unused YAML entries

1. pyside6-lupdate reads facilitator/ui/**/*.py and facilitator/cli/**/*.py and updates
   resources/translations/facilitator_{da,en}.ts (translations already in a .ts are kept;
   strings gone from the code are dropped).
2. packaging/translations_da.yaml (English source -> Danish) is written into every message
   of facilitator_da.ts with that source text, whatever its context.
3. pyside6-lrelease compiles each .ts into a .qm next to it. Commit .ts and .qm.

Running it twice changes nothing. Needs the project's virtual environment (PySide6, PyYAML).
"""
from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
TABLES = {"da": ROOT / "packaging" / "translations_da.yaml", "en": None}
SOURCE_GLOBS = ("facilitator/ui/**/*.py", "facilitator/cli/**/*.py")
_PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}|%L?\d+|%n")
_MARKERS = ("tr(", "translate(", "QT_TR_NOOP", "QT_TRANSLATE_NOOP")


class _UniqueKeySafeLoader(yaml.SafeLoader):
    """SafeLoader that refuses a source text given twice (PyYAML would keep the last silently)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.MarkedYAMLError("while reading the table", node.start_mark,
                                           f"{key!r} is given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def tool(name: str) -> str:
    """pyside6-lupdate / -lrelease next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).with_name(name)
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 into the environment running this script")
    return found


def source_files() -> list[str]:
    """Python files that may hold translatable strings, relative to the repository."""
    files = sorted({p for pattern in SOURCE_GLOBS for p in ROOT.glob(pattern)})
    return [str(p.relative_to(ROOT)) for p in files
            if any(m in p.read_text(encoding="utf-8") for m in _MARKERS)]


def load_table(path: Path) -> dict[str, str | list[str]]:
    """The YAML table, checked: text keys, text (or a list for plurals), same placeholders."""
    with path.open(encoding="utf-8") as f:
        table = yaml.load(f, Loader=_UniqueKeySafeLoader) or {}
    problems = []
    for source, target in table.items():
        forms = target if isinstance(target, list) else [target]
        if not isinstance(source, str) or not all(isinstance(t, str) and t for t in forms):
            problems.append(f"{source!r}: key and translation must be text (quote them)")
            continue
        wanted = sorted(_PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(_PLACEHOLDER.findall(form)) != wanted and not isinstance(target, list):
                problems.append(f"{source!r}: placeholders {wanted} but {form!r} has "
                                f"{sorted(_PLACEHOLDER.findall(form))}")
    if problems:
        sys.exit(f"{path.relative_to(ROOT)}:\n  " + "\n  ".join(problems))
    return table


def run_lupdate(ts_files: list[Path], sources: list[str]) -> None:
    if not sources:
        return
    cmd = [tool("pyside6-lupdate"), *sources, "-ts", *map(str, ts_files), "-no-obsolete",
           "-locations", "none", "-source-language", "en", "-silent"]
    subprocess.run(cmd, cwd=ROOT, check=True)


def read_ts(path: Path, lang: str) -> ET.Element:
    if path.exists():
        return ET.parse(path).getroot()
    return ET.Element("TS", {"version": "2.1", "language": lang, "sourcelanguage": "en"})


def set_translation(message: ET.Element, target: str | list[str]) -> None:
    """Write a finished translation into a <message> (numerus forms for a list)."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if isinstance(target, list):
        message.set("numerus", "yes")
        translation.text = None
        for form in target:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = target


def merge_table(root: ET.Element, table: dict) -> tuple[int, list[str]]:
    """Fill the table into the .ts; returns (messages in code, sources still untranslated)."""
    count, missing = 0, []
    for message in root.iter("message"):
        count += 1
        source = message.findtext("source") or ""
        if source in table:
            set_translation(message, table[source])
        elif message.find("translation") is None or message.find("translation").get("type"):
            missing.append(source)
    return count, sorted(set(missing))


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    tmp = path.with_suffix(".ts.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def run_lrelease(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    tmp = ts.with_suffix(".qm.tmp")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(tmp), "-silent"], check=True)
    tmp.replace(qm)


def used_sources(root: ET.Element) -> set[str]:
    return {m.findtext("source") for m in root.iter("message")}


def update(ts_dir: Path, verbose: bool = False) -> None:
    ts_files = {lang: ts_dir / f"facilitator_{lang}.ts" for lang in TABLES}
    for lang, ts in ts_files.items():
        if not ts.exists():
            write_ts(read_ts(ts, lang), ts)
    run_lupdate(list(ts_files.values()), source_files())
    for lang, ts in ts_files.items():
        table = load_table(TABLES[lang]) if TABLES[lang] else {}
        root = read_ts(ts, lang)
        count, missing = merge_table(root, table)
        write_ts(root, ts)
        run_lrelease(ts)
        report(lang, count, missing if table else [], set(table) - used_sources(root), verbose)


def report(lang: str, count: int, missing: list[str], unused: set[str], verbose: bool) -> None:
    print(f"{lang}: {count} strings in the code", end="")
    if lang != "en":
        print(f", {len(missing)} without a translation, {len(unused)} table entries not in the code")
        for source in missing:
            print(f"   missing: {source!r}")
        for source in sorted(unused) if verbose else ():
            print(f"   unused:  {source!r}")
    else:
        print(" (source language)")


def check() -> int:
    """Regenerate into a temporary copy and compare with what is committed."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "translations"
        shutil.copytree(TS_DIR, copy)
        update(copy)
        names = sorted(p.name for p in TS_DIR.glob("facilitator_*.[tq][sm]"))
        stale = [n for n in names if not filecmp.cmp(TS_DIR / n, copy / n, shallow=False)]
    if stale:
        print("out of date (run packaging/update_translations.py):", ", ".join(stale))
        return 1
    print("translations are up to date")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only report whether files are stale")
    parser.add_argument("-v", "--verbose", action="store_true", help="list unused table entries")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    TS_DIR.mkdir(parents=True, exist_ok=True)
    update(TS_DIR, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
