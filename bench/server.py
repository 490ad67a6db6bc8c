"""Start an app server on loopback and wait for it: shared by the benchmark and the browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(
    port: int, script: Path = ROOT / "app.py", *extra_args: str, env: dict[str, str] | None = None
) -> subprocess.Popen:
    """`streamlit run script` on 127.0.0.1:port, headless, quiet; the caller stops it."""
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.address", "127.0.0.1",
               "--server.port", str(port), "--server.headless", "true", *extra_args]  # fmt: skip
    return subprocess.Popen(
        command,
        cwd=script.parent,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_healthy(port: int, timeout: float = 60) -> float:
    """Seconds until /_stcore/health answers ok."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except OSError:
            time.sleep(0.01)
    raise TimeoutError(f"server on port {port} not healthy after {timeout} s")
