"""Load test of ``zhbrief serve`` on loopback: throughput, latency, errors, overload.

Starts ``zhbrief serve`` in its own process on 127.0.0.1 (a free port, no translation
memory so every request reaches the model, no rate limit), then runs closed-loop
clients: each sends a request, waits for the answer, sends the next, for a fixed time.
Three requests in four are one seed sentence (``/translate`` with ``q`` a string), the
fourth a small document (``q`` a list of four sentences). Reported per level: requests
and sentences per second, p50/p95/p99 latency of answered requests, errors (any non-200
other than 429), 429s and how fast they came, the server's resident memory.

The model is a random-weight MarianMT with the real opus-mt-zh-en architecture
(``bench_common.build_bench_model``) unless ``--model`` gives a folder; ``--tiny``
uses the test suite's tiny model (for a quick check of the script). Only 127.0.0.1 is
contacted; each level is bounded in time (``--seconds``) and in requests.

    python eval/bench_serve.py                      # 1, 8, 32, 128 clients, --config fast
    python eval/bench_serve.py --config default     # 4 beams
    python eval/bench_serve.py --tiny --seconds 3   # quick check
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import bench_common as bc
import httpx

ROOT = Path(__file__).resolve().parent.parent
MAX_REQUESTS_PER_LEVEL = 20_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), -(-q * len(ordered) // 100)))
    return ordered[int(rank) - 1]


def start_server(
    model: Path, port: int, queue_size: int, extra: list[str]
) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "pipeline"), "HF_HUB_OFFLINE": "1"}
    cmd = [
        sys.executable,
        "-c",
        "from zhbrief.cli import main; main()",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--model",
        str(model),
        "--no-cache",
        "--req-limit",
        "0",
        "--queue-size",
        str(queue_size),
        "--char-limit",
        "100000",
        *extra,
    ]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise SystemExit(f"the server exited:\n{err[-3000:]}")
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not start in time")


class Probe:
    """One sequential client on its own connection, sending a request every 50 ms.

    The load generator shares this machine's cores; the probe shows how fast the server
    itself answers while it is overloaded (429s) without the generator's own queueing.
    """

    def __init__(self, base: str) -> None:
        self.base = base
        self.stop = threading.Event()
        self.answers: list[tuple[int, float]] = []
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        body = {"q": "探针请求。", "source": "zh", "target": "en"}
        with httpx.Client(base_url=self.base, timeout=120) as http:
            while not self.stop.is_set():
                started = time.perf_counter()
                code = http.post("/translate", json=body).status_code
                self.answers.append((code, time.perf_counter() - started))
                time.sleep(0.05)

    def result(self) -> dict[str, Any]:
        rejected = [t for code, t in self.answers if code == 429]
        return {
            "probe_requests": len(self.answers),
            "probe_429": len(rejected),
            "probe_429_p50_ms": round(1000 * percentile(rejected, 50), 1) if rejected else None,
            "probe_429_p95_ms": round(1000 * percentile(rejected, 95), 1) if rejected else None,
            "probe_429_max_ms": round(1000 * max(rejected), 1) if rejected else None,
        }


async def run_level(
    base: str, clients: int, seconds: float, sentences: list[str], probe: bool = False
) -> dict[str, Any]:
    ok: list[float] = []
    rejected: list[float] = []
    errors: dict[str, int] = {}
    done_sentences = 0
    count = 0
    stop_at = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)

    async def client(n: int, http: httpx.AsyncClient) -> None:
        nonlocal done_sentences, count
        i = n * 7
        while time.perf_counter() < stop_at and count < MAX_REQUESTS_PER_LEVEL:
            i += 1
            count += 1
            if i % 4 == 0:
                q: str | list[str] = [sentences[(i + k) % len(sentences)] for k in range(4)]
            else:
                q = sentences[i % len(sentences)]
            started = time.perf_counter()
            try:
                r = await http.post("/translate", json={"q": q, "source": "zh", "target": "en"})
                status = str(r.status_code)
            except httpx.HTTPError as e:
                status = type(e).__name__
            elapsed = time.perf_counter() - started
            if status == "200":
                ok.append(elapsed)
                done_sentences += len(q) if isinstance(q, list) else 1
            elif status == "429":
                rejected.append(elapsed)
                # A polite client waits as Retry-After says (1 s)
                await asyncio.sleep(float(r.headers.get("retry-after", "1")))
            else:
                errors[status] = errors.get(status, 0) + 1

    started = time.perf_counter()
    watcher = Probe(base) if probe else None
    async with httpx.AsyncClient(base_url=base, timeout=300, limits=limits) as http:
        tasks = [asyncio.create_task(client(n, http)) for n in range(clients)]
        if watcher is not None:
            await asyncio.sleep(1.0)  # let the queue fill first
            watcher.thread.start()
        await asyncio.gather(*tasks)
    wall = time.perf_counter() - started
    extra: dict[str, Any] = {}
    if watcher is not None:
        watcher.stop.set()
        watcher.thread.join(60)
        extra = watcher.result()
    return {
        **extra,
        "clients": clients,
        "seconds": round(wall, 2),
        "ok": len(ok),
        "requests_per_s": round(len(ok) / wall, 2),
        "sentences_per_s": round(done_sentences / wall, 2),
        "p50_ms": round(1000 * percentile(ok, 50), 1),
        "p95_ms": round(1000 * percentile(ok, 95), 1),
        "p99_ms": round(1000 * percentile(ok, 99), 1),
        "errors": errors,
        "rejected_429": len(rejected),
        "rejected_p50_ms": round(1000 * percentile(rejected, 50), 1) if rejected else None,
        "rejected_p99_ms": round(1000 * percentile(rejected, 99), 1) if rejected else None,
        "rejected_max_ms": round(1000 * max(rejected), 1) if rejected else None,
    }


async def burst(base: str, n: int, sentence: str) -> dict[str, Any]:
    """``n`` requests at the same instant: far more than the queue holds."""
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as http:

        async def one() -> tuple[int, float]:
            started = time.perf_counter()
            r = await http.post("/translate", json={"q": sentence, "source": "zh", "target": "en"})
            return r.status_code, time.perf_counter() - started

        results = await asyncio.gather(*(one() for _ in range(n)))
    rejected = [t for code, t in results if code == 429]
    return {
        "requests": n,
        "ok": sum(1 for code, _ in results if code == 200),
        "rejected_429": len(rejected),
        "other": sum(1 for code, _ in results if code not in (200, 429)),
        "rejected_p50_ms": round(1000 * percentile(rejected, 50), 1) if rejected else None,
        "rejected_p99_ms": round(1000 * percentile(rejected, 99), 1) if rejected else None,
        "rejected_max_ms": round(1000 * max(rejected), 1) if rejected else None,
    }


def stage_ceiling(model: Path, profile: str | None, sentences: list[str]) -> dict[str, Any]:
    """The translate stage alone, in this process, with the server stopped: one sentence
    at a time vs all seed sentences in one call. Bounds what batching can gain here."""
    sys.path.insert(0, str(ROOT / "pipeline"))
    from zhbrief.config import load_config
    from zhbrief.translate import load_translator

    config = load_config(profile, {"translate.model": str(model)})
    translator = load_translator(config.translate)
    translator.translate(sentences[:4])  # warm up
    started = time.perf_counter()
    singles = sentences[:12]
    for text in singles:
        translator.translate([text])
    one = len(singles) / (time.perf_counter() - started)
    started = time.perf_counter()
    translator.translate(sentences)
    batched = len(sentences) / (time.perf_counter() - started)
    return {
        "one_at_a_time_sentences_per_s": round(one, 2),
        "all_in_one_call_sentences_per_s": round(batched, 2),
        "stage_gain": round(batched / one, 2),
        "load_avg": round(os.getloadavg()[0], 2),
    }


LEVEL_COLUMNS = [
    "clients",
    "req/s",
    "sentences/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors",
    "429s (p50 / p99 ms)",
    "texts (requests) per batch",
    "load avg",
]


def level_rows(levels: list[dict[str, Any]]) -> list[list[Any]]:
    """One row per level, cells as shown (the JSON's "tables" block and the printout)."""
    rows: list[list[Any]] = []
    for r in levels:
        rej = (
            f"{r['rejected_429']} ({r['rejected_p50_ms']} / {r['rejected_p99_ms']})"
            if r["rejected_429"]
            else "0"
        )
        rows.append(
            [
                r["clients"],
                r["requests_per_s"],
                r["sentences_per_s"],
                r["p50_ms"],
                r["p95_ms"],
                r["p99_ms"],
                sum(r["errors"].values()),
                rej,
                f"{r.get('texts_per_batch')} ({r.get('requests_per_batch')})",
                r["load_avg"],
            ]
        )
    return rows


def table(levels: list[dict[str, Any]]) -> str:
    lines = [
        "| " + " | ".join(LEVEL_COLUMNS) + " |",
        "|" + "---:|" * len(LEVEL_COLUMNS),
    ]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in level_rows(levels)]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--model", type=Path, help="a MarianMT folder (default: random weights)")
    ap.add_argument("--model-dir", type=Path, help="where to build/keep the random model")
    ap.add_argument("--tiny", action="store_true", help="the test suite's tiny model")
    ap.add_argument("--clients", default="1,8,32,128")
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--queue-size", type=int, default=64)
    ap.add_argument("--burst", type=int, default=256)
    ap.add_argument("--repeat", type=int, default=2, help="runs of the 1 and 32 client levels")
    ap.add_argument("--config", default="fast", help="profile for the server (default: fast)")
    ap.add_argument("--serve-args", default="", help="more `zhbrief serve` flags")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument(
        "--no-ceiling", action="store_true", help="skip timing the translate stage alone"
    )
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="zhbrief-bench-serve-") as tmp:
        if args.model:
            model = args.model
        elif args.tiny:
            sys.path.insert(0, str(ROOT / "tests"))
            from tiny_model import build_tiny_model

            model = build_tiny_model(Path(tmp) / "tiny")
        else:
            model = args.model_dir or Path(tmp) / "opus-mt-zh-en-random"
            if not (model / "config.json").is_file():
                print(f"building the random-weight model in {model} ...", file=sys.stderr)
                bc.build_bench_model(model)
        sentences = bc.seed_sentences()
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        extra = ["--config", args.config, *args.serve_args.split()]
        proc = start_server(model, port, args.queue_size, extra)
        try:
            wait_ready(base, proc)
            # Warm up: first calls pay for lazy initialisation
            httpx.post(
                base + "/translate",
                json={"q": sentences[:8], "source": "zh", "target": "en"},
                timeout=300,
            )
            rss_start = rss_mib(proc.pid)
            levels = []
            counts = [int(x) for x in args.clients.split(",")]
            # The 1 and 32 client levels run again, alternating, to even out a shared
            # machine's changing load; the gain is the ratio of their medians
            plan = counts + [n for _ in range(args.repeat - 1) for n in counts if n in (1, 32)]
            for n in plan:
                probe = n == max(counts)
                before = _batch_counts(base)
                result = asyncio.run(run_level(base, n, args.seconds, sentences, probe))
                after = _batch_counts(base)
                batches = after[0] - before[0]
                if batches:  # what one model call held during this level
                    result["texts_per_batch"] = round((after[1] - before[1]) / batches, 1)
                    result["requests_per_batch"] = round((after[2] - before[2]) / batches, 1)
                result["rss_mib"] = round(rss_mib(proc.pid), 1)
                result["load_avg"] = round(os.getloadavg()[0], 2)
                print(json.dumps(result), file=sys.stderr)
                levels.append(result)
            over = asyncio.run(burst(base, args.burst, sentences[0]))
            over["alive_after"] = httpx.get(base + "/health", timeout=10).status_code == 200
            over["rss_mib"] = round(rss_mib(proc.pid), 1)
            metrics = httpx.get(base + "/metrics", timeout=10).text
        finally:
            proc.terminate()
            proc.wait(60)
        ceiling = None
        if not args.no_ceiling:
            ceiling = stage_ceiling(model, args.config, sentences)

    def med(n: int) -> float | None:
        runs = [r["sentences_per_s"] for r in levels if r["clients"] == n]
        return bc.median(runs) if runs else None

    one, many = med(1), med(32)
    gain = round(many / one, 2) if one and many else None
    fast = _metric(
        metrics, 'zhbrief_request_seconds_bucket{le="0.1",route="/translate",status="429"}'
    )
    all_429 = _metric(metrics, 'zhbrief_request_seconds_count{route="/translate",status="429"}')
    batch_sum = _metric(metrics, "zhbrief_batch_texts_sum")
    batch_count = _metric(metrics, "zhbrief_batch_texts_count")
    report = {
        "machine": bc.machine(),
        "model": "tiny" if args.tiny else str(args.model or "random-weight opus-mt-zh-en"),
        "config": args.config,
        "queue_size": args.queue_size,
        "rss_start_mib": round(rss_start, 1),
        "levels": levels,
        "gain_32_over_1": gain,
        "overload_burst": over,
        "mean_batch_texts": round(batch_sum / batch_count, 2) if batch_count else None,
        "stage_alone": ceiling,
        "server_429s": int(all_429),
        "server_429s_within_100ms": int(fast),
        "tables": {"levels": {"columns": LEVEL_COLUMNS, "rows": level_rows(levels)}},
    }
    print(table(levels))
    print(f"\nbatching gain (sentences/s, 32 clients over 1): {gain}x")
    print(f"burst: {json.dumps(over)}")
    probed = [r for r in levels if "probe_requests" in r]
    if probed:
        print(
            "probe during the largest level: "
            + json.dumps({k: v for k, v in probed[0].items() if k.startswith("probe")})
        )
    print(f"mean texts per model batch: {report['mean_batch_texts']}")
    print(f"the translate stage alone (no server): {json.dumps(ceiling)}")
    print(f"429s answered by the server within 100 ms: {int(fast)} of {int(all_429)}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def _batch_counts(base: str) -> tuple[float, float, float]:
    """Model batches so far, the texts and the requests they held (from /metrics)."""
    text = httpx.get(base + "/metrics", timeout=30).text
    return (
        _metric(text, "zhbrief_batch_texts_count"),
        _metric(text, "zhbrief_batch_texts_sum"),
        _metric(text, "zhbrief_batch_requests_sum"),
    )


def _metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    return 0.0


if __name__ == "__main__":
    main()
