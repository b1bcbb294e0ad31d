#!/usr/bin/env python3
"""Cached pages through Varnish against a static file through gunicorn (run by hand).

    make cluster                   # Varnish, two app servers, Redis, the worker (deploy/README.md)
    .venv/bin/python bench/varnish.py [--duration 4] [--rounds 3] [--connections 16]
    make cluster-stop

Issue 10's target: "through Varnish, a cached page at least as fast as a static file through
gunicorn". The ceiling is the site's stylesheet served by one app server of the cluster
(gunicorn with whitenoise, no proxy); each public page is then loaded through Varnish, after one
request that fills Varnish. The runs alternate, ceiling first, round after round, so the drift of
a shared machine hits both alike; the table gives the median rate of the rounds and its ratio to
the ceiling, and the X-Cache header Varnish answered (HIT proves the page came from Varnish).
Loopback only; the load generator is bench/compare_load.py (wrk when installed).
"""

import argparse
import os
import statistics
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_load import load  # noqa: E402

PORT_BASE = int(os.environ.get("CLUSTER_PORT_BASE", "8340"))
VARNISH = f"http://127.0.0.1:{PORT_BASE}"
APP_SERVER = f"http://127.0.0.1:{PORT_BASE + 2}"

PAGES = {
    "home `/bn/`": "/bn/",
    "home `/en/`": "/en/",
    "listing `/bn/notices/`": "/bn/notices/",
    "content page `/bn/rangpur-at-a-glance/`": "/bn/rangpur-at-a-glance/",
    "search `/bn/search/?q=রংপুর`": "/bn/search/?q=%E0%A6%B0%E0%A6%82%E0%A6%AA%E0%A7%81%E0%A6%B0",
    "`/api/v3/notices/?limit=20`": "/api/v3/notices/?limit=20",
    "`/api/v3/pages/`": "/api/v3/pages/",
}


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback URLs built above
        return response.status, dict(response.headers), response.read()


def stylesheet_path() -> str:
    """The hashed URL of the site's stylesheet, as the home page links it."""
    _status, _headers, body = fetch(APP_SERVER + "/bn/")
    marker = body.decode().split('href="/static/css/site.', 1)[1]
    return "/static/css/site." + marker.split('"', 1)[0]


def first_notice_path() -> str | None:
    _status, _headers, body = fetch(VARNISH + "/api/v3/notices/?limit=1")
    text = body.decode()
    if '"html_url"' not in text:
        return None
    url = text.split('"html_url"', 1)[1].split('"', 2)[1]
    return "/" + url.split("/", 3)[3] if url.startswith("http") else url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=4.0, help="seconds of load per run")
    parser.add_argument("--rounds", type=int, default=3, help="runs of every page, alternating with the ceiling")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections (wrk -c)")
    options = parser.parse_args()

    pages = dict(PAGES)
    notice = first_notice_path()
    if notice:
        pages["a notice"] = notice
    static = stylesheet_path()
    targets = {"static CSS through gunicorn (the ceiling)": APP_SERVER + static}
    targets["static CSS through Varnish"] = VARNISH + static
    targets.update({name: VARNISH + path for name, path in pages.items()})

    cache_state = {}
    for name, url in targets.items():
        fetch(url)  # fills Varnish
        _status, headers, _body = fetch(url)
        cache_state[name] = headers.get("X-Cache", "–") if url.startswith(VARNISH) else "–"

    rates: dict[str, list[float]] = {name: [] for name in targets}
    errors = dict.fromkeys(targets, 0)
    for round_number in range(options.rounds):
        for name, url in targets.items():
            print(f"round {round_number + 1}: {name}", file=sys.stderr, flush=True)
            result = load(url, options.duration, options.connections)
            rates[name].append(result.rate)
            errors[name] += result.errors

    ceiling = statistics.median(rates[next(iter(targets))])
    print(f"Varnish {VARNISH} in front of the cluster's app servers; ceiling: {APP_SERVER} (gunicorn, whitenoise).")
    print(
        f"{options.rounds} rounds of {options.duration:g} s, {options.connections} connections, median of the rounds.\n"
    )
    print("| page | req/s (median) | rounds | % of static through gunicorn | X-Cache | errors |")
    print("|---|---|---|---|---|---|")
    for name in targets:
        median = statistics.median(rates[name])
        rounds = ", ".join(f"{rate:,.0f}" for rate in rates[name])
        print(
            f"| {name} | {median:,.0f} | {rounds} | {100 * median / ceiling:.0f}% | {cache_state[name]} | {errors[name]} |"
        )


if __name__ == "__main__":
    main()
