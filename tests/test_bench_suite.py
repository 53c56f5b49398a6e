"""eval/bench_suite.py's reading of pytest's JUnit XML and its like-for-like comparison:
exact results from given XML, no suite run."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import bench_suite  # noqa: E402

BASE = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" tests="5">
<testcase classname="tests.test_a" name="test_one" time="2.0" />
<testcase classname="tests.test_a" name="test_two" time="3.5" />
<testcase classname="tests.test_a" name="test_gone" time="9.0" />
<testcase classname="tests.test_b" name="test_broken" time="1.0"><failure message="x"/></testcase>
<testcase classname="tests.test_b" name="test_skip" time="0.0"><skipped message="y"/></testcase>
</testsuite></testsuites>"""

HEAD = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" tests="5">
<testcase classname="tests.test_a" name="test_one" time="1.0" />
<testcase classname="tests.test_a" name="test_two" time="2.5" />
<testcase classname="tests.test_b" name="test_broken" time="0.5" />
<testcase classname="tests.test_b" name="test_skip" time="0.2" />
<testcase classname="tests.test_c" name="test_new" time="40.0" />
<testcase classname="tests.test_c" name="test_new" time="0.5"><error message="teardown"/></testcase>
</testsuite></testsuites>"""


def test_junit_times_reads_outcomes_and_adds_a_teardown_error_to_its_test() -> None:
    head = bench_suite.junit_times(HEAD)
    assert head["tests.test_a::test_one"] == (1.0, "passed")
    assert head["tests.test_c::test_new"] == (40.5, "failed")
    base = bench_suite.junit_times(BASE)
    assert base["tests.test_b::test_broken"] == (1.0, "failed")
    assert base["tests.test_b::test_skip"] == (0.0, "skipped")
    assert bench_suite.summary(base) == {"tests": 5, "passed": 3, "failed": 1, "skipped": 1}
    assert bench_suite.summary(head) == {"tests": 5, "passed": 4, "failed": 1, "skipped": 0}


def test_compare_sums_only_tests_both_suites_hold_and_both_passed() -> None:
    got = bench_suite.compare(bench_suite.junit_times(BASE), bench_suite.junit_times(HEAD))
    # test_one and test_two: the removed, the new, the once-failed and skipped tests are out
    assert got == {"tests": 2, "base_seconds": 5.5, "head_seconds": 3.5, "ratio": 0.64}


def test_tables_show_each_run_and_the_like_for_like_ratio() -> None:
    data = {
        "runs": [
            {"suite": "base", "commit": "0ae2ac3", "round": 0, "wall_s": 516.2}
            | {"tests": 900, "passed": 899, "failed": 1, "skipped": 0},
            {"suite": "head", "commit": "66f42e9", "round": 0, "wall_s": 339.4}
            | {"tests": 1100, "passed": 1100, "failed": 0, "skipped": 0},
        ],
        "common": [{"tests": 800, "base_seconds": 331.5, "head_seconds": 244.0, "ratio": 0.74}],
    }
    got = bench_suite.tables(data)
    assert got["runs"]["rows"] == [
        [1, "base", "0ae2ac3", 900, 899, 1, 0, "516 s"],
        [1, "head", "66f42e9", 1100, 1100, 0, 0, "339 s"],
    ]
    assert got["common"]["rows"] == [[1, 800, "332 s", "244 s", 0.74]]
