#!/usr/bin/env bash
# The one command for a CUDA machine: bash eval/gpu_run.sh [--dry-run]
# From the repository root of a plain checkout; zhbrief need not be installed (the
# benchmark runs with PYTHONPATH=pipeline). Wheels in .whl/ (eval/gpu_wheels.txt says
# which) are installed into /tmp/site first. Results go to $OUT when it is set (the
# device machine's output folder), else eval/results: gpu.json and gpu_log.txt.
# The whole run is capped at 420 s; each section of the benchmark has its own budget.
set -uo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false PYTHONUNBUFFERED=1
export PYTHONPATH="$PWD/pipeline${PYTHONPATH:+:$PYTHONPATH}"
PYTHON=${PYTHON:-python3}
if compgen -G ".whl/*.whl" >/dev/null; then
    "$PYTHON" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
        --target /tmp/site .whl/*.whl || echo "gpu_run: installing .whl/ failed; going on" >&2
    export PYTHONPATH="$PYTHONPATH:/tmp/site"
fi
out=${OUT:-eval/results}
mkdir -p "$out"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || true
timeout 420 "$PYTHON" eval/bench_gpu.py --out "$out/gpu.json" "$@" 2>&1 | tee "$out/gpu_log.txt"
status=${PIPESTATUS[0]}
[ "$status" = 124 ] && echo "gpu_run: stopped at the 420 s limit" >&2
exit "$status"
