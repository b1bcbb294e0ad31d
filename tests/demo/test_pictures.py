"""Demo content a citizen would trust: a picture per subject whose caption says what it shows,
a clearly marked placeholder for the DC's portrait, and notices of every common kind with the
full trio the office uses (a photo, one attachment and several attachments)."""

from pathlib import Path

import pytest
import yaml
from django.core.management import call_command
from PIL import Image

from demo.pictures import SCENES, draw_scene
from notices.models import Notice, NoticeCategory

DATA = Path(__file__).resolve().parents[2] / "demo" / "data"

# Words an English caption of each scene must use: the caption says what the picture shows.
SCENE_WORDS = {
    "palace": ["palace"],
    "memorial": ["memorial", "rokeya"],
    "amusement": ["vinno jagat"],
    "college": ["college"],
    "mosque": ["mosque"],
    "zoo": ["zoo"],
    "beel": ["beel", "water"],
    "river": ["river"],
    "paddy": ["paddy"],
    "counter": ["counter"],
    "office": ["building"],
    "portrait": ["placeholder"],
}


def _pictures(node, found: list) -> list:
    """Every (picture spec, English caption) pair in a YAML tree: a `demo_image` with the
    `photo_alt` or `alt_text` beside it."""
    if isinstance(node, dict):
        image = node.get("photo", node.get("image"))
        alt = node.get("photo_alt", node.get("alt_text"))
        if isinstance(image, dict) and "demo_image" in image:
            found.append((image["demo_image"], alt))
        for value in node.values():
            _pictures(value, found)
    elif isinstance(node, list):
        for value in node:
            _pictures(value, found)
    return found


def every_picture() -> list[tuple[dict, dict | None]]:
    found: list = []
    for path in sorted(DATA.glob("*.yaml")):
        _pictures(yaml.safe_load(path.read_text(encoding="utf-8")), found)
    return found


def test_every_picture_has_a_scene_and_a_caption_that_says_what_it_shows():
    pictures = every_picture()
    assert len(pictures) >= 20
    for spec, alt in pictures:
        assert spec["scene"] in SCENES, spec
        assert alt and alt["bn"] and alt["en"], spec["title"]
        caption = alt["en"].lower()
        assert any(word in caption for word in SCENE_WORDS[spec["scene"]]), (spec["scene"], alt["en"])


def test_the_subjects_have_scenes_of_their_own():
    # One drawing of a house once stood for the DC, the notices and the sights; now the generic
    # landscape stands for none of them, and the subjects spread over a dozen scenes.
    scenes = {spec["scene"] for spec, _alt in every_picture()}
    assert "landscape" not in scenes
    assert len(scenes) >= 12


def test_the_scenes_differ_and_each_says_it_is_an_illustration():
    pictures = {name: draw_scene(name, (240, 160)) for name in SCENES}
    fingerprints = {name: picture.tobytes() for name, picture in pictures.items()}
    assert len(set(fingerprints.values())) == len(SCENES)
    for picture in pictures.values():
        assert picture.size == (240, 160)
        # The band along the bottom, black with white text, marks it as an illustration.
        band = picture.crop((0, 150, 240, 160)).convert("L")
        darkest, brightest = band.getextrema()
        assert darkest < 40 and brightest > 150


def test_the_dc_portrait_is_a_marked_placeholder():
    site = yaml.safe_load((DATA / "site.yaml").read_text(encoding="utf-8"))
    assert site["home"]["photo"]["demo_image"]["scene"] == "portrait"
    assert "placeholder" in site["home"]["photo_alt"]["en"].lower()
    assert isinstance(draw_scene("portrait"), Image.Image)


@pytest.mark.django_db
def test_a_notice_of_every_common_kind_carries_the_full_trio(moderation):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115 - the loader's chatter
    for category in NoticeCategory.values:
        full = [
            notice
            for notice in Notice.objects.filter(category=category, locale__language_code="bn")
            if notice.photo_id and notice.attachment_id and len(notice.attachments) >= 2
        ]
        assert full, f"no {category} notice with a photo, an attachment and several attachments"
    photos = (
        Notice.objects.filter(locale__language_code="bn").exclude(photo=None).values_list("photo__title", flat=True)
    )
    assert len(set(photos)) == len(photos)  # each notice its own picture
