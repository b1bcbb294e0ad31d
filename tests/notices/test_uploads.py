"""Attachments on notices name their type and size, in Bengali digits on Bengali pages (the
checks made when they were uploaded are in tests/core/test_uploads.py)."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def test_attachment_list_shows_type_and_size_with_bengali_digits(client, boards):
    document = get_document_model().objects.create(title="তফসিল", file=ContentFile(PDF * 40, name="schedule.pdf"))
    notice = NoticeFactory(attachment=document)
    bengali = client.get(f"/bn/notices/{notice.pk}/").text
    assert re.search(r"\(PDF, [০-৯]+\.[০-৯]\s\S+\)", bengali)
    english = client.get(f"/en/notices/{notice.pk}/").text
    assert re.search(r"\(PDF, [0-9]+\.[0-9]\sKB\)", english)
