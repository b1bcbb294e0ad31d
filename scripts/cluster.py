"""The multi-server topology on one machine (`make cluster`, `make cluster-stop`).

    scripts/cluster.py start     prepare the database, start Redis, two app servers, the task
                                 worker and Varnish in the background; print the addresses
    scripts/cluster.py stop      stop everything started (pid files in the cluster folder)
    scripts/cluster.py status    which processes run
    scripts/cluster.py manage …  run manage.py with the cluster's settings (e.g. `manage shell`)

Everything listens on 127.0.0.1 only. PostgreSQL must be running at 127.0.0.1:5432 (user
postgres); the database `rangpur_cluster` is created when missing, migrated, and gets the demo
content and the admin account. The environment can change the defaults below:

    CLUSTER_DIR            state: media, citizens' uploads, secret key, logs, pids (.cluster/)
    CLUSTER_DATABASE_URL   postgres://postgres@127.0.0.1:5432/rangpur_cluster
    CLUSTER_PORT_BASE      8340: Varnish, +1 its admin port, +2 and +3 the app servers, +4 Redis
    CLUSTER_WORKERS        gunicorn workers per app server (2)

Other variables in the environment (e.g. the object storage's) reach the app servers as they are.
"""

import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import psycopg2
from psycopg2 import sql

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
START_TIMEOUT = 90


@dataclass(frozen=True)
class Cluster:
    directory: Path
    database_url: str
    varnish_port: int
    varnish_admin_port: int
    app_ports: tuple[int, int]
    redis_port: int
    workers: int

    @classmethod
    def from_environment(cls) -> "Cluster":
        base = int(os.environ.get("CLUSTER_PORT_BASE", "8340"))
        return cls(
            directory=Path(os.environ.get("CLUSTER_DIR") or ROOT / ".cluster").resolve(),
            database_url=os.environ.get("CLUSTER_DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/rangpur_cluster",
            varnish_port=base,
            varnish_admin_port=base + 1,
            app_ports=(base + 2, base + 3),
            redis_port=base + 4,
            workers=int(os.environ.get("CLUSTER_WORKERS", "2")),
        )

    @property
    def varnish_url(self) -> str:
        return f"http://127.0.0.1:{self.varnish_port}"

    def app_url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.app_ports[index]}"

    @property
    def varnish_workdir(self) -> Path:
        return Path(f"/tmp/rangpur-cluster-varnish-{self.varnish_port}")  # noqa: S108 - varnishd's own -n folder

    def path(self, *parts: str) -> Path:
        return self.directory.joinpath(*parts)

    def secret_key(self) -> str:
        secret_file = self.path("secret-key")
        if not secret_file.exists():
            secret_file.write_text(secrets.token_urlsafe(50))
            secret_file.chmod(0o600)
        return secret_file.read_text().strip()

    def environment(self) -> dict[str, str]:
        """What every process of the cluster runs with: production settings, shared state."""
        origins = [self.varnish_url, self.app_url(0), self.app_url(1)]
        return {
            # All test and demo traffic comes from 127.0.0.1: the anonymous API limit is raised
            # for this one address, unless the environment says otherwise.
            "API_ANON_RATE": "600/m",
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "rangpur_cms.settings.production",
            "SECRET_KEY": self.secret_key(),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "CSRF_TRUSTED_ORIGINS": ",".join(origins),
            "DATABASE_URL": self.database_url,
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "FRONTEND_CACHE": "varnish",
            "VARNISH_PURGE_URLS": self.varnish_url,
            "MEDIA_ROOT": str(self.path("media")),
            "ESERVICE_PRIVATE_ROOT": str(self.path("private")),
            "WAGTAILADMIN_BASE_URL": self.varnish_url,
            # Plain HTTP on loopback, and Varnish appends the client's address to X-Forwarded-For.
            "SECURE_SSL_REDIRECT": "false",
            "TRUSTED_PROXY_COUNT": "1",
            "GUNICORN_WORKERS": str(self.workers),
        }


def log(message: str) -> None:
    print(f"cluster: {message}", flush=True)


def run_manage(cluster: Cluster, *arguments: str, quiet: bool = False) -> None:
    output = subprocess.DEVNULL if quiet else None
    subprocess.run([PYTHON, "manage.py", *arguments], cwd=ROOT, env=cluster.environment(), check=True, stdout=output)  # noqa: S603


def ensure_database(cluster: Cluster) -> None:
    name = cluster.database_url.rsplit("/", 1)[1]
    connection = psycopg2.connect(cluster.database_url.rsplit("/", 1)[0] + "/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            log(f"creating database {name}")
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    connection.close()


# The demo site answers under Varnish's address, so the URLs Wagtail purges (built from the
# Site's hostname and port) are the ones readers fetch through Varnish.
SITE_ADDRESS = """
from wagtail.models import Site
Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port={port})
"""


def prepare(cluster: Cluster) -> None:
    ensure_database(cluster)
    log("collecting static files, migrating, loading the demo content")
    run_manage(cluster, "collectstatic", "--noinput", "-v0")
    run_manage(cluster, "migrate", "--noinput", "-v0")
    run_manage(cluster, "load_demo_content", quiet=True)
    run_manage(cluster, "ensure_admin")
    run_manage(cluster, "shell", "--no-imports", "-c", SITE_ADDRESS.format(port=cluster.varnish_port))


def spawn(cluster: Cluster, name: str, command: list[str], extra_env: dict[str, str] | None = None) -> None:
    """Start a process in the background, its output in logs/<name>.log, its pid in run/<name>.pid."""
    log_file = cluster.path("logs", f"{name}.log").open("ab")
    process = subprocess.Popen(  # noqa: S603
        command,
        cwd=ROOT,
        env={**cluster.environment(), **(extra_env or {})},
        stdin=subprocess.DEVNULL,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # survives this script; stopped through its pid file
    )
    cluster.path("run", f"{name}.pid").write_text(str(process.pid))


def wait_for(url: str, what: str, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our own loopback address
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise SystemExit(f"cluster: {what} did not answer at {url} within {timeout:.0f} s (see {ROOT / '.cluster'}/logs)")


def wait_for_queue(cluster: Cluster, timeout: float = 300) -> None:
    """Wait until the task worker has worked off what setting up queued: loading the demo content
    queues some 2,000 search and reference index updates. The worker takes tasks in turn, so
    until then a publish's purge waited behind them (25-40 s), and the cluster was not yet what
    it claims: a publish shows through Varnish at once."""
    deadline = time.monotonic() + timeout
    left = None
    while time.monotonic() < deadline:
        connection = psycopg2.connect(cluster.database_url)
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status IN ('READY', 'RUNNING')"
                )
                (left,) = cursor.fetchone()
        finally:
            connection.close()
        if left == 0:
            return
        time.sleep(1)
    raise SystemExit(
        f"cluster: the task worker still had {left} tasks after {timeout:.0f} s (see {ROOT / '.cluster'}/logs)"
    )


def backends_vcl(cluster: Cluster) -> str:
    """deploy/varnish/backends.vcl with the cluster's two app ports."""
    text = (VCL.parent / "backends.vcl").read_text()
    for default_port, port in zip(("8000", "8001"), cluster.app_ports, strict=True):
        text = text.replace(f'.port = "{default_port}";', f'.port = "{port}";')
    return text


def program(name: str) -> str:
    """The full path of a program the cluster needs, or a message saying which package has it."""
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if found is None:
        raise SystemExit(f"cluster: {name} is not installed (apt-get install varnish redis-server)")
    return found


def start_redis(cluster: Cluster) -> None:
    subprocess.run(  # noqa: S603
        [
            program("redis-server"),
            "--bind",
            "127.0.0.1",
            "--port",
            str(cluster.redis_port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "yes",
            "--dir",
            str(cluster.path("run")),
            "--pidfile",
            str(cluster.path("run", "redis.pid")),
            "--logfile",
            str(cluster.path("logs", "redis.log")),
        ],  # fmt: skip
        check=True,
    )


def start_varnish(cluster: Cluster) -> None:
    cluster.path("varnish", "backends.vcl").write_text(backends_vcl(cluster))
    subprocess.run(  # noqa: S603
        [
            program("varnishd"),
            "-a",
            f"127.0.0.1:{cluster.varnish_port}",
            "-T",
            f"127.0.0.1:{cluster.varnish_admin_port}",
            "-f",
            str(VCL),
            "-p",
            f"vcl_path={cluster.path('varnish')}:{VCL.parent}",
            "-n",
            str(cluster.varnish_workdir),
            "-P",
            str(cluster.path("run", "varnish.pid")),
            "-s",
            "malloc,64m",
        ],  # fmt: skip
        check=True,
    )


def start(cluster: Cluster) -> None:
    if running(cluster):
        raise SystemExit(f"cluster: already running ({', '.join(running(cluster))}); `make cluster-stop` first")
    for folder in ("media", "private", "logs", "run", "varnish"):
        cluster.path(folder).mkdir(parents=True, exist_ok=True)
    start_redis(cluster)  # first: the setup commands below already use the cache
    prepare(cluster)
    gunicorn = [str(GUNICORN), "-c", "deploy/gunicorn.conf.py", "rangpur_cms.wsgi:application"]
    for index, port in enumerate(cluster.app_ports):
        name = f"app-{'ab'[index]}"
        spawn(cluster, name, gunicorn, {"GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_PROC_NAME": f"rangpur-{name}"})
    spawn(cluster, "worker", [str(PYTHON), "manage.py", "db_worker", "--queue-name=*", "--no-reload"])
    for index in range(2):
        wait_for(f"{cluster.app_url(index)}/healthz", f"app server {'AB'[index]}")
    start_varnish(cluster)
    wait_for(f"{cluster.varnish_url}/healthz", "Varnish")
    log("waiting for the task worker to work off the setup's tasks")
    wait_for_queue(cluster)
    log("up")
    print(
        f"""
  Varnish (the site):   {cluster.varnish_url}/bn/
  app server A:         {cluster.app_url(0)}/   app server B: {cluster.app_url(1)}/
  admin (through A):    {cluster.app_url(0)}/admin/   (password printed above; two-factor set up on first sign-in)
  Redis:                redis://127.0.0.1:{cluster.redis_port}/0
  database:             {cluster.database_url}
  logs:                 {cluster.path("logs")}/
  stop:                 make cluster-stop
""",
        flush=True,
    )


NAMES = ("varnish", "app-a", "app-b", "worker", "redis")


def pid_of(cluster: Cluster, name: str) -> int | None:
    pid_file = cluster.path("run", f"{name}.pid")
    try:
        pid = int(pid_file.read_text().strip())
        os.kill(pid, 0)
    except (FileNotFoundError, ValueError, ProcessLookupError):
        return None
    return pid


def running(cluster: Cluster) -> list[str]:
    return [name for name in NAMES if pid_of(cluster, name)]


def stop(cluster: Cluster) -> None:
    stopping = {name: pid for name in NAMES if (pid := pid_of(cluster, name))}
    for name, pid in stopping.items():
        log(f"stopping {name} ({pid})")
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 30
    while stopping and time.monotonic() < deadline:
        stopping = {name: pid for name, pid in stopping.items() if pid_of(cluster, name)}
        time.sleep(0.2)
    for name, pid in stopping.items():
        log(f"{name} ({pid}) did not stop: killing it")
        os.kill(pid, signal.SIGKILL)
    for name in NAMES:
        cluster.path("run", f"{name}.pid").unlink(missing_ok=True)
    log("stopped")


def main(arguments: list[str]) -> None:
    cluster = Cluster.from_environment()
    command = arguments[0] if arguments else "start"
    if command == "start":
        start(cluster)
    elif command == "stop":
        stop(cluster)
    elif command == "status":
        print("\n".join(f"{name}: {'running' if pid_of(cluster, name) else 'stopped'}" for name in NAMES))
    elif command == "manage":
        cluster.path("run").mkdir(parents=True, exist_ok=True)
        run_manage(cluster, *arguments[1:])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
