"""Signals other parts hook onto (notifications, the display board). Both are sent only after
the transaction commits, so a failing receiver can never undo or half-save an application.

``application_received(sender=Application, application=...)``
``application_moved(sender=Application, application=..., event=..., from_status=..., to_status=...)``
"""

from django.dispatch import Signal

application_received = Signal()
application_moved = Signal()
