"""The site itself (demo/data/site.yaml): both locales, the Bengali home page with its English
translation, the office's contacts, and moderation for both home pages."""

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site, Workflow, WorkflowPage

from demo.content import English, read_section
from demo.pages import page_fields
from demo.translation import english_locale, translate
from home.models import HomePage, OfficeSettings

# Made by home's migration 0003; the demo only assigns it.
MODERATION_WORKFLOW = "Moderators approval"


def load() -> HomePage:
    """Build (or find) the site, its locales and the home page in both languages."""
    data = read_section("site")
    bengali = Locale.objects.get_or_create(language_code="bn")[0]
    locale_en = english_locale()
    spec = data["home"]
    english = English()
    fields = page_fields(HomePage, spec, english)
    home = HomePage.objects.filter(locale=bengali).first()
    if home is None:
        home = _create_home(bengali, spec["slug"], fields, site_name=spec["title"]["en"])
    if home.get_translation_or_none(locale_en) is None:
        translate(home, english)
    _office_settings(Site.objects.get(is_default_site=True), data["office"])
    _assign_moderation_workflow(home)
    return home


def _create_home(bengali: Locale, slug: str, fields: dict[str, Any], site_name: str) -> HomePage:
    root = Page.get_first_root_node()
    # Wagtail's installer leaves a plain "Welcome to Wagtail" page at the top; ours replaces it.
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    home = HomePage(slug=slug, locale=bengali, **fields)
    root.add_child(instance=home)
    home.save_revision().publish()
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": address.hostname or "localhost",
            "port": address.port or (443 if address.scheme == "https" else 80),
            "root_page": home,
            "site_name": site_name,
        },
    )
    return home


def _office_settings(site: Site, texts: dict[str, dict[str, str]]) -> None:
    """The office's settings keep each text in two fields, `<name>_bn` and `<name>_en`."""
    office = OfficeSettings.for_site(site)
    if office.address_bn:
        return
    for name, text in texts.items():
        setattr(office, f"{name}_bn", text["bn"])
        setattr(office, f"{name}_en", text["en"])
    office.save()


def _assign_moderation_workflow(home: HomePage) -> None:
    """Both home pages go through the moderators' approval."""
    workflow = Workflow.objects.filter(name=MODERATION_WORKFLOW, active=True).first()
    if workflow is None:
        return
    for page in home.get_translations(inclusive=True):
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
