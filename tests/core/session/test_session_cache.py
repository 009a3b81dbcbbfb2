"""The start-up's session cache: the same file loads as the loader would load it, and any
change to what the session was made from (the file, a PDF it shows) is a miss, never a
stale day; a damaged or foreign cache entry is a miss too."""
from __future__ import annotations

import os
import shutil

from facilitator.bundled import default_session_path
from facilitator.core.session.cache import cached_session, remember_session
from facilitator.core.session.loader import load_session
from media_samples import numbered_pdf, session_file


def _copy_of_seed(tmp_path):
    path = tmp_path / "seed.yaml"
    shutil.copyfile(default_session_path(), path)
    return path


def test_an_unchanged_file_comes_back_equal_to_what_the_loader_gives(tmp_path):
    path, cache = _copy_of_seed(tmp_path), tmp_path / "cache"
    assert cached_session(path, cache) is None  # nothing kept yet
    loaded = load_session(path, files_present=False)
    remember_session(path, cache, loaded)
    again = cached_session(path, cache)
    assert again == loaded and again is not loaded
    assert [b.title for b in again.blocks] == [b.title for b in loaded.blocks]


def test_an_edited_file_is_a_miss(tmp_path):
    path, cache = _copy_of_seed(tmp_path), tmp_path / "cache"
    remember_session(path, cache, load_session(path, files_present=False))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ntitle: Workshop om sociale medier\n", "\ntitle: Workshop om sociale medier II\n", 1),
                    encoding="utf-8")
    assert cached_session(path, cache) is None
    assert load_session(path).title.endswith("II")


def test_the_same_bytes_at_another_place_are_another_entry(tmp_path):
    """Slide files are resolved against the session's folder: a copy elsewhere is parsed anew."""
    path, cache = _copy_of_seed(tmp_path), tmp_path / "cache"
    remember_session(path, cache, load_session(path, files_present=False))
    other = tmp_path / "other"
    other.mkdir()
    shutil.copyfile(path, other / "seed.yaml")
    assert cached_session(other / "seed.yaml", cache) is None


def test_a_changed_or_vanished_pdf_is_a_miss(tmp_path):
    pdf = numbered_pdf(tmp_path / "deck.pdf", 5)
    path = session_file(tmp_path, "  - id: deck\n    kind: pdf\n    file: deck.pdf\n", "[deck]")
    cache = tmp_path / "cache"
    remember_session(path, cache, load_session(path, files_present=False))
    assert len(cached_session(path, cache).slides) == 5
    numbered_pdf(pdf, 7)  # the facilitator saved a longer deck under the same name
    os.utime(pdf, ns=(1, 1))
    assert cached_session(path, cache) is None
    assert len(load_session(path).slides) == 7
    remember_session(path, cache, load_session(path, files_present=False))
    pdf.unlink()
    assert cached_session(path, cache) is None


def test_a_damaged_entry_is_a_miss_and_is_written_anew(tmp_path):
    path, cache = _copy_of_seed(tmp_path), tmp_path / "cache"
    session = load_session(path, files_present=False)
    remember_session(path, cache, session)
    (entry,) = cache.glob("session-*.pickle")
    entry.write_bytes(entry.read_bytes()[:100])
    assert cached_session(path, cache) is None
    remember_session(path, cache, session)
    assert cached_session(path, cache) == session


def test_a_cache_folder_that_cannot_be_written_costs_nothing_but_the_shortcut(tmp_path):
    path = _copy_of_seed(tmp_path)
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    remember_session(path, blocked / "cache", load_session(path, files_present=False))  # no exception
    assert cached_session(path, blocked / "cache") is None


def test_only_the_most_recent_sessions_are_kept(tmp_path):
    from facilitator.core.session.cache import KEEP

    cache = tmp_path / "cache"
    session = load_session(default_session_path(), files_present=False)
    for i in range(KEEP + 3):
        path = tmp_path / f"s{i}.yaml"
        shutil.copyfile(default_session_path(), path)
        remember_session(path, cache, session)
    assert len(list(cache.glob("session-*.pickle"))) == KEEP
