"""Export time of the richest worked example: the strategy document and the agency brief.

Run: python -m bench.export  [--runs N]
Prints the median and the worst of N runs, after one warm-up run (imports, fonts).
"""

from __future__ import annotations

import argparse
import statistics
import time

from strategy.examples import EXAMPLES, load_example
from strategy.export.brief import agency_brief
from strategy.export.document import strategy_document
from strategy.model import Strategy


def richest() -> tuple[str, Strategy]:
    """The example with the most items, in French (the longer language)."""
    examples = {key: load_example(key, "fr") for key in EXAMPLES}
    key = max(examples, key=lambda k: len(examples[k].model_dump_json()))
    return key, examples[key]


def measure(build, strategy: Strategy, runs: int) -> list[float]:
    build(strategy, "fr")  # warm-up: imports, font cache
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        build(strategy, "fr")
        timings.append(time.perf_counter() - started)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    key, strategy = richest()
    print(f"richest example: {key} ({len(strategy.model_dump_json())} bytes of strategy)")
    for name, build in (("strategy document", strategy_document), ("agency brief", agency_brief)):
        timings = measure(build, strategy, runs)
        size = len(build(strategy, "fr")) // 1024
        median, worst = statistics.median(timings) * 1000, max(timings) * 1000
        print(f"{name:18} median {median:6.0f} ms   worst {worst:6.0f} ms   ({size} KB, {runs} runs)")


if __name__ == "__main__":
    main()
