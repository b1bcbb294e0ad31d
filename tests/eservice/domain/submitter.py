"""One app server's share of the two-process tracking-number test (test_tracking.py).

Run as `python -m tests.eservice.domain.submitter <service id> <threads>` with DATABASE_URL
naming the test database. Each thread opens its database connection, then the process prints
`ready` and waits for a line on stdin; on it every thread submits one application at once, and
the tracking numbers are printed as JSON.
"""

import datetime
import json
import sys
import threading
from zoneinfo import ZoneInfo

import django

django.setup()  # a script run on its own: the app registry first, then the models

from django.db import connection, connections  # noqa: E402

from eservice.domain.services import submit_application  # noqa: E402
from eservice.models import Service  # noqa: E402

APPLICANT = {
    "applicant_name": "রহিমা বেগম",
    "guardian_name": "করিম উদ্দিন",
    "mobile": "01712345678",
    "nid": "1234567890",
    "address": "রংপুর",
}
RECEIVED = datetime.datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo("Asia/Dhaka"))


def submit_together(service_id: int, threads: int) -> list[str]:
    service = Service.objects.get(pk=service_id)
    connections.close_all()
    connected = threading.Barrier(threads + 1)
    go = threading.Event()
    numbers: list[str] = []
    lock = threading.Lock()

    def submit() -> None:
        try:
            connection.ensure_connection()
            connected.wait()
            go.wait()
            application = submit_application(service=service, data=APPLICANT, received_at=RECEIVED)
            with lock:
                numbers.append(application.tracking_number)
        finally:
            connections.close_all()

    workers = [threading.Thread(target=submit) for _ in range(threads)]
    for worker in workers:
        worker.start()
    connected.wait()
    print("ready", flush=True)
    sys.stdin.readline()
    go.set()
    for worker in workers:
        worker.join()
    return numbers


if __name__ == "__main__":
    service_id, threads = int(sys.argv[1]), int(sys.argv[2])
    print(json.dumps(submit_together(service_id, threads)), flush=True)
