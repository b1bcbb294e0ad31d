"""Query counts and timings of the section listings, run by hand (not in CI).

Usage, on a database with the demo content (or a copy of production):
    DATABASE_URL=sqlite:////tmp/content-demo.sqlite3 .venv/bin/python bench/section_listing_queries.py [--grow 200]

With --grow N, N extra sairat mahals are added inside a transaction that is rolled back, so
you can see that the mahal table's query count does not change as the section grows.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rangpur_cms.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from home.models import HomePage, MahalIndexPage, MahalPage  # noqa: E402

URLS = [
    "/{lang}/district-administration/",
    "/{lang}/offices/",
    "/{lang}/sairat-mahals/",
    "/{lang}/sairat-mahals/?kind=jalmahal&page=abc",
    "/{lang}/investment/",
    "/{lang}/upazilas/",
    "/{lang}/tourism/",
    "/{lang}/agriculture/",
    "/{lang}/agriculture/fertilizer-rabi-2025-26/",
    "/sitemap.xml",
]


def measure(client: Client) -> None:
    for lang in ("bn", "en"):
        for pattern in URLS:
            url = pattern.format(lang=lang)
            client.get(url)  # warm-up
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url, HTTP_HOST="127.0.0.1")
                elapsed = (time.perf_counter() - started) * 1000
            print(f"{response.status_code}  {len(queries.captured_queries):3d} queries  {elapsed:7.1f} ms  {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grow", type=int, default=0, help="add this many mahals (rolled back afterwards)")
    options = parser.parse_args()
    client = Client(HTTP_HOST="127.0.0.1")
    measure(client)
    if options.grow:
        with transaction.atomic():
            home = HomePage.objects.filter(locale__language_code="bn").first()
            index = MahalIndexPage.objects.child_of(home).first()
            for number in range(options.grow):
                index.add_child(
                    instance=MahalPage(
                        title=f"বেঞ্চ মহাল {number}", slug=f"bench-{number}", kind="jalmahal", upazila="pirganj"
                    )
                )
            print(f"\nAfter adding {options.grow} mahals:")
            measure(client)
            transaction.set_rollback(True)


if __name__ == "__main__":
    main()
