"""Reading the demo's data files (demo/data/<section>.yaml) into the values models are built from.

A data file writes every text in both languages side by side, `{bn: ..., en: ...}`. Resolving a
value gives the Bengali (the source the page or snippet is saved with) and records its English
twin, so that the English translation can be made from the same file. A few one-key mappings
stand for values that are not plain data:

- `paragraphs: [texts]` and `bullets: [texts]`: rich text, one <p> per text or one <ul> list;
- `lines: [texts]`: a multi-line text field, one text per line;
- `demo_image: {title, scene, size}` (a scene of demo/pictures.py) and `demo_pdf: {title, html}`: a Wagtail image or document
  made on this machine (see demo/media.py), found by its title when it exists already.
"""

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from core.i18n import nfc
from demo.media import demo_image, demo_pdf

DATA_DIR = Path(__file__).resolve().parent / "data"
DHAKA = ZoneInfo("Asia/Dhaka")


def read_section(name: str) -> dict[str, Any]:
    """The contents of demo/data/<name>.yaml."""
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def moment(text: str) -> datetime.datetime:
    """'2026-11-20 14:00' (as the data files write a moment) in Asia/Dhaka."""
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=DHAKA)


class English(dict[str, str]):
    """The English twin of each Bengali text met while resolving one page or snippet.

    Keyed by the Bengali in NFC, which is how demo.translation.translate() looks them up; so a
    Bengali text has one English twin per page, and a data file that gives it two is refused.
    """

    def record(self, text: dict[str, str]) -> str:
        bengali = nfc(text["bn"])
        if self.setdefault(bengali, text["en"]) != text["en"]:
            raise ValueError(f"{text['bn']!r} has two English texts in one page: {self[bengali]!r}, {text['en']!r}")
        return text["bn"]


def resolve(value: Any, english: English) -> Any:
    """The Python value that `value` (read from a data file) stands for; English twins go to `english`."""
    if isinstance(value, list):
        return [resolve(item, english) for item in value]
    if not isinstance(value, dict):
        return value
    if value.keys() == {"bn", "en"}:
        return english.record(value)
    if len(value) == 1:
        ((key, argument),) = value.items()
        if key in MARKERS:
            return MARKERS[key](argument, english)
    return {key: resolve(item, english) for key, item in value.items()}


def _paragraphs(texts: list[dict[str, str]], english: English) -> str:
    return "".join(f"<p>{english.record(text)}</p>" for text in texts)


def _bullets(texts: list[dict[str, str]], english: English) -> str:
    return "<ul>" + "".join(f"<li>{english.record(text)}</li>" for text in texts) + "</ul>"


def _lines(texts: list[dict[str, str]], english: English) -> str:
    # wagtail-localize keeps a multi-line text field as one segment, its lines joined by <br/>.
    english.record({"bn": "<br/>".join(text["bn"] for text in texts), "en": "<br/>".join(text["en"] for text in texts)})
    return "\n".join(text["bn"] for text in texts)


def _image(spec: dict[str, Any], _english: English):
    options = {"scene": spec["scene"]}
    if "size" in spec:
        options["size"] = tuple(spec["size"])
    return demo_image(spec["title"], **options)


def _pdf(spec: dict[str, str], _english: English):
    return demo_pdf(spec["title"], spec["html"])


MARKERS: dict[str, Callable[[Any, English], Any]] = {
    "paragraphs": _paragraphs,
    "bullets": _bullets,
    "lines": _lines,
    "demo_image": _image,
    "demo_pdf": _pdf,
}
