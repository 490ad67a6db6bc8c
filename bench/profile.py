"""Profile one step's page run with pyinstrument, on a real server, with the richest example open.

Run:  python -m bench.profile listen            (the first part of Listen, 100 runs)
      python -m bench.profile objectives --runs 300 --all-frames

Streamlit runs each page in a script thread, which a profiler attached to the server's main
thread never sees. So the server is started in a child process that wraps each script run in
its own pyinstrument profiler; the runs are combined into one tree, printed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.server import ROOT, free_port, wait_healthy

WARM_UP_RUNS = 5  # the first runs import modules and fill caches: not what a page costs


def serve(port: int, report: Path, all_frames: bool) -> None:
    """In the child: the app server, each script run after the warm-up profiled."""
    import pyinstrument
    from pyinstrument.renderers import ConsoleRenderer
    from pyinstrument.session import Session as Recording
    from streamlit.runtime.scriptrunner import script_runner
    from streamlit.web import cli

    recordings: list[Recording] = []
    run_script = script_runner.ScriptRunner._run_script

    def profiled(self, rerun_data):
        if profiled.runs < WARM_UP_RUNS:
            profiled.runs += 1
            return run_script(self, rerun_data)
        profiler = pyinstrument.Profiler(interval=0.0005)
        profiler.start()
        try:
            return run_script(self, rerun_data)
        finally:
            profiler.stop()
            recordings.append(profiler.last_session)

    profiled.runs = 0
    script_runner.ScriptRunner._run_script = profiled

    def write_report(*_) -> None:
        combined = recordings[0]
        for recording in recordings[1:]:
            combined = Recording.combine(combined, recording)
        renderer = ConsoleRenderer(unicode=True, color=False, show_all=all_frames, short_mode=False)
        report.write_text(f"{len(recordings)} runs\n" + renderer.render(combined), encoding="utf-8")

    signal.signal(signal.SIGUSR1, write_report)
    os.chdir(ROOT)
    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), "--server.address", "127.0.0.1",
                "--server.port", str(port), "--server.headless", "true"]  # fmt: skip
    cli.main()


async def drive(base: str, step: str, runs: int) -> None:
    from bench.run import with_example

    session = await with_example(base)
    await session.go_to("" if step == "start" else step)
    for _ in range(runs + WARM_UP_RUNS):
        await session.rerun()
    await session.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("step", help="the step's key: start, listen, swot, objectives, ...")
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--all-frames", action="store_true", help="show Streamlit's and pandas' own frames")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--report", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.serve:
        serve(options.serve, options.report, options.all_frames)
        return

    port = free_port()
    report = Path(tempfile.mkdtemp(prefix="bench-profile-")) / "report.txt"
    child = [sys.executable, "-m", "bench.profile", options.step,
             "--serve", str(port), "--report", str(report)]  # fmt: skip
    if options.all_frames:
        child.append("--all-frames")
    server = subprocess.Popen(
        child,
        cwd=ROOT,
        env={**os.environ, "STRATEGY_DATA_DIR": str(report.parent)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_healthy(port)
        asyncio.run(drive(f"http://127.0.0.1:{port}", options.step, options.runs))
        server.send_signal(signal.SIGUSR1)
        for _ in range(200):
            if report.exists():
                break
            time.sleep(0.05)
        time.sleep(0.2)
        print(report.read_text(encoding="utf-8"))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
