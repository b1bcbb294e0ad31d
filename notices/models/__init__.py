"""Notices and the notice board that lists them (one module each; the board builds on notices)."""

from notices.models.board import NoticeIndexPage
from notices.models.expiry import ExpiryCheck
from notices.models.notice import Notice, NoticeCategory, NoticeQuerySet

__all__ = ["ExpiryCheck", "Notice", "NoticeCategory", "NoticeIndexPage", "NoticeQuerySet"]
