"""A small, bounded load test of the public site against `make serve` (loopback only).

Usage: .venv/bin/python bench/http_load.py [--base http://127.0.0.1:8000] [--requests 400] [--threads 8]
Prints requests per second and latency percentiles for each address. It stops by itself after
the given number of requests; it never targets anything but the base address given (loopback).
"""

import argparse
import statistics
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

PATHS = ["/bn/", "/en/", "/bn/notices/", "/bn/sairat-mahals/", "/bn/eservice/", "/api/v3/notices/?limit=20"]


def fetch(url: str) -> tuple[int, float]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback URL from the command line
        response.read()
        status = response.status
    return status, time.perf_counter() - started


def run(base: str, path: str, requests: int, threads: int) -> None:
    url = base.rstrip("/") + path
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(fetch, [url] * requests))
    elapsed = time.perf_counter() - started
    latencies = sorted(seconds * 1000 for _status, seconds in results)
    errors = sum(1 for status, _seconds in results if status != 200)
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(
        f"{path:32} {requests / elapsed:7.1f} req/s  median {statistics.median(latencies):6.1f} ms  "
        f"p95 {p95:6.1f} ms  errors {errors}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--threads", type=int, default=8)
    options = parser.parse_args()
    if urlsplit(options.base).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("This benchmark only targets the loopback address.")
    for path in PATHS:
        run(options.base, path, options.requests, options.threads)


if __name__ == "__main__":
    main()
