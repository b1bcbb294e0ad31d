"""The e-service centre's data: the citizen charter, applications with their log and uploads,
the holiday calendar, feedback, the visitor register, and the routable pages that show it all
to citizens.

The pages' routes call the views in eservice/web/, which this package therefore loads while it
is itself loading: code those views reach (eservice/web/ and eservice/domain/) imports models
from their own modules (``eservice.models.applications`` and so on), never from this package.
"""

from .applications import Application, ApplicationEvent, ApplicationUpload, Channel, DailySerial, Status, Survey
from .charter import ExtraFields, Holiday, Service
from .feedback import Feedback, FeedbackStatus
from .frontdesk import Visitor, VisitorOutcome
from .pages import EServiceCentrePage, FeedbackPage

__all__ = [
    "Application",
    "ApplicationEvent",
    "ApplicationUpload",
    "Channel",
    "DailySerial",
    "EServiceCentrePage",
    "ExtraFields",
    "Feedback",
    "FeedbackPage",
    "FeedbackStatus",
    "Holiday",
    "Service",
    "Status",
    "Survey",
    "Visitor",
    "VisitorOutcome",
]
