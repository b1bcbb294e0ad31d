"""The demo's pictures, drawn with Pillow: one scene per subject, so a notice about a beel shows
water and a notice about the e-service centre shows a counter, and each picture's caption says
what it shows. Every picture carries a band saying it is an illustration (the portrait says it is
a placeholder), so no reader takes it for a photograph of the real place or person.

Scenes are flat shapes on a 1200 × 800 canvas (scaled to the size asked for); the band's text
is set in the site's own Noto Sans Bengali (Pillow shapes Bengali with libraqm).
"""

import math
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path(settings.BASE_DIR) / "rangpur_cms" / "static" / "fonts"
BENGALI_FONT = FONT_DIR / "noto-sans-bengali-bengali-700-normal.woff2"
LATIN_FONT = FONT_DIR / "noto-sans-bengali-latin-700-normal.woff2"

SKY = "#bfe3f2"
GRASS = "#5d9b4a"
WATER = "#3f88b5"
WALL = "#e9dcc3"
ROOF = "#9c4a2f"
DARK = "#2b2b2b"
WHITE = "#ffffff"

W, H = 1200, 800  # every scene is drawn on this canvas
HORIZON = 520


def _ground(draw: ImageDraw.ImageDraw, colour: str = GRASS) -> None:
    draw.rectangle([0, HORIZON, W, H], fill=colour)


def _windows(draw, left: int, top: int, columns: int, rows: int, step_x: int, step_y: int, size=(40, 55)) -> None:
    for row in range(rows):
        for column in range(columns):
            x, y = left + column * step_x, top + row * step_y
            draw.rectangle([x, y, x + size[0], y + size[1]], fill="#5b7a99")


def _tree(draw, x: int, base: int, height: int = 160) -> None:
    draw.rectangle([x - 10, base - height * 0.45, x + 10, base], fill="#6b4a2f")
    draw.ellipse([x - height * 0.35, base - height, x + height * 0.35, base - height * 0.35], fill="#2f7a3a")


def palace(draw) -> None:
    """A wide two-storey palace with a central dome, columns and steps (Tajhat)."""
    _ground(draw)
    draw.rectangle([180, 250, 1020, HORIZON], fill="#d9b7a0")
    draw.rectangle([470, 200, 730, HORIZON], fill="#e8cdb8")
    draw.pieslice([520, 110, 680, 290], 180, 360, fill=WHITE)
    for x in range(490, 720, 40):
        draw.rectangle([x, 300, x + 16, HORIZON - 30], fill=WHITE)
    _windows(draw, 210, 290, 5, 2, 52, 100, (30, 60))
    _windows(draw, 760, 290, 5, 2, 52, 100, (30, 60))
    for step in range(4):
        draw.rectangle(
            [450 - step * 20, HORIZON - 30 + step * 10, 750 + step * 20, HORIZON - 20 + step * 10], fill="#cfcfcf"
        )


def memorial(draw) -> None:
    """A low memorial building with a plaque and an open book before it (Pairaband)."""
    _ground(draw)
    draw.rectangle([300, 300, 900, HORIZON], fill=WALL)
    draw.polygon([(270, 300), (600, 190), (930, 300)], fill=ROOF)
    draw.rectangle([540, 380, 660, HORIZON], fill="#6b4a2f")
    draw.rectangle([360, 360, 480, 440], fill="#f5f0e6", outline=DARK, width=4)
    _windows(draw, 720, 370, 2, 1, 80, 0, (50, 70))
    draw.polygon([(480, 580), (600, 550), (600, 630), (480, 655)], fill=WHITE, outline=DARK)
    draw.polygon([(600, 550), (720, 580), (720, 655), (600, 630)], fill=WHITE, outline=DARK)


def amusement(draw) -> None:
    """A Ferris wheel and trees (an amusement park: Vinno Jagat)."""
    _ground(draw)
    cx, cy, r = 600, 300, 200
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline="#d04a4a", width=10)
    for step in range(12):
        angle = step * math.pi / 6
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        draw.line([cx, cy, x, y], fill="#d04a4a", width=4)
        draw.rectangle([x - 18, y - 10, x + 18, y + 22], fill=("#f4c542" if step % 2 else "#4a7ad0"))
    draw.polygon([(cx, cy), (cx - 120, HORIZON + 40), (cx + 120, HORIZON + 40)], outline=DARK, width=8)
    for x in (120, 250, 950, 1080):
        _tree(draw, x, HORIZON + 60)


def college(draw) -> None:
    """A long college building with a clock tower (Carmichael College)."""
    _ground(draw)
    draw.rectangle([120, 300, 1080, HORIZON], fill="#e6d3a3")
    draw.rectangle([540, 150, 660, HORIZON], fill="#efe0b8")
    draw.ellipse([565, 180, 635, 250], fill=WHITE, outline=DARK, width=4)
    draw.line([600, 215, 600, 190], fill=DARK, width=4)
    draw.line([600, 215, 620, 225], fill=DARK, width=4)
    for x in range(150, 1060, 70):
        if not 520 < x < 680:
            draw.arc([x, 340, x + 50, 420], 180, 360, fill="#8a6d3a", width=6)
            draw.rectangle([x, 380, x + 50, 470], fill="#8a6d3a")


def mosque(draw) -> None:
    """A mosque with three domes in a row and minarets (the three-row mosque of Mithapukur)."""
    _ground(draw)
    draw.rectangle([260, 330, 940, HORIZON], fill="#eeeeee")
    for cx in (400, 600, 800):
        draw.pieslice([cx - 90, 220, cx + 90, 400], 180, 360, fill="#f7f7f7", outline="#999999", width=3)
        draw.rectangle([cx - 3, 190, cx + 3, 225], fill="#999999")
        draw.arc([cx - 40, 420, cx + 40, 500], 180, 360, fill="#777777", width=8)
        draw.rectangle([cx - 40, 460, cx + 40, HORIZON], fill="#777777")
    for x in (240, 940):
        draw.rectangle([x, 230, x + 30, HORIZON], fill="#dddddd")
        draw.pieslice([x - 5, 200, x + 35, 250], 180, 360, fill="#f7f7f7")


def zoo(draw) -> None:
    """Trees, a fence and a deer (a zoo and recreation park)."""
    _ground(draw)
    for x in (150, 330, 870, 1050):
        _tree(draw, x, HORIZON + 20, 220)
    for x in range(0, W, 60):
        draw.rectangle([x, HORIZON + 60, x + 10, HORIZON + 140], fill="#8a6d3a")
    draw.rectangle([0, HORIZON + 80, W, HORIZON + 92], fill="#8a6d3a")
    draw.ellipse([520, 520, 700, 600], fill="#b07a3a")
    for x in (540, 570, 650, 680):
        draw.rectangle([x, 580, x + 12, 660], fill="#b07a3a")
    draw.ellipse([680, 460, 740, 520], fill="#b07a3a")
    draw.line([700, 465, 680, 420], fill="#6b4a2f", width=6)
    draw.line([725, 465, 745, 420], fill="#6b4a2f", width=6)


def beel(draw) -> None:
    """Open water with ripples and green fields on its banks (a beel or jalmahal)."""
    draw.rectangle([0, HORIZON - 120, W, HORIZON - 40], fill=GRASS)
    draw.rectangle([0, HORIZON - 40, W, H], fill=WATER)
    for row in range(6):
        y = HORIZON + row * 45
        for x in range(40 + (row % 2) * 60, W, 160):
            draw.arc([x, y, x + 90, y + 30], 200, 340, fill=WHITE, width=4)
    draw.polygon([(820, 590), (1000, 590), (960, 630), (860, 630)], fill="#6b4a2f")
    draw.line([910, 590, 910, 510], fill="#6b4a2f", width=5)


def river(draw) -> None:
    """A wide river with sandbanks and a boat (the Teesta)."""
    draw.rectangle([0, HORIZON - 60, W, HORIZON], fill="#e3cf9a")
    draw.rectangle([0, HORIZON, W, H], fill=WATER)
    draw.ellipse([200, 560, 600, 620], fill="#e3cf9a")
    draw.polygon([(780, 600), (1000, 600), (960, 640), (820, 640)], fill="#6b4a2f")
    draw.polygon([(880, 600), (880, 470), (970, 590)], fill=WHITE)


def paddy(draw) -> None:
    """Rows of ripe paddy with sheaves and a farmer's shed (the aman harvest)."""
    draw.rectangle([0, HORIZON - 80, W, H], fill="#c9b03a")
    for y in range(HORIZON - 60, H, 40):
        draw.line([0, y, W, y - 20], fill="#a68d24", width=6)
    for x in (250, 420, 590):
        draw.polygon([(x, 600), (x + 40, 470), (x + 80, 600)], fill="#e0c65a", outline="#8a7420")
    draw.rectangle([850, 330, 1050, 460], fill="#b8553a")
    draw.polygon([(820, 330), (950, 250), (1080, 330)], fill="#6b4a2f")


def counter(draw) -> None:
    """A service counter with a computer, a clerk and people waiting (the e-service centre)."""
    draw.rectangle([0, 0, W, H], fill="#dfe9e4")
    draw.rectangle([0, 560, W, H], fill="#b8a58a")
    draw.rectangle([100, 420, 700, 560], fill="#006a4e")
    draw.rectangle([320, 300, 480, 410], fill=DARK)
    draw.rectangle([330, 310, 470, 400], fill="#7fc4e8")
    draw.ellipse([170, 270, 250, 350], fill="#8a5a3a")
    draw.rectangle([160, 350, 260, 420], fill="#3a5a8a")
    for index, x in enumerate((820, 940, 1060)):
        draw.ellipse([x - 35, 330 + index * 10, x + 35, 400 + index * 10], fill="#8a5a3a")
        draw.rectangle([x - 45, 400 + index * 10, x + 45, 600], fill=("#c0504d", "#4f81bd", "#9bbb59")[index])


def office(draw) -> None:
    """A four-storey office building with a flag (the Deputy Commissioner's Office)."""
    _ground(draw)
    draw.rectangle([250, 160, 950, HORIZON], fill="#f0ead8")
    _windows(draw, 290, 200, 8, 4, 82, 75, (44, 50))
    draw.rectangle([540, 430, 660, HORIZON], fill="#6b4a2f")
    draw.rectangle([596, 40, 604, 160], fill=DARK)
    draw.rectangle([604, 40, 724, 112], fill="#006a4e")
    draw.ellipse([640, 52, 688, 100], fill="#f42a41")


def portrait(draw) -> None:
    """A grey head-and-shoulders outline: a placeholder until the office supplies a photograph."""
    draw.rectangle([0, 0, W, H], fill="#d9d9d9")
    draw.ellipse([470, 120, 730, 400], fill="#a6a6a6")
    draw.pieslice([300, 380, 900, 980], 180, 360, fill="#a6a6a6")


def landscape(draw) -> None:
    """Fields, a house and the sun: for a subject that has no scene of its own."""
    _ground(draw)
    draw.ellipse([800, 80, 960, 240], fill="#f4c542")
    draw.polygon([(150, HORIZON), (350, 300), (550, HORIZON)], fill="#e8e4d8")
    draw.rectangle([230, 420, 470, HORIZON], fill="#b8553a")


SCENES: dict[str, Callable[[ImageDraw.ImageDraw], None]] = {
    scene.__name__: scene
    for scene in (
        palace,
        memorial,
        amusement,
        college,
        mosque,
        zoo,
        beel,
        river,
        paddy,
        counter,
        office,
        portrait,
        landscape,
    )
}

BANDS = {
    # What the band at the bottom says, in Bengali then English (Bengali letters only: the
    # Bengali subset of the font has no Latin punctuation).
    "illustration": ("প্রতীকী চিত্র", "Illustration"),
    "placeholder": ("আসল ছবি পরে দেওয়া হবে", "Placeholder: the photograph will follow"),
}


def draw_scene(scene: str, size: tuple[int, int] = (W, H)) -> Image.Image:
    """The scene drawn at ``size``, with its band. An unknown scene is a KeyError (a typo in the data)."""
    picture = Image.new("RGB", (W, H), SKY)
    SCENES[scene](ImageDraw.Draw(picture))
    _band(picture, BANDS["placeholder" if scene == "portrait" else "illustration"])
    return picture.resize(size, Image.Resampling.LANCZOS) if size != (W, H) else picture


def _band(picture: Image.Image, texts: tuple[str, str]) -> None:
    draw = ImageDraw.Draw(picture)
    draw.rectangle([0, H - 130, W, H], fill="#000000")
    bengali = ImageFont.truetype(str(BENGALI_FONT), 40, layout_engine=ImageFont.Layout.RAQM)
    latin = ImageFont.truetype(str(LATIN_FONT), 32)
    draw.text((30, H - 125), texts[0], font=bengali, fill=WHITE)
    draw.text((30, H - 55), texts[1], font=latin, fill=WHITE)
