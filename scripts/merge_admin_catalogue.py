"""Merge the Bengali translations of the Wagtail admin into the project's Bengali catalogues.

Wagtail's own Bengali catalogue translates a few dozen of the admin's strings; the rest of
the admin would show English to a staff member who prefers Bengali. The project's catalogue
(LOCALE_PATHS) comes first when Django looks a string up, so the admin's strings translated
there win over Wagtail's, Django's and wagtail-localize's. They are kept apart, in
locale/admin-bn/{django,djangojs}.po, because they are not the project's strings: `make
messages` (makemessages) marks them obsolete in the project's catalogue, and this script,
run after it, brings them back.

For each entry of locale/admin-bn/<domain>.po:
- a project entry with the same msgid (and context) that is translated is left alone: the
  project's wording wins;
- a project entry that is untranslated, fuzzy or obsolete gets the admin translation;
- anything else is added.
An admin translation whose placeholders differ from its msgid's is refused (it would crash
or mistranslate at run time). The .mo files are compiled afterwards.

Usage: python scripts/merge_admin_catalogue.py [--check]
  --check: change nothing, exit 1 if a merge would change the project's catalogues.
"""

import re
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "locale" / "admin-bn"
TARGET = ROOT / "locale" / "bn" / "LC_MESSAGES"
DOMAINS = ("django", "djangojs")

# Python's %(name)s / %s / %d, str.format()'s {name} / {0} / {} (Wagtail and wagtail-localize use
# both), and the same in the admin's JavaScript.
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{[A-Za-z0-9_]*\}")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def problems(entry: polib.POEntry) -> list[str]:
    """What is wrong with a translation of the admin catalogue (empty list: nothing)."""
    found = []
    if entry.msgid_plural:
        forms = [entry.msgstr_plural.get(i, "") for i in (0, 1)]
        if not all(forms):
            found.append("a plural form is empty")
        wanted = placeholders(entry.msgid_plural)
        for form in forms:
            # A plural form may leave out the count (Bengali: "১টি" is said the same either way)
            # but must not invent a placeholder.
            if set(placeholders(form)) - set(wanted) - set(placeholders(entry.msgid)):
                found.append(f"placeholders differ: {form!r}")
    else:
        if not entry.msgstr:
            found.append("empty translation")
        elif placeholders(entry.msgstr) != placeholders(entry.msgid):
            found.append(f"placeholders differ: {entry.msgstr!r}")
    return found


def key(entry: polib.POEntry) -> tuple[str | None, str]:
    return (entry.msgctxt, entry.msgid)


def copy_translation(source: polib.POEntry, target: polib.POEntry) -> None:
    if source.msgid_plural:
        target.msgid_plural = source.msgid_plural
        target.msgstr_plural = dict(source.msgstr_plural)
    else:
        target.msgstr = source.msgstr
    target.obsolete = False
    if "fuzzy" in target.flags:
        target.flags.remove("fuzzy")
    target.previous_msgid = target.previous_msgid_plural = target.previous_msgctxt = None
    for flag in source.flags:
        if flag not in target.flags:
            target.flags.append(flag)


MARK = "Wagtail admin (scripts/merge_admin_catalogue.py)"


def needs_translation(entry: polib.POEntry) -> bool:
    """An entry this script added earlier follows the admin catalogue; the project's own keep theirs."""
    return MARK in entry.tcomment or entry.obsolete or "fuzzy" in entry.flags or not entry.translated()


def same_translation(source: polib.POEntry, target: polib.POEntry) -> bool:
    if source.msgid_plural:
        return dict(source.msgstr_plural) == dict(target.msgstr_plural) and not target.obsolete
    return source.msgstr == target.msgstr and not target.obsolete and "fuzzy" not in target.flags


def merge(domain: str) -> int:
    """Merge one domain; return how many entries of the project's catalogue changed."""
    source_path = SOURCE / f"{domain}.po"
    target_path = TARGET / f"{domain}.po"
    admin = polib.pofile(str(source_path))
    bad = {entry.msgid: problems(entry) for entry in admin if problems(entry)}
    if bad:
        for msgid, issues in bad.items():
            print(f"{source_path.name}: {msgid!r}: {'; '.join(issues)}", file=sys.stderr)
        raise SystemExit(2)
    if target_path.exists():
        project = polib.pofile(str(target_path))
    else:
        project = polib.POFile()
        project.metadata = dict(admin.metadata)
    existing = {key(entry): entry for entry in project}
    changed = 0
    for entry in admin:
        current = existing.get(key(entry))
        if current is None:
            project.append(
                polib.POEntry(
                    msgctxt=entry.msgctxt,
                    msgid=entry.msgid,
                    msgid_plural=entry.msgid_plural,
                    msgstr=entry.msgstr,
                    msgstr_plural=dict(entry.msgstr_plural),
                    flags=list(entry.flags),
                    tcomment=MARK,
                )
            )
            changed += 1
        elif needs_translation(current) and not same_translation(entry, current):
            copy_translation(entry, current)
            changed += 1
    if changed and "--check" not in sys.argv:
        project.save(str(target_path))
        project.save_as_mofile(str(target_path.with_suffix(".mo")))
    print(f"{domain}: {changed} entries merged from {source_path.relative_to(ROOT)}")
    return changed


def main() -> int:
    changed = sum(merge(domain) for domain in DOMAINS)
    return 1 if changed and "--check" in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
