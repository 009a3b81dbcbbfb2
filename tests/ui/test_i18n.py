"""The UI language: Danish text appears when Danish is chosen, and the choice follows
--lang > $FACILITATOR_LANG > the saved setting > the system locale."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QCoreApplication, QSettings

from facilitator.bundled import resource_path
from facilitator.ui import i18n
from facilitator.ui.settings import LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
TABLE = yaml.safe_load((ROOT / "packaging" / "translations_da.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def danish(qapp):
    i18n.install_language("da", qapp)
    yield
    i18n.install_language("en", qapp)  # later tests expect the English source text


def translate(context: str, source: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, None, n)


def test_danish_translator_translates_a_known_string(danish):
    assert translate("LanguageMenu", "Follow the system") == "Følg systemet"


def test_untranslated_string_keeps_its_english_text(danish):
    assert translate("LanguageMenu", "No such string in any table") == "No such string in any table"


def test_english_removes_the_danish_translator(qapp):
    i18n.install_language("da", qapp)
    i18n.install_language("en", qapp)
    assert translate("LanguageMenu", "Follow the system") == "Follow the system"


def _ts_messages():
    root = ET.parse(resource_path("translations", "facilitator_da.ts")).getroot()
    for context in root.findall("context"):
        for message in context.findall("message"):
            yield context.findtext("name"), message


def test_the_ts_has_every_translation_of_the_yaml_table():
    # Fails when the YAML was edited without running packaging/update_translations.py.
    stale = []
    for context, message in _ts_messages():
        source = message.findtext("source")
        if source in TABLE and not isinstance(TABLE[source], list):
            if message.findtext("translation") != TABLE[source]:
                stale.append((context, source))
    assert not stale, "run packaging/update_translations.py; stale in the .ts: " + repr(stale)


def test_every_finished_translation_in_the_ts_is_in_the_qm(danish):
    # Fails when the .qm was not recompiled after the .ts changed.
    stale = []
    for context, message in _ts_messages():
        translation = message.find("translation")
        if translation.get("type") or message.get("numerus"):
            continue
        if translate(context, message.findtext("source")) != translation.text:
            stale.append((context, message.findtext("source")))
    assert not stale, "facilitator_da.qm is older than facilitator_da.ts: " + repr(stale)


def test_every_string_in_the_ts_has_danish():
    missing = [(c, m.findtext("source")) for c, m in _ts_messages()
               if m.find("translation").get("type") == "unfinished"]
    assert not missing, "add to packaging/translations_da.yaml: " + repr(missing)


@pytest.mark.parametrize("flag, env, setting, system, expected", [
    ("da", "en", "en", ["en-US"], "da"),          # the flag wins
    (None, "da", "en", ["en-US"], "da"),          # then the environment
    (None, None, "da", ["en-US"], "da"),          # then the saved setting
    (None, None, None, ["da-DK", "en-US"], "da"),  # then the system locale
    (None, None, None, ["de-DE", "en-GB"], "en"),  # first supported system language
    (None, None, None, ["de-DE"], "en"),          # nothing supported: English
    (None, "klingon", "da_DK", [], "da"),         # an unsupported value is skipped
    ("en", "da", "da", ["da-DK"], "en"),
])
def test_language_selection_order(flag, env, setting, system, expected):
    assert i18n.choose_language(flag, env, setting, system) == expected


def test_requested_language_reads_env_then_settings(qapp, tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(i18n, "system_languages", lambda: ["en-US"])
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    assert i18n.requested_language(None, settings) == "en"
    i18n.save_language_setting("da", settings)
    assert i18n.requested_language(None, settings) == "da"
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    assert i18n.requested_language(None, settings) == "en"
    assert i18n.requested_language("da", settings) == "da"
    i18n.save_language_setting(None, settings)
    monkeypatch.delenv(i18n.ENV_VAR)
    assert i18n.requested_language(None, settings) == "en"


def test_setup_language_installs_what_the_flag_asks_for(qapp, tmp_path, monkeypatch):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    try:
        assert i18n.setup_language(qapp, "da", settings) == "da"
        assert translate("LanguageMenu", "&Language") == "&Sprog"
    finally:
        i18n.install_language("en", qapp)


def test_language_menu_saves_the_choice(qtbot, tmp_path):
    from facilitator.ui.language_menu import LanguageMenu

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    menu = LanguageMenu(None, settings)
    qtbot.addWidget(menu)
    actions = {a.text(): a for a in menu.actions()}
    assert actions["Follow the system"].isChecked()
    actions["Dansk"].trigger()
    assert settings.value(LANGUAGE) == "da"
    assert actions["Dansk"].isChecked() and not actions["Follow the system"].isChecked()
    actions["Follow the system"].trigger()
    assert settings.value(LANGUAGE) is None
