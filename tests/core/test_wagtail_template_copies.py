"""Guards for the Wagtail admin templates the project overrides in templates/wagtailadmin/ and
templates/wagtailimages/: each is Wagtail 8.0.1's template with the changes listed here and
nothing else. When one fails after an upgrade, Wagtail's template changed: copy it again and
apply the same changes (or drop the copy if Wagtail now does it itself).

The changes, all for a staff member who reads the admin in Bengali:
- the pagination's count ("25 documents", made in Python) in the reader's digits;
- "pages" where the page search printed its missing model name as "None";
- yes/no icons labelled "হ্যাঁ"/"না", not "True"/"False" (screen-reader text, the users list);
- the locked pages report's lock time in the project's date format and digits;
- an image's dimensions in the reader's digits (Wagtail printed them as a program reads them).
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.template import engines
from wagtail.admin import templatetags as admin_templatetags
from wagtail.images import views as image_views

ADMIN_TEMPLATES = Path(admin_templatetags.__file__).parent.parent / "templates"
IMAGE_TEMPLATES = Path(image_views.__file__).parent.parent / "templates"

COPIES = {
    "wagtailadmin/shared/pagination_nav.html": (
        ADMIN_TEMPLATES,
        [
            (
                "{% load wagtailadmin_tags %}\n",
                "{% load wagtailadmin_tags %}\n{% load bengali %}{# Rangpur: the count in the reader's digits "
                "(core/templatetags/wagtailadmin_bengali.py) #}\n",
            ),
            ("items_count_label|capfirst }}", "items_count_label|capfirst|local_digits }}"),
        ],
    ),
    "wagtailadmin/pages/listing/_page_title_column_header.html": (
        ADMIN_TEMPLATES,
        [
            (
                "{% block after_label %}\n",
                "{% block after_label %}\n"
                '    {# Rangpur: the page search gives no model name ("1-20 of 35 None"); "pages" then. #}\n'
                '    {% translate "pages" as pages %}{% with model_name=model_name|default:pages %}\n',
            ),
            ("    {% endif %}\n{% endblock %}", "    {% endif %}\n    {% endwith %}\n{% endblock %}"),
        ],
    ),
    "wagtailadmin/tables/boolean_cell.html": (
        ADMIN_TEMPLATES,
        [
            (
                "{% load wagtailadmin_tags %}\n",
                "{% load wagtailadmin_tags %}{# Rangpur: the icons' text in the reader's language "
                '("হ্যাঁ", not "True") #}\n',
            ),
            *[("title=value|stringformat:'s'", "title=value|yesno|capfirst")] * 3,
        ],
    ),
    "wagtailadmin/reports/listing/_list_unlock.html": (
        ADMIN_TEMPLATES,
        [
            (
                "{% load i18n wagtailadmin_tags %}\n",
                "{% load i18n wagtailadmin_tags bengali %}{# Rangpur: the lock time in the reader's format "
                "and digits #}\n",
            ),
            ('page.locked_at|date:"DATETIME_FORMAT"', "page.locked_at|local_datetime"),
        ],
    ),
}
# Overridden by extending Wagtail's template and replacing one block: the block as Wagtail has it.
IMAGE_STATS_BLOCK = """                    {% block stats %}
                        <dl>
                            <dt>{% trans "Max dimensions" %}</dt>
                            <dd>{{ original_image.width|unlocalize }}x{{ original_image.height|unlocalize }}</dd>
"""


def apply(text: str, changes: list[tuple[str, str]]) -> str:
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def project_template(name: str):
    template = engines["django"].engine.get_template(name)
    assert Path(template.origin.name).is_relative_to(settings.BASE_DIR / "templates"), name
    return template


@pytest.mark.parametrize("name", sorted(COPIES))
def test_the_copy_is_wagtails_template_with_the_listed_changes(name):
    folder, changes = COPIES[name]
    assert project_template(name).source == apply((folder / name).read_text(), changes)


def test_the_image_page_replaces_only_wagtails_stats_block():
    wagtail = (IMAGE_TEMPLATES / "wagtailimages/images/edit.html").read_text()
    assert IMAGE_STATS_BLOCK in wagtail
    assert "{% image image original as original_image %}" in wagtail
    ours = project_template("wagtailimages/images/edit.html").source
    assert ours.startswith('{% extends "wagtailimages/images/edit.html" %}')
    wagtail_block = wagtail[wagtail.index("{% block stats %}") :]
    wagtail_block = wagtail_block[: wagtail_block.index("{% endblock %}")]
    expected = wagtail_block.replace(
        "{{ original_image.width|unlocalize }}x{{ original_image.height|unlocalize }}",
        "{{ original_image.width|local_digits }}x{{ original_image.height|local_digits }}",
    )
    assert expected in ours
