"""A position on the map, shared by offices, tourist spots, upazilas and the contact page."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField


class MapPosition(models.Model):
    """Latitude and longitude, shown as a link to OpenStreetMap (no map script on our pages)."""

    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("20")), MaxValueValidator(Decimal("27"))],
        help_text=_("Degrees north, e.g. 25.72510 (Bangladesh lies between 20 and 27)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("88")), MaxValueValidator(Decimal("93"))],
        help_text=_("Degrees east, e.g. 89.28040 (Bangladesh lies between 88 and 93)."),
    )

    map_panels = [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Map position"))]
    api_fields = [APIField("latitude"), APIField("longitude")]

    class Meta:
        abstract = True

    @property
    def has_map_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def map_url(self) -> str:
        if not self.has_map_position:
            return ""
        return f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}#map=15/{self.latitude}/{self.longitude}"
