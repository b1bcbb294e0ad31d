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
import json
import os
import statistics
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_load import load  # noqa: E402
from demo_application import APPLICATION  # noqa: E402

CLUSTER_DIR = Path(os.environ.get("CLUSTER_DIR") or Path(__file__).resolve().parents[1] / ".cluster")
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
    if '"url"' not in text:
        return None
    url = text.split('"url"', 1)[1].split('"', 2)[1]
    return "/" + url.split("/", 3)[3] if url.startswith("http") else url


def memory_mb(pid: int) -> tuple[float, float] | None:
    """Resident (RSS) and proportional (PSS: shared pages split among the processes sharing
    them, e.g. what gunicorn's preloaded master shares with its workers) memory of a process."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return None
    fields = {line.split(":")[0]: int(line.split()[1]) for line in rollup[1:] if line.split()[1].isdigit()}
    return fields["Rss"] / 1024, fields["Pss"] / 1024


def memory_report() -> list[str]:
    """Resident memory of every app server worker and of the task worker, after the load: issue 10
    asks for at most 200 MB a worker after warm-up."""
    rows = []
    for name in ("app-a", "app-b", "worker"):
        try:
            master = int((CLUSTER_DIR / "run" / f"{name}.pid").read_text().strip())
        except (OSError, ValueError):
            continue
        children = Path(f"/proc/{master}/task/{master}/children")
        pids = [int(pid) for pid in children.read_text().split()] if children.exists() else []
        for pid in pids or [master]:
            if (memory := memory_mb(pid)) is not None:
                rows.append(f"| {name} | {pid} | {memory[0]:.0f} MB | {memory[1]:.0f} MB |")
    return rows


def apply_and_print_receipt(server: str) -> None:
    """An application through the API, then its receipt as a PDF (WeasyPrint loads on the first)."""
    request = urllib.request.Request(  # noqa: S310 - loopback URLs built above
        server + "/api/v3/applications/",
        data=json.dumps(APPLICATION).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
        receipt = json.loads(response.read()).get("receipt_url")
    if receipt:
        parts = urlsplit(receipt)
        fetch(f"{server}{parts.path}?{parts.query}&format=pdf")


def warm_up() -> None:
    """What a worker meets in a day, several times over so that every worker meets it: every
    page type of the demo in both languages and a receipt PDF, straight from both app servers."""
    servers = (APP_SERVER, f"http://127.0.0.1:{PORT_BASE + 3}")
    for _ in range(4):
        for server in servers:
            for path in [*PAGES.values(), *(path.replace("/bn/", "/en/", 1) for path in PAGES.values())]:
                fetch(server + path)
            try:
                apply_and_print_receipt(server)
            except urllib.error.HTTPError as error:  # the per-address limit on applications (429)
                print(f"warm-up: applying on {server} answered {error.code}", file=sys.stderr)


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

    warm_up()
    print("\nResident memory after the load and a warm-up of every page in both languages on both app servers:\n")
    print("| process | pid | RSS | PSS |")
    print("|---|---|---|---|")
    print("\n".join(memory_report()))


if __name__ == "__main__":
    main()
