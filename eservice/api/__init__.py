"""The e-service centre's part of the v3 API: the citizen charter and holidays, applications
(submit, track, move on), the display board and feedback.

``routers`` lists each module's router with the prefix it is mounted under; the project's API
adds them all. Every operation has an explicit ``operation_id`` and ``url_name``, so moving an
operation between these modules never changes the public API.
"""

from eservice.api.applications import router as applications_router
from eservice.api.board import router as board_router
from eservice.api.charter import router as charter_router
from eservice.api.feedback import router as feedback_router

routers = [
    ("/", charter_router),
    ("/", applications_router),
    ("/", board_router),
    ("/", feedback_router),
]

__all__ = ["applications_router", "board_router", "charter_router", "feedback_router", "routers"]
