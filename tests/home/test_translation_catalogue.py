"""Every user-visible string of the project has a Bengali translation, compiled."""

import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "bn" / "LC_MESSAGES" / "django.po"
SOURCE_FOLDERS = (
    "accounts",
    "core",
    "api",
    "home",
    "notices",
    "eservice",
    "search",
    "preview",
    "demo",
    "portals",
    "rangpur_cms",
    "templates",
)


def _current_entries(po: polib.POFile) -> list[polib.POEntry]:
    return [entry for entry in po if not entry.obsolete]


def test_catalogue_has_no_untranslated_or_fuzzy_entries():
    po = polib.pofile(str(CATALOGUE))
    missing = [e.msgid for e in _current_entries(po) if not e.translated() or "fuzzy" in e.flags]
    assert missing == []


def test_compiled_catalogue_matches_the_source():
    po = polib.pofile(str(CATALOGUE))
    mo = polib.mofile(str(CATALOGUE.with_suffix(".mo")))
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural for entry in mo}
    for entry in _current_entries(po):
        assert compiled.get((entry.msgctxt, entry.msgid)) == (entry.msgstr or entry.msgstr_plural), entry.msgid


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed (CI installs it)")
def test_every_string_in_the_code_is_in_the_catalogue(tmp_path, settings, monkeypatch):
    for folder in SOURCE_FOLDERS:
        shutil.copytree(
            Path(settings.BASE_DIR) / folder,
            tmp_path / folder,
            ignore=shutil.ignore_patterns("static", "__pycache__", "migrations"),
        )
    (tmp_path / "locale").mkdir()
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(tmp_path)
    call_command("makemessages", locale=["bn"], no_location=True, verbosity=0)
    extracted = polib.pofile(str(tmp_path / "locale" / "bn" / "LC_MESSAGES" / "django.po"))
    committed = {(e.msgctxt, e.msgid): e for e in _current_entries(polib.pofile(str(CATALOGUE)))}
    missing = [
        e.msgid
        for e in extracted
        if (e.msgctxt, e.msgid) not in committed or not committed[(e.msgctxt, e.msgid)].translated()
    ]
    assert missing == [], "Run `make messages` and translate these strings"


def test_bengali_is_active_for_project_strings():
    with translation.override("bn"):
        assert translation.gettext("Skip to main content") == "মূল বিষয়বস্তুতে যান"
