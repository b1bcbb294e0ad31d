"""Write the API's OpenAPI document to tests/contract/openapi.snapshot.json (`make openapi-snapshot`).

Run it only after a deliberate change to the public API, and review the diff.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rangpur_cms.settings.test")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

setup_test_environment()
document = Client().get("/api/v3/openapi.json").json()
target = ROOT / "tests" / "contract" / "openapi.snapshot.json"
target.write_text(json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8")
print(f"Wrote {target.relative_to(ROOT)}")
