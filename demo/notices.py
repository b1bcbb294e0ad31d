"""The notice board and its notices in both languages (demo/data/notices.yaml).

A notice is found by its Bengali title before anything is made for it. Its PDF files are made
from its own text, headed by each file's label and signed by the office.
"""

from typing import Any

from wagtail.models import Locale

from demo.content import English, moment, read_section, resolve
from demo.media import demo_pdf
from demo.pages import build_page
from demo.translation import english_locale, translate
from home.models import HomePage
from notices.models import Notice, NoticeIndexPage


def load(home: HomePage) -> NoticeIndexPage:
    """The notice board in both languages and the demo notices with their English twins."""
    data = read_section("notices")
    board = build_page(home, data["board"])
    for item in data["notices"]:
        english = English()
        fields = {
            "title": resolve(item["title"], english),
            "body": resolve({"paragraphs": item["body"]}, english),
            "photo": resolve(item.get("photo"), english),
            "photo_alt": resolve(item.get("photo_alt", ""), english),
        }
        notice = Notice.objects.filter(locale=home.locale, title=fields["title"]).first()
        if notice is None:
            notice = _create(item, home.locale, fields, signature=data["pdf_signature"])
        if notice.get_translation_or_none(english_locale()) is None:
            translate(notice, english)
    return board


def _create(item: dict[str, Any], locale: Locale, fields: dict[str, Any], signature: str) -> Notice:
    notice = Notice(
        locale=locale,
        category=item["category"],
        published_at=moment(item["published"]),
        expires_at=moment(item["expires"]) if "expires" in item else None,
        live=False,
        **fields,
    )
    paragraphs = [text["bn"] for text in item["body"]]
    files = [_pdf(fields["title"], label, paragraphs, signature) for label in item.get("files", [])]
    if files:
        notice.attachment = files[0]
        notice.attachments = [("document", document) for document in files[1:]]
    notice.save()
    notice.save_revision().publish()
    return notice


def _pdf(title: str, label: str, paragraphs: list[str], signature: str):
    html = f"<h1>{label}</h1><h2>{title}</h2>" + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    html += f"<p>{signature}</p>"
    return demo_pdf(f"{label}: {title}", html)
