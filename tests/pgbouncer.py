"""PgBouncer in transaction mode in front of the test's PostgreSQL, for tests that must show the
app is safe behind it (deploy/README.md). Started on 127.0.0.1 and stopped afterwards."""

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg2

PGBOUNCER_PORT = 8346

CONFIG = """
[databases]
* = host={host} port={port}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {listen_port}
unix_socket_dir =
auth_type = trust
auth_file = {folder}/users.txt
pool_mode = transaction
; fewer server connections than clients: transactions of different clients share them
default_pool_size = 4
max_client_conn = 200
ignore_startup_parameters = extra_float_digits,options
pidfile = {folder}/pgbouncer.pid
logfile = {folder}/pgbouncer.log
"""


def pgbouncer_program() -> str | None:
    return shutil.which("pgbouncer") or shutil.which("pgbouncer", path="/usr/sbin")


@contextmanager
def running_pgbouncer(settings_dict: dict) -> Iterator[int]:
    """PgBouncer forwarding to the database `settings_dict` describes; yields its port."""
    folder = Path(tempfile.mkdtemp(prefix="rangpur-pgbouncer-"))
    folder.chmod(0o755)  # PgBouncer refuses to run as root: it runs as postgres, and reads this folder
    (folder / "users.txt").write_text(f'"{settings_dict["USER"]}" ""\n')
    (folder / "pgbouncer.ini").write_text(
        CONFIG.format(
            host=settings_dict["HOST"],
            port=settings_dict.get("PORT") or 5432,
            listen_port=PGBOUNCER_PORT,
            folder=folder,
        )
    )
    command = [pgbouncer_program(), "-d"]
    if os.geteuid() == 0:
        shutil.chown(folder, user="postgres")
        command += ["-u", "postgres"]
    subprocess.run([*command, str(folder / "pgbouncer.ini")], check=True)  # noqa: S603
    try:
        wait_for_pgbouncer(settings_dict)
        yield PGBOUNCER_PORT
    finally:
        pid_file = folder / "pgbouncer.pid"
        if pid_file.exists():
            os.kill(int(pid_file.read_text().strip()), 15)
        shutil.rmtree(folder, ignore_errors=True)


def wait_for_pgbouncer(settings_dict: dict) -> None:
    deadline = time.monotonic() + 20
    while True:
        try:
            psycopg2.connect(
                host="127.0.0.1", port=PGBOUNCER_PORT, user=settings_dict["USER"], dbname=settings_dict["NAME"]
            ).close()
            return
        except psycopg2.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
