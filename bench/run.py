"""The benchmark: the wizard measured against a real running server, next to an empty page.

Run:  python -m bench.run                 (30 classroom sessions, 60 s)
      python -m bench.run --sessions 60   (a bigger room)
      python -m bench.run --quick         (10 s classroom, fewer runs: a smoke test)

Prints, for the richest worked example: each page's script run time (median of 20 runs) next to
an empty Streamlit page's, the export times, the cold start, memory idle and per session, and a
classroom of concurrent sessions editing at a person's pace. Every figure comes from real
websocket sessions (bench/client.py speaks Streamlit's own protocol) or a real Chromium.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.client import RunError, Session
from bench.server import ROOT, free_port, start_server, wait_healthy

EMPTY_APP = Path(__file__).parent / "empty" / "app.py"
SETTINGS = ROOT / ".streamlit" / "config.toml"
EXAMPLE = "library"  # the richest worked example (see bench/export.py)
CHROMIUM = "/usr/bin/chromium"
FLOORS = {
    "page_ratio": 3.0,
    "page_ms": 100,
    "export_s": 1.0,
    "cold_start_s": 2.0,
    "session_mb": 15,
    "p95_s": 1.0,
}


def empty_app_with_our_settings(folder: Path) -> Path:
    """The empty page in a folder of its own, beside a copy of the wizard's .streamlit/config.toml."""
    (folder / ".streamlit").mkdir(parents=True, exist_ok=True)
    shutil.copy(SETTINGS, folder / ".streamlit" / "config.toml")
    return Path(shutil.copy(EMPTY_APP, folder / "app.py"))


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the process has used so far, all threads together."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def line(figures: str, floor: str, ok: bool) -> None:
    """One measured line, with the floor it is held to and whether it holds."""
    print(f"{figures}   (floor {floor}: {verdict(ok)})")


# --- measurements ---------------------------------------------------------------------------


async def with_example(base: str) -> Session:
    """A new session with the richest worked example open."""
    session = Session(base)
    await session.connect()
    await session.click(session.widget(rf"open_example_{EXAMPLE}$"))
    return session


async def page_times(
    base: str, empty_base: str, runs: int, pid: int
) -> dict[str, tuple[float, float, float]]:
    """Each page: its median run time, the empty page's median measured just before it (so a
    busier moment of this shared machine weighs on both alike), and the server's CPU time a run
    of the page (both threads)."""
    empty = Session(empty_base)
    await empty.connect()
    session = await with_example(base)
    figures = {}
    for path in list(session.pages):
        await session.go_to(path)
        empty_runs = [await empty.rerun() for _ in range(runs)]
        used = cpu_seconds(pid)
        page_runs = [await session.rerun() for _ in range(runs)]
        cpu = (cpu_seconds(pid) - used) / runs
        figures[path or "start"] = (statistics.median(page_runs), statistics.median(empty_runs), cpu)
    await session.close()
    await empty.close()
    return figures


async def empty_time(base: str, runs: int, pid: int) -> tuple[float, float]:
    session = Session(base)
    await session.connect()
    used = cpu_seconds(pid)
    timings = [await session.rerun() for _ in range(runs)]
    cpu = (cpu_seconds(pid) - used) / runs
    await session.close()
    return statistics.median(timings), cpu


async def open_sessions(base: str, count: int) -> list[Session]:
    """Sessions that each open the example and visit every step, then stay connected."""
    sessions = []
    for _ in range(count):
        session = await with_example(base)
        for path in list(session.pages):
            await session.go_to(path)
        sessions.append(session)
    return sessions


async def classroom(base: str, count: int, duration: float) -> tuple[list[float], int, int]:
    """`count` people, each changing something every 1-3 s: typing in a field or moving on a step."""
    latencies: list[float] = []
    errors = 0
    connected = 0

    async def person(number: int) -> None:
        nonlocal errors, connected
        rng = random.Random(number)
        session = Session(base, locale=rng.choice(["fr-FR", "en-GB"]))
        try:
            await session.connect()
            connected += 1
            steps = list(session.pages)
            step = 0
            stop_at = time.perf_counter() + duration
            while time.perf_counter() < stop_at:
                await asyncio.sleep(rng.uniform(1, 3))
                fields = session.text_widgets()
                try:
                    if fields and rng.random() < 0.75:
                        latencies.append(
                            await session.type_text(rng.choice(fields), f"idea {number}-{rng.random():.4f}")
                        )
                    else:
                        step = (step + 1) % len(steps)
                        latencies.append(await session.go_to(steps[step]))
                except (RunError, TimeoutError):
                    errors += 1
        except Exception:
            errors += 1
        finally:
            await session.close()

    await asyncio.gather(*(person(number) for number in range(count)))
    return latencies, errors, connected


def cold_start_to_page(port: int, data_dir: str) -> float | None:
    """Seconds from starting the server to the start page's title visible in Chromium."""
    if not Path(CHROMIUM).exists():
        return None
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"]  # fmt: skip
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page()
        started = time.perf_counter()
        server = start_server(port, ROOT / "app.py", env={"STRATEGY_DATA_DIR": data_dir})
        try:
            while True:
                try:
                    page.goto(f"http://127.0.0.1:{port}/", timeout=2000)
                    break
                except Exception:
                    time.sleep(0.02)
            page.wait_for_selector("h1", timeout=30_000)
            return time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=10)
            browser.close()


def export_times() -> tuple[float, float]:
    from bench.export import measure, richest
    from strategy.export.brief import agency_brief
    from strategy.export.document import strategy_document

    _, strategy = richest()
    return statistics.median(measure(strategy_document, strategy, 5)), statistics.median(
        measure(agency_brief, strategy, 5)
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=30, help="people in the classroom")
    parser.add_argument("--duration", type=float, default=60, help="seconds the classroom works")
    parser.add_argument("--runs", type=int, default=20, help="runs per page for the median")
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    options = parser.parse_args()
    if options.quick:
        options.duration, options.runs = 10, 20
    data_dir = tempfile.mkdtemp(prefix="bench-data-")

    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print("== cold start")
    port = free_port()
    server = start_server(port, ROOT / "app.py", env={"STRATEGY_DATA_DIR": data_dir})
    health = wait_healthy(port)
    line(
        f"until /_stcore/health answers: {health:5.2f} s",
        f"{FLOORS['cold_start_s']} s",
        health <= FLOORS["cold_start_s"],
    )
    base = f"http://127.0.0.1:{port}"
    try:
        time.sleep(1)
        idle = rss_mb(server.pid)
        print(f"server memory idle: {idle:6.1f} MB")

        empty_port, stock_port = free_port(), free_port()
        empty = start_server(empty_port, empty_app_with_our_settings(Path(data_dir) / "empty"))
        stock = start_server(stock_port, EMPTY_APP)
        wait_healthy(empty_port)
        wait_healthy(stock_port)
        empty_base = f"http://127.0.0.1:{empty_port}"
        try:
            empty_median, empty_cpu = asyncio.run(empty_time(empty_base, options.runs, empty.pid))
            stock_median, stock_cpu = asyncio.run(
                empty_time(f"http://127.0.0.1:{stock_port}", options.runs, stock.pid)
            )
            print(f"== page script runs, example '{EXAMPLE}', median of {options.runs} runs per page")
            print("(run: from the browser's request to the server's 'finished'; CPU: the server's, a run)")
            for name, median, cpu in (
                ("same settings as the wizard", empty_median, empty_cpu),
                ("stock settings", stock_median, stock_cpu),
            ):
                print(f"empty Streamlit page, {name + ':':29} {ms(median)}   CPU {ms(cpu)}")
            print("each page, and the empty page (same settings) measured just before it:")
            figures = asyncio.run(page_times(base, empty_base, options.runs, server.pid))
        finally:
            for process in (empty, stock):
                process.terminate()
                process.wait(timeout=10)
        for page, (median, beside, cpu) in figures.items():
            ratio = median / beside
            ok = ratio <= FLOORS["page_ratio"] and median * 1000 <= FLOORS["page_ms"]
            figures_line = f"{ms(median)}   empty {ms(beside)}   ×{ratio:4.2f}   CPU {ms(cpu)}"
            print(f"  {page:12} {figures_line}   {verdict(ok)}")

        print("== exports (in-process, median of 5)")
        document, brief = export_times()
        slowest = max(document, brief)
        line(
            f"strategy document {ms(document)}   agency brief {ms(brief)}",
            f"{FLOORS['export_s']} s",
            slowest <= FLOORS["export_s"],
        )

        print("== memory per open session (each opened the example and visited every step)")
        before = rss_mb(server.pid)
        for count in (10, 50):
            sessions = asyncio.run(_hold(base, count, server.pid))
            grown = sessions - before
            each = grown / count
            line(
                f"{count:3} sessions: +{grown:6.1f} MB, {each:5.2f} MB a session",
                f"{FLOORS['session_mb']} MB",
                each <= FLOORS["session_mb"],
            )

        print(
            f"== classroom: {options.sessions} sessions, a change every 1-3 s each, {options.duration:.0f} s"
        )
        latencies, errors, connected = asyncio.run(classroom(base, options.sessions, options.duration))
        latencies.sort()
        p50 = statistics.median(latencies) if latencies else float("nan")
        p95 = latencies[int(len(latencies) * 0.95) - 1] if latencies else float("nan")
        worst = latencies[-1] if latencies else float("nan")
        print(f"{connected} connected, {len(latencies)} changes, {errors} errors")
        line(
            f"change to run finished: p50 {ms(p50)}   p95 {ms(p95)}   max {ms(worst)}",
            f"p95 {FLOORS['p95_s']} s and no error",
            p95 <= FLOORS["p95_s"] and errors == 0,
        )
        print(f"server memory after the classroom: {rss_mb(server.pid):6.1f} MB")
    finally:
        server.terminate()
        server.wait(timeout=10)

    print("== cold start to the start page visible in Chromium")
    visible = cold_start_to_page(free_port(), data_dir)
    print(f"{visible:5.2f} s" if visible is not None else "skipped: no Chromium at /usr/bin/chromium")
    shutil.rmtree(data_dir, ignore_errors=True)


async def _hold(base: str, count: int, pid: int) -> float:
    """Open `count` sessions, read the server's memory while they are all open, then close them."""
    sessions = await open_sessions(base, count)
    await asyncio.sleep(1)
    memory = rss_mb(pid)
    for session in sessions:
        await session.close()
    await asyncio.sleep(1)
    return memory


if __name__ == "__main__":
    main()
