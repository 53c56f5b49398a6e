"""Load test of ``zhbrief serve`` on loopback: capacity, API keys and the rate limits.

One command runs every phase, each against its own ``zhbrief serve`` process on
127.0.0.1 (a free port, its jobs file and key file in a temporary folder):

1. **levels** (capacity): no translation memory, so every request reaches the model, no
   rate limit (``--req-limit 0``, a private deployment). Closed-loop clients: each sends
   a request, waits for the answer, sends the next, for ``--seconds``. Three requests in
   four are one seed sentence (``/translate`` with ``q`` a string), the fourth a small
   document (``q`` a list of four sentences). Per level: requests and sentences per
   second, p50/p95/p99 latency of answered requests, errors (any non-200 other than
   429), 429s and how fast they came, the server's resident memory; a probe client
   during the largest level, then a burst of simultaneous requests (queue overload).
2. **keyed**: API keys required, the server's default limits, one key per client made
   with ``zhbrief.service.limits.new_key`` (``--key-limit``: a per-key limit written in the
   key file). ``--keyed-clients`` clients, each with its own key, for ``--seconds``:
   requests, every answer counted by status, latency, throughput. Meanwhile one client
   sends wrong keys every 20 ms (``--failed-keys`` attempts): 403 until the per-IP
   failed-key limit (``serve.auth_fail_limit``), then 429, timed.
3. **per-ip**: no keys, the default per-IP limit (``serve.req_limit``, or ``--req-limit``),
   translation memory on (a repeated sentence costs the model nothing, so one client can
   pass the limit quickly). One sequential client sends the limit plus
   ``--over-limit`` requests: how many got 200 before the first 429, and how fast the
   429s came.
4. the translate stage alone, in this process with no server (``--no-ceiling`` skips).

The model is a random-weight MarianMT with the real opus-mt-zh-en architecture
(``bench_common.build_bench_model``) unless ``--model`` gives a folder; ``--tiny`` uses
the test suite's tiny model (a check of the script, not a measurement: the results say
so under ``settings.run``). Only 127.0.0.1 is contacted; each level is bounded in time
(``--seconds``) and in requests.

    python eval/bench_serve.py                      # every phase, --config fast
    python eval/bench_serve.py --config default     # 4 beams
    python eval/bench_serve.py --tiny --seconds 3 --clients 1,8 --out /tmp/x  # quick check
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bench_common as bc
import httpx
import report as docs_report

ROOT = Path(__file__).resolve().parent.parent
MAX_REQUESTS_PER_LEVEL = 20_000
DEFAULT_SECONDS = 20.0


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


sys.path.insert(0, str(ROOT / "pipeline"))
METRICS_TOKEN = "bench-metrics-token"  # the bench's own server on loopback, nothing else


@dataclass
class Server:
    """One ``zhbrief serve`` process of the bench: its address and how to reach /metrics."""

    proc: subprocess.Popen[bytes]
    base: str
    headers: dict[str, str]  # the /metrics token (needed once API keys are on)


def write_profile(folder: Path, profile: str, serve: dict[str, Any]) -> Path:
    """The named profile with ``serve`` settings added: the jobs file in the bench's
    temporary folder (never beside the user's memory) and a /metrics token."""
    from zhbrief.config import load_profile

    data = load_profile(profile)
    data["serve"] = {**(data.get("serve") or {}), "jobs_path": str(folder / "jobs.sqlite")}
    data["serve"].update(serve)
    path = folder / "profile.yaml"
    path.write_text(json.dumps(data), encoding="utf-8")  # JSON is YAML
    return path


def start_server(model: Path, folder: Path, profile: str, flags: list[str]) -> Server:
    """Start ``zhbrief serve`` with ``flags`` on a free port and wait until it answers."""
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    config = write_profile(folder, profile, {"metrics_token": METRICS_TOKEN})
    env = {**os.environ, "PYTHONPATH": str(ROOT / "pipeline"), "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-c", "from zhbrief.cli import main; main()", "serve"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--model", str(model)]
    cmd += ["--config", str(config), *flags]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    auth = {"Authorization": f"Bearer {METRICS_TOKEN}"}
    server = Server(proc, f"http://127.0.0.1:{port}", auth)
    try:
        wait_ready(server.base, proc)
    except BaseException:
        stop_server(server)
        raise
    return server


def stop_server(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(60)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait(10)


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
    """One sequential client on its own connection and thread, a request every 50 ms
    (or every ``interval``) until stopped or ``limit`` requests were sent.

    The load generator shares this machine's cores; the probe shows how fast the server
    itself answers while it is loaded (429s) without the generator's own queueing.
    ``bad_keys``: each request carries a different wrong API key (a key guesser).
    """

    def __init__(
        self, base: str, *, bad_keys: bool = False, limit: int = 0, interval: float = 0.05
    ) -> None:
        self.base = base
        self.bad_keys = bad_keys
        self.limit = limit
        self.interval = interval
        self.stop = threading.Event()
        self.answers: list[tuple[int, float]] = []
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        body: dict[str, Any] = {"q": "探针请求。", "source": "zh", "target": "en"}
        with httpx.Client(base_url=self.base, timeout=120) as http:
            while not self.stop.is_set() and not (self.limit and len(self.answers) >= self.limit):
                if self.bad_keys:
                    body["api_key"] = f"wrong-key-{len(self.answers)}"
                started = time.perf_counter()
                code = http.post("/translate", json=body).status_code
                self.answers.append((code, time.perf_counter() - started))
                time.sleep(self.interval)

    def result(self) -> dict[str, Any]:
        return {"probe_" + k: v for k, v in answers_summary(self.answers).items()}


def answers_summary(answers: list[tuple[int, float]]) -> dict[str, Any]:
    """Requests, answers by status, where the first 429 came, how fast the 429s came."""
    rejected = [t for code, t in answers if code == 429]
    first = next((n for n, (code, _) in enumerate(answers, 1) if code == 429), None)
    statuses: dict[str, int] = {}
    for code, _ in answers:
        statuses[str(code)] = statuses.get(str(code), 0) + 1
    return {
        "requests": len(answers),
        "statuses": statuses,
        "first_429_at": first,
        "429": len(rejected),
        "429_p50_ms": ms(percentile(rejected, 50)) if rejected else None,
        "429_p95_ms": ms(percentile(rejected, 95)) if rejected else None,
        "429_max_ms": ms(max(rejected)) if rejected else None,
    }


def ms(seconds: float) -> float:
    return round(1000 * seconds, 1)


async def run_level(
    base: str,
    clients: int,
    seconds: float,
    sentences: list[str],
    watcher: Probe | None = None,
    keys: list[str] | None = None,
) -> dict[str, Any]:
    """``clients`` closed-loop clients for ``seconds`` (client ``n`` sends ``keys[n]``);
    ``watcher`` starts after one second (the queue full by then) and is waited for."""
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
            body: dict[str, Any] = {"q": q, "source": "zh", "target": "en"}
            if keys:
                body["api_key"] = keys[n]
            started = time.perf_counter()
            try:
                r = await http.post("/translate", json=body)
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
    async with httpx.AsyncClient(base_url=base, timeout=300, limits=limits) as http:
        tasks = [asyncio.create_task(client(n, http)) for n in range(clients)]
        if watcher is not None:
            await asyncio.sleep(min(1.0, seconds / 2))  # let the queue fill first
            watcher.thread.start()
        await asyncio.gather(*tasks)
    wall = time.perf_counter() - started
    extra: dict[str, Any] = {}
    if watcher is not None:
        if not watcher.limit:
            watcher.stop.set()
        watcher.thread.join(300)
        extra = watcher.result()
    return {
        **extra,
        "clients": clients,
        "seconds": round(wall, 2),
        "requests": len(ok) + len(rejected) + sum(errors.values()),
        "ok": len(ok),
        "requests_per_s": round(len(ok) / wall, 2),
        "sentences_per_s": round(done_sentences / wall, 2),
        "p50_ms": ms(percentile(ok, 50)) if ok else None,
        "p95_ms": ms(percentile(ok, 95)) if ok else None,
        "p99_ms": ms(percentile(ok, 99)) if ok else None,
        "errors": errors,
        "rejected_429": len(rejected),
        "rejected_p50_ms": ms(percentile(rejected, 50)) if rejected else None,
        "rejected_p99_ms": ms(percentile(rejected, 99)) if rejected else None,
        "rejected_max_ms": ms(max(rejected)) if rejected else None,
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
        "rejected_p50_ms": ms(percentile(rejected, 50)) if rejected else None,
        "rejected_p99_ms": ms(percentile(rejected, 99)) if rejected else None,
        "rejected_max_ms": ms(max(rejected)) if rejected else None,
    }


def stage_ceiling(model: Path, profile: str | None, sentences: list[str]) -> dict[str, Any]:
    """The translate stage alone, in this process, with the server stopped: one sentence
    at a time vs all seed sentences in one call. Bounds what batching can gain here."""
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


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--model", type=Path, help="a MarianMT folder (default: random weights)")
    ap.add_argument("--model-dir", type=Path, help="where to build/keep the random model")
    ap.add_argument("--tiny", action="store_true", help="the test suite's tiny model (a check)")
    ap.add_argument("--clients", default="1,8,32,128", help="client counts of the levels phase")
    ap.add_argument("--seconds", type=float, default=DEFAULT_SECONDS, help="per level")
    ap.add_argument("--queue-size", type=int, default=64)
    ap.add_argument("--burst", type=int, default=256)
    ap.add_argument("--repeat", type=int, default=2, help="runs of the 1 and 32 client levels")
    ap.add_argument("--keyed-clients", type=int, default=64, help="clients with a key each")
    ap.add_argument(
        "--key-limit",
        type=int,
        help="per-key requests/minute in the key file (default: none, "
        "the server's req_limit applies)",
    )
    ap.add_argument("--failed-keys", type=int, default=100, help="wrong-key attempts")
    ap.add_argument(
        "--req-limit",
        type=int,
        help="per-IP / per-key limit of the limit phases (default: the server's)",
    )
    ap.add_argument("--over-limit", type=int, default=100, help="per-ip: requests past it")
    ap.add_argument("--config", default="fast", help="profile for the server (default: fast)")
    ap.add_argument(
        "--serve-args",
        default="",
        help="more `zhbrief serve` flags, every phase (limits: use --req-limit)",
    )
    ap.add_argument("--out", type=Path, default=docs_report.RESULTS, help="folder of serve.json")
    ap.add_argument(
        "--no-ceiling", action="store_true", help="skip timing the translate stage alone"
    )
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    from zhbrief.config import load_config

    serve_config = load_config(args.config).serve
    req_limit = serve_config.req_limit if args.req_limit is None else args.req_limit
    extra = args.serve_args.split()
    settings = run_settings(args, req_limit, serve_config.auth_fail_limit)
    with tempfile.TemporaryDirectory(prefix="zhbrief-bench-serve-") as name:
        tmp = Path(name)
        model = bench_model(args, tmp)
        sentences = bc.seed_sentences()
        capacity = levels_phase(args, model, tmp / "levels", sentences, extra)
        limit_flags = [*extra]
        if args.req_limit is not None:
            limit_flags += ["--req-limit", str(req_limit)]
        keyed = keyed_phase(args, model, tmp / "keyed", sentences, limit_flags)
        per_ip = per_ip_phase(args, model, tmp / "per-ip", sentences[0], req_limit, limit_flags)
        ceiling = None if args.no_ceiling else stage_ceiling(model, args.config, sentences)
    settings["load_avg_end"] = round(os.getloadavg()[0], 2)
    report = {
        "settings": settings,
        "machine": bc.machine(),
        "model": settings["model"],
        "config": args.config,
        "queue_size": args.queue_size,
        **capacity,
        "keyed": keyed,
        "per_ip": per_ip,
        "stage_alone": ceiling,
    }
    shown = tables(report)
    for spec in shown.values():
        print("\n".join(docs_report.render_table(spec)) + "\n")
    print(f"wrote {docs_report.write_results('serve', report, shown, args.out)}")


def run_settings(args: argparse.Namespace, req_limit: int, auth_fail_limit: int) -> dict[str, Any]:
    """What was run, and whether it is a measurement or a check of the script."""
    full = not args.tiny and args.seconds >= DEFAULT_SECONDS
    return {
        "run": "full run"
        if full
        else (
            f"short check run ({'tiny test model, ' if args.tiny else ''}{args.seconds:g} s "
            "levels): not a measurement"
        ),
        "started_utc": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M"),
        "model": "tiny" if args.tiny else str(args.model or "random-weight opus-mt-zh-en"),
        "command": "python eval/bench_serve.py " + " ".join(sys.argv[1:]),
        "seconds": args.seconds,
        "clients": args.clients,
        "keyed_clients": args.keyed_clients,
        "keyed_queue_size": keyed_queue_size(args),
        "key_limit": args.key_limit,
        "req_limit": req_limit,
        "auth_fail_limit": auth_fail_limit,
        "failed_keys": args.failed_keys,
        "over_limit": args.over_limit,
        "load_avg_start": round(os.getloadavg()[0], 2),
    }


def bench_model(args: argparse.Namespace, tmp: Path) -> Path:
    if args.model:
        return Path(args.model)
    if args.tiny:
        sys.path.insert(0, str(ROOT / "tests"))
        from tiny_model import build_tiny_model

        return build_tiny_model(tmp / "tiny")
    model = args.model_dir or tmp / "opus-mt-zh-en-random"
    if not (model / "config.json").is_file():
        print(f"building the random-weight model in {model} ...", file=sys.stderr)
        bc.build_bench_model(model)
    return Path(model)


def warm_up(server: Server, sentences: list[str], key: str | None = None) -> None:
    """The first calls pay for lazy initialisation."""
    body: dict[str, Any] = {"q": sentences[:8], "source": "zh", "target": "en"}
    if key:
        body["api_key"] = key
    httpx.post(server.base + "/translate", json=body, timeout=300).raise_for_status()


def levels_phase(
    args: argparse.Namespace, model: Path, folder: Path, sentences: list[str], extra: list[str]
) -> dict[str, Any]:
    """Capacity: closed-loop levels without limits, a probe, a burst (module docstring)."""
    flags = ["--no-cache", "--req-limit", "0", "--queue-size", str(args.queue_size)]
    server = start_server(model, folder, args.config, [*flags, "--char-limit", "100000", *extra])
    try:
        warm_up(server, sentences)
        rss_start = rss_mib(server.proc.pid)
        levels = []
        counts = [int(x) for x in args.clients.split(",")]
        # The 1 and 32 client levels run again, alternating, to even out a shared
        # machine's changing load; the gain is the ratio of their medians
        plan = counts + [n for _ in range(args.repeat - 1) for n in counts if n in (1, 32)]
        for n in plan:
            probe = Probe(server.base) if n == max(counts) else None
            result = measured_level(server, n, args.seconds, sentences, probe)
            levels.append(result)
        over = asyncio.run(burst(server.base, args.burst, sentences[0]))
        over["alive_after"] = httpx.get(server.base + "/health", timeout=10).status_code == 200
        over["rss_mib"] = round(rss_mib(server.proc.pid), 1)
        metrics = httpx.get(server.base + "/metrics", headers=server.headers, timeout=10).text
    finally:
        stop_server(server)

    def med(n: int) -> float | None:
        runs = [r["sentences_per_s"] for r in levels if r["clients"] == n]
        return bc.median(runs) if runs else None

    one, many = med(1), med(32)
    fast = _metric(
        metrics, 'zhbrief_request_seconds_bucket{le="0.1",route="/translate",status="429"}'
    )
    all_429 = _metric(metrics, 'zhbrief_request_seconds_count{route="/translate",status="429"}')
    batch_sum = _metric(metrics, "zhbrief_batch_texts_sum")
    batch_count = _metric(metrics, "zhbrief_batch_texts_count")
    return {
        "rss_start_mib": round(rss_start, 1),
        "levels": levels,
        "gain_32_over_1": round(many / one, 2) if one and many else None,
        "overload_burst": over,
        "mean_batch_texts": round(batch_sum / batch_count, 2) if batch_count else None,
        "server_429s": int(all_429),
        "server_429s_within_100ms": int(fast),
    }


def measured_level(
    server: Server,
    clients: int,
    seconds: float,
    sentences: list[str],
    probe: Probe | None = None,
    keys: list[str] | None = None,
) -> dict[str, Any]:
    """One level, with what the model batches held, memory and load average."""
    before = _batch_counts(server)
    result = asyncio.run(run_level(server.base, clients, seconds, sentences, probe, keys))
    after = _batch_counts(server)
    batches = after[0] - before[0]
    if batches:  # what one model call held during this level
        result["texts_per_batch"] = round((after[1] - before[1]) / batches, 1)
        result["requests_per_batch"] = round((after[2] - before[2]) / batches, 1)
    result["rss_mib"] = round(rss_mib(server.proc.pid), 1)
    result["load_avg"] = round(os.getloadavg()[0], 2)
    print(json.dumps(result), file=sys.stderr)
    return result


def keyed_phase(
    args: argparse.Namespace, model: Path, folder: Path, sentences: list[str], flags: list[str]
) -> dict[str, Any]:
    """``--keyed-clients`` clients with a key each; a key guesser alongside."""
    from zhbrief.service.limits import new_key

    folder.mkdir(parents=True, exist_ok=True)
    key_file = folder / "keys.txt"
    keys = [new_key(key_file) for _ in range(args.keyed_clients)]
    if args.key_limit is not None:  # the file's per-key limit: "sha256:<hex> N"
        lines = key_file.read_text(encoding="utf-8").splitlines()
        with_limit = [
            f"{line} {args.key_limit}" if line.startswith("sha256:") else line for line in lines
        ]
        key_file.write_text("\n".join(with_limit) + "\n", encoding="utf-8")
    # a queue the keyed clients cannot fill: the guesser's answers then come from the key
    # check (403, then 429 past the failed-key limit), not from a full queue (429 for all)
    queue = ["--queue-size", str(keyed_queue_size(args))]
    server = start_server(
        model, folder, args.config, ["--no-cache", "--api-keys", str(key_file), *queue, *flags]
    )
    try:
        warm_up(server, sentences, keys[0])
        guesser = Probe(server.base, bad_keys=True, limit=args.failed_keys, interval=0.02)
        result = measured_level(server, args.keyed_clients, args.seconds, sentences, guesser, keys)
    finally:
        stop_server(server)
    result["statuses"] = {"200": result["ok"], **result["errors"]}
    if result["rejected_429"]:
        result["statuses"]["429"] = result["rejected_429"]
    return result


def keyed_queue_size(args: argparse.Namespace) -> int:
    """Twice the keyed clients: each has at most one request waiting, the guesser one."""
    return max(args.queue_size, 2 * args.keyed_clients)


def per_ip_phase(
    args: argparse.Namespace,
    model: Path,
    folder: Path,
    sentence: str,
    req_limit: int,
    flags: list[str],
) -> dict[str, Any]:
    """One client without a key sends the per-IP limit plus ``--over-limit`` requests."""
    memory = ["--cache", str(folder / "memory.sqlite")]
    queue = ["--queue-size", str(args.queue_size)]
    server = start_server(model, folder, args.config, [*memory, *queue, *flags])
    body = {"q": sentence, "source": "zh", "target": "en"}
    answers: list[tuple[int, float]] = []
    try:
        with httpx.Client(base_url=server.base, timeout=120) as http:
            for _ in range(req_limit + args.over_limit):
                started = time.perf_counter()
                code = http.post("/translate", json=body).status_code
                answers.append((code, time.perf_counter() - started))
    finally:
        stop_server(server)
    ok = [t for code, t in answers if code == 200]
    return {
        **answers_summary(answers),
        "limit": req_limit,
        "ok_p50_ms": ms(percentile(ok, 50)) if ok else None,
        "seconds": round(sum(t for _, t in answers), 2),
    }


def tables(result: dict[str, Any]) -> dict[str, Any]:
    """The tables of eval/SERVE.md and docs/service.md, from this script's result."""
    return {
        "levels": levels_table(result["levels"]),
        "summary": summary_table(result["levels"]),
        "keyed": keyed_table(result["keyed"]),
        "limits": limits_table(result),
    }


def levels_table(levels: list[dict[str, Any]]) -> dict[str, Any]:
    columns = ["clients", "req/s", "sentences/s", "p50 ms", "p95 ms", "p99 ms", "errors"]
    columns += ["429s (p50 / p99 ms, client side)", "texts (requests) per batch", "load avg"]
    rows, seen = [], set()
    for r in levels:
        clients = f"{r['clients']} (again)" if r["clients"] in seen else str(r["clients"])
        seen.add(r["clients"])
        n429 = r["rejected_429"]
        rejected = "0"
        if n429:
            rejected = f"{n429:,} ({r['rejected_p50_ms']:,.0f} / {r['rejected_p99_ms']:,.0f})"
        rows.append(
            [clients, f"{r['requests_per_s']:.2f}", f"{r['sentences_per_s']:.2f}"]
            + latencies(r)
            + [str(sum(r["errors"].values())), rejected]
            + [f"{r.get('texts_per_batch')} ({r.get('requests_per_batch')})", str(r["load_avg"])]
        )
    return docs_report.table(columns, rows, "r" * len(columns))


def latencies(r: dict[str, Any]) -> list[str]:
    """p50, p95, p99 of the answered requests (empty when none was answered)."""
    return [f"{r[k]:,.0f}" if r[k] is not None else "" for k in ("p50_ms", "p95_ms", "p99_ms")]


def keyed_table(r: dict[str, Any]) -> dict[str, Any]:
    columns = ["clients (a key each)", "requests", "answers by status", "req/s"]
    columns += ["sentences/s", "p50 ms", "p95 ms", "p99 ms", "load avg"]
    statuses = ", ".join(f"{code}: {n:,}" for code, n in sorted(r["statuses"].items()))
    row = [str(r["clients"]), f"{r['requests']:,}", statuses, f"{r['requests_per_s']:.2f}"]
    row += [f"{r['sentences_per_s']:.2f}", *latencies(r), str(r["load_avg"])]
    return docs_report.table(columns, [row], "rrlrrrrrr")


def limits_table(result: dict[str, Any]) -> dict[str, Any]:
    """Per-IP limit without keys and failed-key attempts: where 429 began, how fast."""
    columns = ["client", "limit / min", "requests", "answers by status", "first 429 at"]
    columns += ["429 p50 ms", "429 p95 ms", "429 max ms"]
    settings, per_ip, keyed = result["settings"], result["per_ip"], result["keyed"]
    guesser = {k.removeprefix("probe_"): v for k, v in keyed.items() if k.startswith("probe_")}
    rows = []
    for name, limit, r in (
        ("one client, no key, sequential", per_ip["limit"], per_ip),
        (
            f"wrong keys every 20 ms, beside {keyed['clients']} keyed clients",
            settings["auth_fail_limit"],
            guesser,
        ),
    ):
        statuses = ", ".join(f"{code}: {n:,}" for code, n in sorted(r["statuses"].items()))
        rows.append(
            [name, str(limit), f"{r['requests']:,}", statuses, str(r["first_429_at"] or "none")]
            + [
                f"{r[k]:,.1f}" if r[k] is not None else ""
                for k in ("429_p50_ms", "429_p95_ms", "429_max_ms")
            ]
        )
    return docs_report.table(columns, rows, "lrrlrrrr")


def summary_table(levels: list[dict[str, Any]]) -> dict[str, Any]:
    """One row per client count: sentences/s the median of its runs, the rest from the
    first run (docs/service.md)."""
    columns = ["clients", "sentences/s", "p50 ms", "p95 ms", "p99 ms", "errors", "429s"]
    rows = []
    for clients in dict.fromkeys(r["clients"] for r in levels):
        runs = [r for r in levels if r["clients"] == clients]
        first = runs[0]
        rows.append(
            [str(clients), f"{statistics.median(r['sentences_per_s'] for r in runs):.2f}"]
            + latencies(first)
            + [str(sum(first["errors"].values())), f"{first['rejected_429']:,}"]
        )
    return docs_report.table(columns, rows, "r" * len(columns))


def _batch_counts(server: Server) -> tuple[float, float, float]:
    """Model batches so far, the texts and the requests they held (from /metrics)."""
    text = httpx.get(server.base + "/metrics", headers=server.headers, timeout=30).text
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
