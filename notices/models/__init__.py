"""Notices and the notice board that lists them (one module each; the board builds on notices)."""

from notices.models.board import NoticeIndexPage
from notices.models.notice import Notice, NoticeCategory, NoticeQuerySet

__all__ = ["Notice", "NoticeCategory", "NoticeIndexPage", "NoticeQuerySet"]
