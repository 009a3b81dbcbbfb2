"""One default content language, and the words the command line and the print-outs share."""
from facilitator.cli.wording import words
from facilitator.core.session.model import DEFAULT_LANGUAGE, content_language
from facilitator.core.session.words import SHARED
from facilitator.export.labels import labels


def test_a_content_language_is_da_or_en_and_danish_when_unsaid():
    assert DEFAULT_LANGUAGE == "da"
    assert content_language("en-GB") == "en" and content_language("da_DK") == "da"
    assert content_language(None) == content_language("de") == DEFAULT_LANGUAGE


def test_the_command_line_and_the_print_outs_write_the_shared_words_alike():
    for lang in ("da", "en"):
        for key, word in SHARED[lang].items():
            assert words(lang)[key] == labels(lang)[key] == word
    assert labels("da")["fixed"] == "* fast starttidspunkt"
