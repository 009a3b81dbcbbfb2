"""One default content language, and the words the command line and the print-outs share."""
from facilitator.cli.wording import STATUS_WORDS, words
from facilitator.core.room_words import room_language, room_word
from facilitator.core.session.model import DEFAULT_LANGUAGE, content_language
from facilitator.export.labels import labels


def test_a_content_language_is_da_or_en_and_danish_when_unsaid():
    assert DEFAULT_LANGUAGE == "da"
    assert content_language("en-GB") == "en" and content_language("da_DK") == "da"
    assert content_language(None) == content_language("de") == DEFAULT_LANGUAGE
    assert room_language("de") == DEFAULT_LANGUAGE and room_language("en-GB") == "en"  # the wall's too


def test_the_wall_the_print_outs_and_the_command_line_write_a_shared_word_alike():
    for lang in ("da", "en"):
        for key in ("duration", "fixed"):
            assert words(lang)[key] == labels(lang)[key] == room_word(key, lang)
        for key in ("touchpoint", "feeling", "pain", "persona", "break", "exercise"):
            assert labels(lang)[key] == room_word(key, lang)
        assert STATUS_WORDS[lang]["back_at"] == room_word("back_at", lang)  # the break as the wall names it
    assert labels("da")["fixed"] == "* fast starttidspunkt"
