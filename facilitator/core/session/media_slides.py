"""Slides of the facilitator's own files: `pdf` (pages of a PDF) and `image`.

A `pdf` entry becomes one slide per page it names, right here in the loader: the
page of entry `deck` is the slide `deck/5` (a `/` cannot appear in an id written
in the file, so these ids never clash), and a block that shows `deck` shows all
its pages in order. Everything after loading (the deck, "Slide 7 of 23", the
overview grid, the warmer) therefore sees ordinary slides, one per page.

Files are named relative to the session file. Problems (a missing or unreadable
file, a page range the PDF does not have, a password, a damaged PDF, an image
that does not decode) are reported on the entry's `file` or `pages` field.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from facilitator.core.session.media_files import MediaProblem, PdfFacts, image_problem, pdf_facts
from facilitator.core.session.model import Slide
from facilitator.core.session.yaml_reader import Reader, is_null

_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")
PAGES_HELP = 'write pages as "3-10", [1, 4, 7] or all'
# Fields that only these kinds use; on another kind they are a mistake worth saying.
KIND_FIELDS = {"file": ("pdf", "image"), "pages": ("pdf",), "fit": ("image",), "caption": ("image",)}


def page_slide_id(entry_id: str, page: int) -> str:
    return f"{entry_id}/{page}"


def session_dir(filename: str) -> str:
    """Where files named in the session are looked for: beside the session file."""
    if filename.startswith("<"):  # text from memory: the working folder
        return os.getcwd()
    return os.path.dirname(os.path.abspath(filename))


class MediaSlides:
    """Reads the media fields of slide entries and expands `pdf` entries into pages."""

    def __init__(self, reader: Reader, define_slide_id, files_present: bool = True):
        self.r = reader
        # Checking (files_present): a file that cannot be shown is an error. Running the day
        # (a restart after the USB stick was pulled): a warning; the slides stay, and show
        # the block's title until the file is back.
        self.file_problem = reader.problem if files_present else reader.warn
        self.define_slide_id = define_slide_id  # registers a page id so blocks may name it
        self.base = session_dir(reader.filename)
        self.pages_of: dict[str, list[Slide]] = {}  # pdf entry id -> its page slides

    def check_kind_fields(self, slide: Slide, keys: dict[str, Node]) -> None:
        for name, kinds in KIND_FIELDS.items():
            if name in keys and slide.kind not in kinds:
                self.r.problem(keys[name], f"'{name}' is for {' and '.join(kinds)} slides, "
                                           f"not a {slide.kind} slide")

    def read(self, slide: Slide, nodes: dict[str, Node], notes_node: Node | None) -> None:
        """Fill in a pdf or image slide (slide.file is still as written)."""
        if not slide.file:
            return  # missing or empty: already reported
        written = slide.file
        slide.file = os.path.normpath(os.path.join(self.base, os.path.expanduser(written)))
        if slide.kind == "image":
            why = image_problem(slide.file)
            if why:
                self.file_problem(nodes["file"], why)
            return
        self._pdf(slide, nodes, notes_node)

    def expand(self, block_slide_ids: list[str]) -> list[str]:
        """A block's slide ids with each pdf entry replaced by its pages."""
        return [pid for sid in block_slide_ids
                for pid in ([p.id for p in self.pages_of[sid]] if sid in self.pages_of else [sid])]

    def expanded_slides(self, slides: list[Slide]) -> list[Slide]:
        return [p for s in slides for p in (self.pages_of.get(s.id) or [s])]

    # --- pdf ----------------------------------------------------------------------
    def _pdf(self, slide: Slide, nodes: dict[str, Node], notes_node: Node | None) -> None:
        try:
            facts = pdf_facts(slide.file)
        except MediaProblem as e:
            self.file_problem(nodes["file"], str(e))
            if self.file_problem == self.r.problem:
                return
            facts = PdfFacts(page_count=0)  # unknown: the pages as written, or page 1 for all
        name = os.path.basename(slide.file)
        pages = self._pages(nodes.get("pages"), facts.page_count, name)
        if pages is None:
            return
        own = self._notes(notes_node, pages)
        page_slides = []
        for n in pages:
            page = replace(slide, id=page_slide_id(slide.id, n), page=n,
                           notes=own.get(n) or facts.notes.get(n, ""))
            page_slides.append(page)
            self.define_slide_id(page.id, nodes.get("pages") or nodes["file"])
        self.pages_of[slide.id] = page_slides

    def _pages(self, node: Node | None, count: int, name: str) -> list[int] | None:
        """The 1-based pages named by `pages` (all of them when it is left out); a count of
        0 means unknown (the file cannot be read now): the pages as written, 1 for all."""
        if node is None or is_null(node):
            return list(range(1, max(count, 1) + 1))
        if isinstance(node, ScalarNode):
            items = [node]
        elif isinstance(node, SequenceNode) and node.value:
            items = node.value
        else:
            self.r.problem(node, f"'pages' is not a page range; {PAGES_HELP}")
            return None
        pages: list[int] = []
        ok = True
        for item in items:
            got = self._page_item(item, count, name, whole=node if isinstance(node, ScalarNode) else None)
            if got is None:
                ok = False
                continue
            for n in got:
                if n in pages:
                    self.r.problem(item, f"page {n} is named twice")
                    ok = False
                else:
                    pages.append(n)
        return pages if ok else None

    def _page_item(self, item: Node, count: int, name: str, whole: Node | None) -> list[int] | None:
        text = self.r.scalar(item, "a page number or range")
        if text is None:
            return None
        if whole is not None and text.strip().lower() == "all":
            return list(range(1, max(count, 1) + 1))
        m = _RANGE.match(text)
        if not m:
            self.r.problem(item, f"'{text}' is not a page or a range of pages; {PAGES_HELP}")
            return None
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        if first < 1 or last < first:
            self.r.problem(item, f"'{text}' is not a range of pages: pages count from 1, first to last")
            return None
        if count and last > count:
            pages = "1 page" if count == 1 else f"{count} pages"
            self.r.problem(item, f"page {last} does not exist: '{name}' has {pages}")
            return None
        return list(range(first, last + 1))

    def _notes(self, node: Node | None, pages: list[int]) -> dict[int, str]:
        """Presenter notes per page: `notes: {3: "...", 5: "..."}`."""
        if node is None or is_null(node):
            return {}
        if not isinstance(node, MappingNode):
            self.r.problem(node, 'notes of a pdf slide are given per page, e.g. notes: {3: "Ask the room"}')
            return {}
        notes: dict[int, str] = {}
        for key, value in node.value:
            text = self.r.scalar(key, "a page number")
            if text is None:
                continue
            if not text.strip().isdigit() or int(text) not in pages:
                self.r.problem(key, f"page '{text}' is not one of the pages this slide shows")
                continue
            note = self.r.text(value)
            if note is not None:
                notes[int(text)] = note
        return notes
