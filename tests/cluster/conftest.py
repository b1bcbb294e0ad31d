"""The cluster of `make cluster` (scripts/cluster.py), started once for tests/cluster/ and stopped
after them. Runs only when asked (`make cluster-test`, RANGPUR_CLUSTER_TESTS=1) and when this
machine has Varnish and Redis: it takes a minute or two and its own ports (8340-8344)."""

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "cluster.py"


def load_script():
    spec = importlib.util.spec_from_file_location("cluster_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_script(*arguments: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603
        [sys.executable, str(SCRIPT), *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


# A moderator (publishes notices, uploads pictures; no second factor required for that group)
# with an API token: the write path an editor's front end or script uses.
STAFF = """
from django.contrib.auth.models import Group
from django.contrib.auth import get_user_model
from wagtail.models import APIToken
user, _ = get_user_model().objects.get_or_create(username="cluster-moderator")
user.groups.add(Group.objects.get(name="Moderators"))
APIToken.objects.filter(user=user).delete()
print("TOKEN=" + APIToken.create_token(user=user, name="cluster test")[1])
"""


@pytest.fixture(scope="session")
def cluster():
    if os.environ.get("RANGPUR_CLUSTER_TESTS") != "1":
        pytest.skip("The cluster tests start servers: run them with `make cluster-test`.")
    missing = [program for program in ("varnishd", "redis-server") if shutil.which(program) is None]
    if missing:
        pytest.skip(f"Needs {' and '.join(missing)} (Debian packages varnish, redis-server).")
    script = load_script()
    topology = script.Cluster.from_environment()
    run_script("stop")  # a cluster left over from an interrupted run
    started = run_script("start")
    try:
        assert started.returncode == 0, started.stdout[-3000:] + started.stderr[-3000:]
        staff = run_script("manage", "shell", "--no-imports", "-c", STAFF, timeout=120)
        assert staff.returncode == 0, staff.stderr[-3000:]
        token = next(line[6:] for line in staff.stdout.splitlines() if line.startswith("TOKEN="))
        yield ClusterUnderTest(script=script, topology=topology, token=token)
    finally:
        stopped = run_script("stop")
        print(stopped.stdout, stopped.stderr)


class ClusterUnderTest:
    def __init__(self, script, topology, token: str):
        self.script = script
        self.topology = topology
        self.token = token
        self.varnish = topology.varnish_url
        self.app_a = topology.app_url(0)
        self.app_b = topology.app_url(1)

    def access_log(self, name: str) -> str:
        return self.topology.path("logs", f"{name}.log").read_text(errors="replace")

    def manage(self, *arguments: str) -> str:
        result = run_script("manage", *arguments, timeout=120)
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout
