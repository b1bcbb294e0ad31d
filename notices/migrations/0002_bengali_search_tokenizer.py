"""Keep Bengali words whole in SQLite's full-text index.

Wagtail's SQLite search table uses FTS5's default ``unicode61`` tokenizer, which only counts
letters and digits as parts of words. Bengali vowel signs, the hasanta (্) and the anusvara (ং)
are combining marks, so it cut "রংপুর" into "র", "প", "র" and a search for "পুর" matched it.
Counting combining marks (and the zero-width joiners Bengali spelling uses) as word characters
keeps each word whole. PostgreSQL's parser already does, so this only touches SQLite.
"""

from django.db import migrations

FTS_TABLE = "wagtailsearch_indexentry_fts"
ENTRY_TABLE = "wagtailsearch_indexentry"
BENGALI_TOKENIZER = "unicode61 categories 'L* N* Co M*' tokenchars '\u200c\u200d'"
DEFAULT_TOKENIZER = "unicode61"


def rebuild_fts_table(tokenizer: str):
    def run(apps, schema_editor):
        connection = schema_editor.connection
        if connection.vendor != "sqlite":
            return
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [FTS_TABLE])
            if cursor.fetchone() is None:
                return  # this SQLite has no FTS5; Wagtail then searches without it
            cursor.execute(f"DROP TABLE {FTS_TABLE}")
            cursor.execute(
                f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(autocomplete, body, title, tokenize = \"{tokenizer}\")"
            )
            # The triggers Wagtail put on the entry table keep this table in step from now on.
            cursor.execute(
                f"INSERT INTO {FTS_TABLE}(rowid, title, body, autocomplete) "  # noqa: S608
                f"SELECT id, title, body, autocomplete FROM {ENTRY_TABLE}"
            )

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.RunPython(rebuild_fts_table(BENGALI_TOKENIZER), rebuild_fts_table(DEFAULT_TOKENIZER)),
    ]
