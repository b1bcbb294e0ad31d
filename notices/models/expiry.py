"""How far the `purge_expired_notices` command has looked for notices that expired.

A notice leaves the board for the archive when its expiry passes, without anyone saving it, so
no signal tells the caches. The command, run every few minutes, purges the notices that expired
since its last run; this row remembers that moment for every app server (one shared database).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ExpiryCheck(models.Model):
    """The moment up to which expired notices have been purged from the caches (one row)."""

    checked_up_to = models.DateTimeField(_("checked up to"))

    class Meta:
        verbose_name = _("expiry check")

    def __str__(self) -> str:
        return self.checked_up_to.isoformat()
