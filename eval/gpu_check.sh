#!/usr/bin/env bash
# fp16 vs fp32 translate-stage speed on a CUDA GPU (a few minutes). Run from the repo root
# with the project installed: bash eval/gpu_check.sh
set -euo pipefail
export HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
timeout 280 python eval/bench_gpu.py --copies 8 --reps 2
