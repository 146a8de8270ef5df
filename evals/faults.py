"""SIGKILL an ingest at random moments and check the index each time (issue 12): printed figures,
never asserted. `python evals/faults.py [--kills 40] [--seed 1]`.

Each trial changes a document of a copy of corpus/ (every 5th trial is a --rebuild), runs
`protocols ingest` in a subprocess with a slowed fake embedder (so kills land while parsing,
embedding, writing and switching), kills it with SIGKILL after a random delay, then checks the
index with `protocols doctor`'s checks and by opening it. A final unkilled run must succeed and
hold every document."""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.fakes, when run as a script

RUNNER = """
import sys, time
import assistant.services as services
from tests.fakes import FakeEmbedder

class SlowFake(FakeEmbedder):
    def embed(self, texts):
        time.sleep(0.002 * len(texts))
        return super().embed(texts)

services.embedder_factory = lambda settings: SlowFake
from assistant.cli import main
sys.argv = ["protocols", *sys.argv[1:]]
main()
"""


def ingest(index: Path, corpus: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PROTOCOLS_MODEL": "fake", "PROTOCOLS_EMBED_BATCH_SIZE": "4", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", RUNNER, "ingest", "--quiet", "--index", str(index), *extra, str(corpus)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )


def check(index: Path, expected: set[int]) -> str | None:
    """None if the index is consistent (or none was ever published), else what is wrong."""
    from index.doctor import check_index
    from index.search import ProtocolIndex
    from index.store import CURRENT
    from tests.fakes import FakeEmbedder

    if not (index / CURRENT).exists():
        return None
    report = check_index(index, "fake")
    if not report.healthy:
        return "; ".join(report.problems)
    from index.config import IndexConfig, SearchConfig

    opened = ProtocolIndex(IndexConfig(index, "fake"), SearchConfig(), FakeEmbedder)
    if len(opened.catalogue.documents) not in expected:
        return f"{len(opened.catalogue.documents)} documents, expected one of {sorted(expected)}"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="faults-"))
    corpus, index = work / "corpus", work / "index"
    shutil.copytree(ROOT / "corpus", corpus)
    docs = len([p for p in corpus.iterdir() if p.suffix != ".toml"])
    start = time.monotonic()
    proc = ingest(index, corpus)  # how long a full run takes, to spread the kills over it
    proc.wait()
    full = time.monotonic() - start
    shutil.rmtree(index)
    survived, failures = 0, []
    for trial in range(args.kills):
        target = corpus / "battle-town-council.txt"
        target.write_text(target.read_text() + f"\n\n9.{trial} Trial {trial} clause {rng.random():.6f} words.\n")
        proc = ingest(index, corpus, *(["--rebuild"] if trial % 5 == 4 else []))
        time.sleep(rng.uniform(0.05, full * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        problem = check(index, {docs})
        if problem is None:
            survived += 1
        else:
            failures.append(f"trial {trial}: {problem}")
    proc = ingest(index, corpus)
    _, err = proc.communicate()
    final = check(index, {docs}) if proc.returncode == 0 else f"final run failed: {err.decode().strip()}"
    leftovers = sorted(p.name for p in index.glob("v-*"))
    print(f"full ingest run: {full:.1f} s; SIGKILLs survived/tried: {survived}/{args.kills}")
    print(f"final unkilled run: {'ok' if final is None else final}; version folders left: {len(leftovers)}")
    for line in failures:
        print("  " + line)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
