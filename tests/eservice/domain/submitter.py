"""One app server's share of the two-process tracking-number test (test_tracking.py).

Run as `python -m tests.eservice.domain.submitter <service id> <threads> <start time>` with
DATABASE_URL naming the test database: at the start time every thread submits one application
at once, and the tracking numbers are printed as JSON.
"""

import datetime
import json
import sys
import threading
import time
from zoneinfo import ZoneInfo

import django

django.setup()  # a script run on its own: the app registry first, then the models

from django.db import connections  # noqa: E402

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


def submit_together(service_id: int, threads: int, start_at: float) -> list[str]:
    service = Service.objects.get(pk=service_id)
    connections.close_all()
    barrier = threading.Barrier(threads)
    numbers: list[str] = []
    lock = threading.Lock()

    def submit() -> None:
        try:
            barrier.wait()
            time.sleep(max(0.0, start_at - time.time()))
            application = submit_application(service=service, data=APPLICANT, received_at=RECEIVED)
            with lock:
                numbers.append(application.tracking_number)
        finally:
            connections.close_all()

    workers = [threading.Thread(target=submit) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return numbers


if __name__ == "__main__":
    service_id, threads, start_at = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    print(json.dumps(submit_together(service_id, threads, start_at)))
