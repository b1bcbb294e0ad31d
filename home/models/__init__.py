"""The site tree: the home page and every section's page types, one module per section."""

from .attachments import AttachmentTrio
from .home_page import HomePage
from .site_settings import OfficeSettings

__all__ = ["AttachmentTrio", "HomePage", "OfficeSettings"]
