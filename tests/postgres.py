"""A throwaway PostgreSQL server on 127.0.0.1 for the store tests.

Uses Debian's PostgreSQL binaries (apt-get install postgresql). Started as the postgres user
when the tests run as root (initdb refuses root). Skipped with the reason when PostgreSQL is
not installed, except under CI, which installs it.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


def _binaries() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def postgres_server() -> Iterator[str]:
    """Yield the SQLAlchemy URL of a fresh server; stop and remove it afterwards."""
    binaries = _binaries()
    if binaries is None:
        reason = "PostgreSQL is not installed (apt-get install postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " — required under CI")
        pytest.skip(reason)
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    folder = tempfile.mkdtemp(prefix="pg-test-")
    os.chmod(folder, 0o777)  # the postgres user writes here when we are root
    data, port = os.path.join(folder, "data"), _free_port()
    run = {"check": True, "capture_output": True, "timeout": 120}
    subprocess.run(
        [*as_postgres, f"{binaries}/initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync"], **run
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=120"
    subprocess.run(
        [
            *as_postgres,
            f"{binaries}/pg_ctl",
            "-D",
            data,
            "-o",
            options,
            "-w",
            "-l",
            os.path.join(folder, "log"),
            "start",
        ],
        **run,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_postgres, f"{binaries}/pg_ctl", "-D", data, "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)
