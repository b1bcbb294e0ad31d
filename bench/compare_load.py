"""The bounded load generator of bench/compare: wrk when it is installed (Debian's `wrk`), else
threads with keep-alive connections. Either stops by itself after the given seconds and only
ever talks to a loopback address."""

import http.client
import re
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass
class LoadResult:
    rate: float  # requests per second
    errors: int  # answers that were not 2xx/3xx, and failed connections
    median_ms: float | None


def load(url: str, seconds: float, connections: int, body: bytes | None = None) -> LoadResult:
    if urlsplit(url).hostname not in LOOPBACK_HOSTS:
        raise ValueError(f"Loopback only: {url}")
    if shutil.which("wrk"):
        return wrk(url, seconds, connections, body)
    return threaded(url, seconds, connections, body)


def wrk_script(body: bytes) -> str:
    """A Lua script that makes wrk POST `body` as JSON (escaped for a Lua string)."""
    escaped = "".join(f"\\{byte:03d}" for byte in body)
    return f'wrk.method = "POST"\nwrk.body = "{escaped}"\nwrk.headers["Content-Type"] = "application/json"\n'


def wrk(url: str, seconds: float, connections: int, body: bytes | None) -> LoadResult:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--latency", "--timeout", "10s"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        if body:
            script.write(wrk_script(body))
            script.flush()
            command += ["-s", script.name]
        output = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout  # noqa: S603
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors += sum(int(n) for n in socket.groups()) if socket else 0
    median = re.search(r"50%\s+([\d.]+)(us|ms|s)\b", output)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    median_ms = float(median.group(1)) * scale[median.group(2)] if median else None
    return LoadResult(rate=rate, errors=errors, median_ms=median_ms)


def threaded(url: str, seconds: float, connections: int, body: bytes | None) -> LoadResult:
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def client() -> None:
        connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=10)
        mine, failed = [], 0
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                headers = {"Content-Type": "application/json"} if body else {}
                connection.request("POST" if body else "GET", target, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                failed += response.status >= 400
            except (OSError, http.client.HTTPException):
                failed += 1
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=10)
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies.sort()
    median = latencies[len(latencies) // 2] * 1000 if latencies else None
    return LoadResult(rate=len(latencies) / elapsed, errors=errors[0], median_ms=median)
