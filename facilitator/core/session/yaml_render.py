"""Values and new parts of a session file written as YAML the checking loader reads back unchanged.

One scalar is written here (plain when nothing in it could be misread, else double-quoted);
a new block, slide or list of them goes through ruamel.yaml's emitter in the file's block
style (mappings indented by 2, list dashes by 2 under their key). Clock times are always
quoted ("09:30"), as the format asks: YAML 1.1 would read a bare 9:30 as 570.
"""
from __future__ import annotations

import io
import json
import re


class Clock(str):
    """A clock time; written in double quotes."""


_PLAIN = re.compile(r"^[A-Za-z0-9\u00c0-\u024f][^\n:#'\"&*!|>%@`\\]*$")
_FLOW_INDICATORS = re.compile(r"[\[\]{},]")
_NOT_PLAIN = {"null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE",
              "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "n", "Y", "N"}
_LINE_SEPARATORS = {"\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P"}
# Characters YAML does not allow raw in a file (JSON leaves some of them as they are).
_UNPRINTABLE = re.compile("[\x7f-\x84\x86-\x9f\ufffe\uffff]")


def render_scalar(value, flow: bool = False) -> str:
    """One value; ``flow`` when it stands inside [...] or {...}, where a comma ends it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    if not isinstance(value, Clock) and _PLAIN.match(text) and text == text.strip() \
            and text not in _NOT_PLAIN and "  " not in text and text.isprintable() \
            and not (flow and _FLOW_INDICATORS.search(text)) and _plain_is_text(text):
        return text
    return _double_quoted(text)


def render_flow(value) -> str:
    """A value inside a flow mapping ('{id: x, slides: [a, b]}'), in flow style on its line:
    block lines there are not YAML."""
    if isinstance(value, list):
        return "[" + ", ".join(render_flow(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{render_scalar(k, flow=True)}: {render_flow(v)}" for k, v in value.items()) + "}"
    return render_scalar(value, flow=True)


def _plain_is_text(text: str) -> bool:
    """A YAML 1.1 reader (PyYAML, most tools) takes plain 1.5, 0x1F, 1_000 or 2024-01-01 for a
    number or a date; Facilitator reads the text, but the file should say the same to both.
    Plain digits stay plain (a duration of 30 is written as the format shows it)."""
    from yaml.nodes import ScalarNode
    from yaml.resolver import Resolver

    return text.isdigit() or Resolver().resolve(ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"


def _double_quoted(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    for char, escape in _LINE_SEPARATORS.items():
        quoted = quoted.replace(char, escape)
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def render_block(data, column: int) -> str:
    """``data`` (a dict or a list) as block-style YAML lines starting at ``column``."""
    from ruamel.yaml import YAML  # only when a part is added, not on every keystroke

    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 1 << 20  # never fold a long line
    out = io.StringIO()
    yaml.dump(_prepared(data), out)
    lines = out.getvalue().splitlines()
    if isinstance(data, list):
        lines = [line[2:] for line in lines]  # a top-level list is indented by the offset
    return "".join(" " * column + line + "\n" if line else "\n" for line in lines)


def _prepared(data):
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if isinstance(data, dict):
        return {k: _prepared(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_prepared(v) for v in data]
    # what an edited value would quote (yes/no words, clock-like text ...) is quoted in a new part
    # too: ruamel writes YAML 1.2, where `no` and `09:00` are plain text, but a YAML 1.1 reader
    # (PyYAML, most tools) reads them as false and 540
    if isinstance(data, str) and (isinstance(data, Clock) or not data.replace("\n", "").isprintable()
                                  or render_scalar(data) != data):
        return DoubleQuotedScalarString(data)
    if isinstance(data, str):
        return str(data)
    return data
