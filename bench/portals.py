"""Portals at the scale of the whole country: one database, hundreds of portals. Run by hand.

Usage (PostgreSQL, a database of its own; it is migrated and given the demo content if empty):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/rangpur_bench_portals \\
        .venv/bin/python bench/portals.py [--portals 500] [--repeat 15]

Measures, for the Mithapukur portal with the demo's 9 portals and again with --portals portals
(synthetic upazilas `bench-NNN` made with create_portal): queries and median time of its home
page, notice board and /api/v3/pages/; an upazila editor's explorer and notice list; the time
to create one portal; and this process's memory after visiting every portal's host once.
The query counts must be equal; the times within noise.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rangpur_cms.settings.dev")
# The pages are measured as a worker renders them: a page cache hit (core/page_cache.py) would
# cost no query whatever the number of portals, and prove nothing.
os.environ.setdefault("PAGE_CACHE_ENABLED", "false")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from home.models import Portal  # noqa: E402
from portals.provision import PortalFacts, create_portal  # noqa: E402
from tests.factories import NoticeFactory  # noqa: E402

HOST = "mithapukur.localhost"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(client: Client, url: str, repeat: int, host: str = HOST) -> tuple[int, float, int]:
    client.get(url, HTTP_HOST=host)  # warm-up: caches (site root paths, settings) as a worker has them
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url, HTTP_HOST=host)
            times.append((time.perf_counter() - started) * 1000)
    return len(queries.captured_queries), statistics.median(times), response.status_code


def editor_client() -> Client:
    user, _created = get_user_model().objects.get_or_create(username="bench-mithapukur-editor")
    user.groups.add(Group.objects.get(name="mithapukur editors"))
    client = Client()
    client.force_login(user)
    return client


def rows(repeat: int) -> dict[str, tuple[int, float, int]]:
    public = Client()
    editor = editor_client()
    home = Portal.objects.get(slug="mithapukur").site.root_page_id
    return {
        "home page /bn/": measure(public, "/bn/", repeat),
        "notice board /bn/notices/": measure(public, "/bn/notices/", repeat),
        "API /api/v3/pages/": measure(public, "/api/v3/pages/", repeat),
        "API /api/v3/notices/": measure(public, "/api/v3/notices/", repeat),
        "editor: explorer": measure(editor, f"/admin/pages/{home}/", repeat, "localhost"),
        "editor: notice list": measure(editor, "/admin/snippets/notices/notice/", repeat, "localhost"),
    }


def synthetic(number: int) -> PortalFacts:
    slug = f"bench-{number:03d}"
    return PortalFacts(
        kind="upazila",
        slug=slug,
        name_bn=f"নমুনা উপজেলা {number}",
        name_en=f"Sample upazila {number}",
        hostname=f"{slug}.localhost",
        port=8000,
        head_bn="উপজেলা নির্বাহী অফিসার",
        head_en="Upazila Nirbahi Officer",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--portals", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=15)
    options = parser.parse_args()
    call_command("migrate", verbosity=0)
    if not Portal.objects.filter(slug="mithapukur").exists():
        call_command("load_demo_content", verbosity=0)
    mithapukur = Portal.objects.get(slug="mithapukur").site
    if not mithapukur.notices.exists():
        for number in range(30):
            NoticeFactory(title=f"মিঠাপুকুরের বিজ্ঞপ্তি {number}", portal=mithapukur)

    before = rows(options.repeat)
    count = Portal.objects.count()
    creation = []
    number = 0
    while count < options.portals:
        number += 1
        if Portal.objects.filter(slug=f"bench-{number:03d}").exists():
            continue
        started = time.perf_counter()
        create_portal(synthetic(number))
        creation.append(time.perf_counter() - started)
        count += 1
    started = time.perf_counter()
    create_portal(synthetic(number + 1))
    last_creation = time.perf_counter() - started
    after = rows(options.repeat)

    memory_before = rss_mb()
    client = Client()
    for portal in Portal.objects.select_related("site"):
        client.get("/bn/", HTTP_HOST=portal.site.hostname)
    memory_after = rss_mb()

    total = Portal.objects.count()
    print(f"\n| measurement | 9 portals: queries | ms (median) | {total} portals: queries | ms (median) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (queries, ms, status) in before.items():
        queries_after, ms_after, status_after = after[name]
        if not status == status_after == 200:
            raise SystemExit(f"{name}: answered {status}, then {status_after}")
        print(f"| {name} | {queries} | {ms:.1f} | {queries_after} | {ms_after:.1f} |")
    if creation:
        print(f"\ncreate_portal: mean {statistics.mean(creation):.2f} s over {len(creation)} portals; ", end="")
    print(f"one more portal with {total - 1} already there: {last_creation:.2f} s")
    print(
        f"memory (RSS) of this process: {memory_before:.0f} MB before, {memory_after:.0f} MB after visiting {total} hosts"
    )


if __name__ == "__main__":
    main()
