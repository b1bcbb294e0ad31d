"""The e-service centre's data: the citizen charter, applications with their log and uploads,
the holiday calendar, and the routable page that shows it all to citizens."""

from .applications import Application, ApplicationEvent, ApplicationUpload, Channel, DailySerial, Status, Survey
from .charter import ExtraFields, Holiday, Service
from .feedback import Feedback, FeedbackPage, FeedbackStatus
from .frontdesk import Visitor, VisitorOutcome
from .pages import EServiceCentrePage

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
