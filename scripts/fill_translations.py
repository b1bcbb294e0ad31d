"""Fill Bengali translations into locale/bn/LC_MESSAGES/django.po and compile the .mo.

Usage: python scripts/fill_translations.py < translations.json
where the JSON maps each English msgid to its Bengali text. Entries not in the JSON are left
alone; filled entries lose their "fuzzy" flag. Prints what is still untranslated.
Run `make messages` first so the catalogue knows every string in the code.
"""

import json
import sys
from pathlib import Path

import polib

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "bn" / "LC_MESSAGES" / "django.po"


def main() -> int:
    text = "" if sys.stdin.isatty() else sys.stdin.read().strip()
    translations = json.loads(text) if text else {}
    po = polib.pofile(str(CATALOGUE))
    for entry in po:
        if entry.msgid in translations:
            text = translations[entry.msgid]
            if entry.msgid_plural:
                forms = text if isinstance(text, list) else [text, text]
                entry.msgstr_plural = dict(enumerate(forms))
            else:
                entry.msgstr = text
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
                entry.previous_msgid = None
                entry.previous_msgid_plural = None
    po.save()
    po.save_as_mofile(str(CATALOGUE.with_suffix(".mo")))
    missing = [entry.msgid for entry in po if not entry.obsolete and (not entry.translated() or "fuzzy" in entry.flags)]
    for msgid in missing:
        print(f"untranslated: {msgid!r}")
    print(f"{len(po.translated_entries())} translated, {len(missing)} missing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
