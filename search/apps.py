from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The site search across pages and notices, in the reader's language."""

    name = "search"
    verbose_name = _("Search")
