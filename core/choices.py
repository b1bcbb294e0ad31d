"""Fixed lists shared by more than one app: the district's upazilas.

Stored values are short English codes (stable for the API and for filters); the labels are
translated, so a table row that holds only codes and numbers reads right in both languages
without being translated page by page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Upazila(models.TextChoices):
    RANGPUR_SADAR = "rangpur-sadar", _("Rangpur Sadar")
    BADARGANJ = "badarganj", _("Badarganj")
    GANGACHARA = "gangachara", _("Gangachara")
    KAUNIA = "kaunia", _("Kaunia")
    MITHAPUKUR = "mithapukur", _("Mithapukur")
    PIRGACHHA = "pirgachha", _("Pirgachha")
    PIRGANJ = "pirganj", _("Pirganj")
    TARAGANJ = "taraganj", _("Taraganj")


# The first option of a dropdown with nothing chosen yet: a prompt a reader understands, not
# Django's "---------".
CHOOSE_PROMPT = _("Choose…")
