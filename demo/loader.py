"""Build the whole demo site from demo/data/, in the order the parts depend on each other.

Every step looks before it creates, so loading again adds and changes nothing.
"""

from demo import eservice, notices, portals, site, staff
from demo.content import read_section
from demo.pages import build_page
from home.models import HomePage

# The sections under the home page, each a data file describing its pages, in menu order.
SECTIONS: tuple[str, ...] = (
    "at_a_glance",
    "administration",
    "offices",
    "mahals",
    "investment",
    "upazilas",
    "tourism",
    "agriculture",
    "gallery",
    "contact",
)


def load_demo() -> HomePage:
    """The demo site in Bengali with English translations; returns the Bengali home page."""
    home = site.load()
    load_sections(home)
    notices.load(home)
    eservice.load(home)
    staff.load(home)
    portals.load(home)
    return home


def load_sections(home: HomePage) -> None:
    """The section pages under `home`, with the pages under them."""
    for name in SECTIONS:
        build_page(home, read_section(name))
