"""What a session needs to know about the PDFs and images it names, read without Qt.

`pdf_facts(path)` gives a PDF's page count and the text of its pages' own note
annotations (shown as presenter notes when the session gives none); a missing,
unreadable, password-protected or damaged file raises MediaProblem with a message
for the user. `image_problem(path)` says why an image cannot be shown, or None.

PDFs are read with pypdf, the standard pure-Python PDF reader: Qt's PDF module
(which renders the pages in the app) has no API for annotations, and core must
not import Qt. Images are checked by their structure (a PNG's chunks and image
data, a JPEG's markers, an SVG's root element), enough to refuse a file that
would not decode.
"""
from __future__ import annotations

import logging
import os
import struct
import zlib
from dataclasses import field
from facilitator.core.record import record
from xml.etree import ElementTree

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SVG_BYTES_LIMIT = 20 * 1024 * 1024
# The wall decodes an image whole at 4 bytes a pixel; ui/slides/image.py raises Qt's limit
# (256 MB, QImageReader's allocation limit) to this many pixels' worth, 1 GB: a larger PNG
# would never show, so check refuses it.
MAX_PIXELS = 256 * 1024 * 1024


class MediaProblem(Exception):
    """A file a slide names cannot be shown; str(e) says why, for the user."""


@record
class PdfFacts:
    page_count: int
    notes: dict[int, str] = field(default_factory=dict)  # 1-based page -> its annotations' text


def readable(path: str) -> None:
    """Raise MediaProblem unless `path` is a file this user can read."""
    name = os.path.basename(path)
    if not os.path.exists(path):
        raise MediaProblem(f"'{name}' does not exist (looked for {path})")
    if not os.path.isfile(path):
        raise MediaProblem(f"'{name}' is not a file ({path})")
    try:
        with open(path, "rb") as f:
            f.read(1)
    except OSError as e:
        raise MediaProblem(f"cannot read '{name}': {e.strerror or e}") from None


# What was learnt of each version of a file: the planner checks the plan at every keystroke,
# and reading a 300-page deck (0.7 s) or a 24-megapixel PNG's data (0.6 s) each time held it.
_KNOWN: dict[tuple, object] = {}
_KNOWN_MAX = 512


def _remembered(kind: str, path: str, learn):
    """learn(path), kept per version of the file (its inode, size, times and mode): a file
    written over, moved, made unreadable or put back is a new version and read again."""
    try:
        st = os.stat(path)
    except OSError:
        return learn(path)  # not there: nothing to keep; learn says why
    key = (kind, path, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_mode)
    if key not in _KNOWN:
        try:
            _KNOWN[key] = learn(path)
        except MediaProblem as e:
            _KNOWN[key] = e
        while len(_KNOWN) > _KNOWN_MAX:
            del _KNOWN[next(iter(_KNOWN))]
    known = _KNOWN[key]
    if isinstance(known, MediaProblem):
        raise MediaProblem(str(known))
    return known


def pdf_facts(path: str) -> PdfFacts:
    return _remembered("pdf", path, _read_pdf_facts)


def _read_pdf_facts(path: str) -> PdfFacts:
    readable(path)
    name = os.path.basename(path)
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError as e:
        raise MediaProblem(f"cannot read '{name}': {e.strerror or e}") from None
    if b"%PDF-" not in head:  # where every PDF reader looks for the header
        raise MediaProblem(f"'{name}' is not a PDF (it does not start like one)")
    try:
        import pypdf
        from pypdf import PasswordType
    except ImportError:  # pragma: no cover -- a runtime dependency; say so rather than crash
        raise MediaProblem("cannot read PDF files: the pypdf package is missing") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair warnings are not the user's
    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise MediaProblem(f"'{name}' is protected by a password; save a copy without one "
                               "(in the PDF viewer: print or export to PDF)")
        count = len(reader.pages)
        notes = {n: text for n, text in ((i + 1, _page_notes(page)) for i, page in enumerate(reader.pages)) if text}
    except MediaProblem:
        raise
    except Exception as e:  # noqa: BLE001 -- pypdf raises many kinds for a broken file
        if _needs_a_crypto_library(e):
            raise MediaProblem(f"'{name}' is encrypted in a way Facilitator cannot check; "
                               "save a copy without protection") from None
        raise MediaProblem(f"'{name}' is damaged or not a PDF ({_short(e)})") from None
    if count == 0:
        raise MediaProblem(f"'{name}' has no pages")
    return PdfFacts(count, notes)


def _page_notes(page) -> str:
    """The text of a page's note annotations (sticky notes), one per line."""
    texts = []
    for ref in page.get("/Annots") or []:
        try:
            annot = ref.get_object()
            if annot.get("/Subtype") in ("/Text", "/FreeText") and annot.get("/Contents"):
                texts.append(str(annot["/Contents"]).strip())
        except Exception:  # noqa: BLE001 -- one broken annotation does not cost the others
            continue
    return "\n".join(t for t in texts if t)


def _needs_a_crypto_library(error: Exception) -> bool:
    return type(error).__name__ == "DependencyError"


def _short(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 80 else text[:77] + "..."


# --- images ---------------------------------------------------------------------------

def image_problem(path: str) -> str | None:
    """Why the image at `path` cannot be shown (a sentence), or None when it can."""
    return _remembered("image", path, _image_problem)


def _image_problem(path: str) -> str | None:
    try:
        readable(path)
    except MediaProblem as e:
        return str(e)
    name = os.path.basename(path)
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in IMAGE_SUFFIXES:
        return f"'{name}' is not a PNG, JPEG or SVG file (by its name)"
    try:
        with open(path, "rb") as f:
            data = f.read() if suffix != ".svg" else f.read(_SVG_BYTES_LIMIT + 1)
    except OSError as e:
        return f"cannot read '{name}': {e.strerror or e}"
    check = {".png": _png_problem, ".svg": _svg_problem}.get(suffix, _jpeg_problem)
    why = check(data)
    return f"'{name}' does not decode as an image ({why})" if why else None


def _png_problem(data: bytes) -> str | None:
    if not data.startswith(_PNG_SIGNATURE):
        return "it does not start like a PNG"
    pos, idat, header = len(_PNG_SIGNATURE), [], None
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if len(body) < length or pos + 12 + length > len(data):
            return "the file is cut short"
        if zlib.crc32(kind + body) != struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]:
            return f"a damaged {kind.decode('latin-1')} chunk"
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    else:
        return "the file is cut short"
    if header is None or len(header) < 13 or not idat:
        return "no image header or no image data"
    width, height = struct.unpack(">II", header[:8])
    if width * height > MAX_PIXELS:
        return (f"it is {width} × {height} pixels; an image may have at most "
                f"{MAX_PIXELS // (1024 * 1024)} megapixels: scale it down")
    return _inflate_problem(idat)


def _inflate_problem(idat: list[bytes]) -> str | None:
    """Unpack the image data a megabyte at a time, keeping none of it: a 60-megapixel
    PNG is checked without holding its 240 MB."""
    unpacker, step = zlib.decompressobj(), 1024 * 1024
    try:
        for body in idat:
            out = unpacker.decompress(body, step)
            while unpacker.unconsumed_tail or len(out) == step:  # input left, or output held back
                out = unpacker.decompress(unpacker.unconsumed_tail, step)
    except zlib.error:
        return "the image data is damaged"
    return None if unpacker.eof else "the image data is damaged"  # cut short inside the data


def _jpeg_problem(data: bytes) -> str | None:
    if not data.startswith(b"\xff\xd8"):
        return "it does not start like a JPEG"
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return "a damaged marker"
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            return None  # a frame header: size and colours are known, the decoder can start
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        pos += 2 + length
    return "no frame header (the file is cut short or damaged)"


def _svg_problem(data: bytes) -> str | None:
    if len(data) > _SVG_BYTES_LIMIT:
        return "the SVG is larger than 20 MB"
    if b"<!ENTITY" in data:
        return "the SVG declares entities, which are not allowed"
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as e:
        return f"not well-formed XML: {e}"
    if root.tag.rsplit("}", 1)[-1] != "svg":
        return "the root element is not <svg>"
    return None
