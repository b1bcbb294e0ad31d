"""Fixed lists shared by the section pages: upazilas, crops, fertilizers, and the like.

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
