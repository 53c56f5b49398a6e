"""Prometheus metrics: requests, latency (histogram and recent percentiles), queue
depth, batch sizes, translation-memory hits, jobs. One registry per app."""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
_SIZE_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


class _Live(Collector):
    """Values read when scraped: queue depth, memory hits, jobs, recent percentiles."""

    def __init__(self, metrics: Metrics) -> None:
        self._m = metrics

    def collect(self) -> Iterator[Metric]:
        m = self._m
        yield GaugeMetricFamily("zhbrief_queue_depth", "Requests waiting for the model", m.depth())
        hits, misses = m.memory_counts()
        yield CounterMetricFamily(
            "zhbrief_memory_hits", "Texts answered from the translation memory", hits
        )
        yield CounterMetricFamily(
            "zhbrief_model_texts", "Distinct texts the model translated", misses
        )
        jobs = GaugeMetricFamily("zhbrief_jobs", "Jobs by status", labels=["status"])
        for status, n in m.jobs().items():
            jobs.add_metric([status], n)
        yield jobs
        recent = m.recent_latencies()
        quantiles = GaugeMetricFamily(
            "zhbrief_request_latency_recent_seconds",
            "Latency percentiles over the last 1,000 requests",
            labels=["quantile"],
        )
        if recent:
            for q in (50, 95, 99):
                quantiles.add_metric([f"0.{q}"], percentile(recent, q))
        yield quantiles


class Metrics:
    def __init__(
        self,
        depth: Callable[[], int],
        memory_counts: Callable[[], tuple[int, int]],
        jobs: Callable[[], dict[str, int]],
    ) -> None:
        self.depth = depth
        self.memory_counts = memory_counts
        self.jobs = jobs
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "zhbrief_requests",
            "HTTP requests by route and status",
            ["route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "zhbrief_request_seconds",
            "HTTP request latency by route and status",
            ["route", "status"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.batch_texts = Histogram(
            "zhbrief_batch_texts",
            "Texts per model batch",
            buckets=_SIZE_BUCKETS,
            registry=self.registry,
        )
        self.batch_requests = Histogram(
            "zhbrief_batch_requests",
            "Requests sharing one model batch",
            buckets=_SIZE_BUCKETS,
            registry=self.registry,
        )
        self._recent: deque[float] = deque(maxlen=1000)
        self._lock = threading.Lock()
        self.registry.register(_Live(self))

    def observe(self, route: str, status: int, seconds: float) -> None:
        self.requests.labels(route, str(status)).inc()
        self.latency.labels(route, str(status)).observe(seconds)
        with self._lock:
            self._recent.append(seconds)

    def batch(self, texts: int, requests: int) -> None:
        self.batch_texts.observe(texts)
        self.batch_requests.observe(requests)

    def recent_latencies(self) -> list[float]:
        with self._lock:
            return list(self._recent)

    def text(self) -> bytes:
        return generate_latest(self.registry)
