"""The site tree: the home page and every section's page types, one module per section."""

from .administration import AdministrationIndexPage, BranchPage
from .agriculture import (
    AgricultureIndexPage,
    FertilizerReportPage,
    FertilizerRow,
    ProcurementReportPage,
    ProcurementRow,
)
from .content import ContactPage, ContentPage, GalleryPage
from .home_page import HomePage
from .investment import InvestmentIndexPage, InvestmentPage
from .mahals import MahalIndexPage, MahalPage
from .offices import OfficeIndexPage, OfficePage
from .portal import Portal, PortalKind
from .site_settings import OfficeSettings
from .tourism import TouristSpotIndexPage, TouristSpotPage
from .upazila_portal import UpazilaHomePage
from .upazilas import UpazilaIndexPage, UpazilaPage

__all__ = [
    "AdministrationIndexPage",
    "AgricultureIndexPage",
    "BranchPage",
    "ContactPage",
    "ContentPage",
    "FertilizerReportPage",
    "FertilizerRow",
    "GalleryPage",
    "HomePage",
    "InvestmentIndexPage",
    "InvestmentPage",
    "MahalIndexPage",
    "MahalPage",
    "OfficeIndexPage",
    "OfficePage",
    "OfficeSettings",
    "Portal",
    "PortalKind",
    "ProcurementReportPage",
    "ProcurementRow",
    "TouristSpotIndexPage",
    "TouristSpotPage",
    "UpazilaHomePage",
    "UpazilaIndexPage",
    "UpazilaPage",
]
