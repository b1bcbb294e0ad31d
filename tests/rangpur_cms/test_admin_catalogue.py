"""The Bengali catalogue of Wagtail's admin strings (locale/admin-bn/) and its merge script.

The project's catalogues must already hold the merged admin translations (the lead re-runs the
script after `make messages`), every admin translation keeps its msgid's placeholders, and the
merge never overwrites the project's own wording.
"""

import importlib.util
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.translation import gettext, ngettext

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "merge_admin_catalogue.py"
SPEC = importlib.util.spec_from_file_location("merge_admin_catalogue", SCRIPT)
merge_admin_catalogue = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(merge_admin_catalogue)


def test_the_project_catalogues_hold_the_merged_admin_translations():
    result = subprocess.run(  # noqa: S603 our own interpreter and a fixed script
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_admin_translation_keeps_its_placeholders(domain):
    catalogue = polib.pofile(str(ROOT / "locale" / "admin-bn" / f"{domain}.po"))
    assert len(catalogue) > (1000 if domain == "django" else 100)
    assert {
        entry.msgid: merge_admin_catalogue.problems(entry)
        for entry in catalogue
        if merge_admin_catalogue.problems(entry)
    } == {}


def test_a_changed_placeholder_is_refused():
    entry = polib.POEntry(msgid="Add %(model_name)s", msgstr="%(model)s যোগ করুন")
    assert merge_admin_catalogue.problems(entry) == ["placeholders differ: '%(model)s যোগ করুন'"]


def test_the_merge_keeps_the_projects_wording_and_revives_what_makemessages_retired(tmp_path, monkeypatch):
    source, target = tmp_path / "admin-bn", tmp_path / "bn"
    source.mkdir(), target.mkdir()
    admin = polib.POFile()
    admin.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": "nplurals=2; plural=(n != 1);"}
    for msgid, msgstr in [("Search", "খুঁজুন (ওয়াগটেইল)"), ("Dashboard", "ড্যাশবোর্ড"), ("Live", "প্রকাশিত")]:
        admin.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    admin.append(
        polib.POEntry(
            msgid="1 page",
            msgid_plural="%(counter)s pages",
            msgstr_plural={0: "%(counter)sটি পাতা", 1: "%(counter)sটি পাতা"},
        )
    )
    for domain in ("django", "djangojs"):
        admin.save(str(source / f"{domain}.po"))
    project = polib.POFile()
    project.metadata = dict(admin.metadata)
    project.append(polib.POEntry(msgid="Search", msgstr="খুঁজুন"))  # the project's own wording
    project.append(polib.POEntry(msgid="Dashboard", msgstr="", obsolete=True))  # retired by makemessages
    project.save(str(target / "django.po"))
    monkeypatch.setattr(merge_admin_catalogue, "SOURCE", source)
    monkeypatch.setattr(merge_admin_catalogue, "TARGET", target)
    monkeypatch.setattr(merge_admin_catalogue, "ROOT", tmp_path)
    monkeypatch.setattr(sys, "argv", ["merge_admin_catalogue.py"])

    assert merge_admin_catalogue.main() == 0
    merged = {entry.msgid: entry for entry in polib.pofile(str(target / "django.po"))}
    assert merged["Search"].msgstr == "খুঁজুন"
    assert merged["Dashboard"].msgstr == "ড্যাশবোর্ড" and not merged["Dashboard"].obsolete
    assert merged["1 page"].msgstr_plural == {0: "%(counter)sটি পাতা", 1: "%(counter)sটি পাতা"}
    assert (target / "django.mo").exists() and (target / "djangojs.mo").exists()
    # Run again: nothing left to do, and --check agrees.
    monkeypatch.setattr(sys, "argv", ["merge_admin_catalogue.py", "--check"])
    assert merge_admin_catalogue.main() == 0


def test_the_admin_strings_are_bengali_at_run_time():
    with translation.override("bn"):
        assert gettext("Sign in to Wagtail") == "ওয়াগটেইলে সাইন ইন করুন"
        assert ngettext("%(num)d minute", "%(num)d minutes", 5) % {"num": 5} == "5 মিনিট"
        assert gettext("Locked pages") == "লক করা পাতা"
