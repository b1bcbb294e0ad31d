"""Fixed lists of the section pages: mahals, offices, investment sectors, crops and fertilizers.

Stored values are short English codes (stable for the API and for filters); the labels are
translated, so a table row that holds only codes and numbers reads right in both languages
without being translated page by page. The upazilas, which the e-service centre uses too,
are in core.choices.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MahalKind(models.TextChoices):
    JALMAHAL = "jalmahal", _("Jalmahal")
    BALUMAHAL = "balumahal", _("Balumahal")
    PATHORMAHAL = "pathormahal", _("Pathormahal")
    OTHER = "other", _("Other mahal")


class LeaseStatus(models.TextChoices):
    LEASED = "leased", _("Leased")
    VACANT = "vacant", _("Not leased")
    UNDER_TENDER = "under-tender", _("Under tender")
    IN_LITIGATION = "in-litigation", _("In litigation")


class OfficeCategory(models.TextChoices):
    ADMINISTRATION = "administration", _("Administration")
    AGRICULTURE = "agriculture", _("Agriculture and food")
    EDUCATION = "education", _("Education and training")
    HEALTH = "health", _("Health")
    ENGINEERING = "engineering", _("Engineering and works")
    SOCIAL = "social", _("Social welfare and cooperatives")
    ICT = "ict", _("ICT and statistics")
    LOCAL_GOVERNMENT = "local-government", _("Local government")


class InvestmentSector(models.TextChoices):
    AGRO_PROCESSING = "agro-processing", _("Agro-processing")
    TOURISM = "tourism", _("Tourism and hospitality")
    ICT = "ict", _("ICT")
    MANUFACTURING = "manufacturing", _("Light manufacturing")
    ENERGY = "energy", _("Energy")
    FISHERIES = "fisheries", _("Fisheries and livestock")


class Fertilizer(models.TextChoices):
    UREA = "urea", _("Urea")
    TSP = "tsp", _("TSP")
    MOP = "mop", _("MOP")
    DAP = "dap", _("DAP")


class Crop(models.TextChoices):
    PADDY = "paddy", _("Paddy")
    BOILED_RICE = "boiled-rice", _("Boiled rice")
    ATAP_RICE = "atap-rice", _("Atap rice")
    WHEAT = "wheat", _("Wheat")


class CropSeason(models.TextChoices):
    AMAN = "aman", _("Aman")
    BORO = "boro", _("Boro")
    AUS = "aus", _("Aus")
    RABI = "rabi", _("Rabi")
    KHARIF = "kharif", _("Kharif")
