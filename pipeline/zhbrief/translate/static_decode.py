"""Greedy MarianMT decoding with a static key/value cache, for CUDA graphs.

transformers' ``generate`` runs a few hundred small Python-driven kernels per step; on an
H200 that, not the GPU, sets the speed (issue 15: kernels 4.6 ms of a 40-60 ms step).
This decoder keeps every tensor a step touches at a fixed shape: the self-attention
cache is preallocated for the batch's whole output (``(layers, rows, heads, T, head)``),
the step writes its key and value at a position held in a tensor and attends over the
whole cache with a mask, and the cross-attention keys and values are computed once. One
step is then the same kernels every time, so on CUDA it is captured once per
(rows, T, source length) bucket in a ``torch.cuda.CUDAGraph`` and replayed; on a CPU the
same step runs eagerly (and is what CI tests against ``generate``).

Rows that finished (end of sentence or their own length limit) are compacted out every
``CHECK_EVERY`` steps, into the smallest row bucket that holds the rest: the only host
round trip is that count. Each row's tokens depend on its own prefix alone (greedy), so
a text's output does not depend on its batch neighbours, its bucket or when it moved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Row buckets: a batch is padded up to one of these, and shrinks through them; steps of
# 64 above 64 rows, so a batch of 546 pads to 576, not to 1,024
ROW_BUCKETS = (1, 2, 4, 8, 16, 32, *range(64, 1025, 64))
LENGTH_STEP = 32  # target and source lengths are rounded up to a multiple of this
CHECK_EVERY = 8  # steps between looks at how many rows are still running


def bucket(n: int, sizes: tuple[int, ...] = ROW_BUCKETS) -> int:
    """The smallest bucket holding ``n`` rows (``n`` itself beyond the largest)."""
    return next((s for s in sizes if s >= n), n)


def round_up(n: int, step: int = LENGTH_STEP) -> int:
    return -(-n // step) * step


def banned_tokens(generation_config: Any) -> list[int]:
    """Tokens ``generate`` never produces under this generation config: its
    ``suppress_tokens`` and single-token ``bad_words_ids`` (Marian's <pad>)."""
    bad = getattr(generation_config, "bad_words_ids", None) or []
    longer = [w for w in bad if len(w) != 1]
    if longer or getattr(generation_config, "begin_suppress_tokens", None):
        raise ValueError(
            "the static decoder supports only single-token bad words and suppress_tokens; "
            "use translate.decoder 'generate' for this model"
        )
    suppressed = getattr(generation_config, "suppress_tokens", None) or []
    return sorted({int(w[0]) for w in bad} | {int(t) for t in suppressed})


@dataclass
class _State:
    """Everything one decoding step reads or writes, at one bucket's shapes."""

    tokens: Any  # (rows,) last token of each row
    pos: Any  # () long: the position being generated
    limits: Any  # (rows,) each row's own output limit (0 for padding rows)
    done: Any  # (rows,) bool
    self_k: Any  # (layers, rows, heads, T, head)
    self_v: Any
    cross_k: Any  # (layers, rows, heads, S, head)
    cross_v: Any
    enc_mask: Any  # (rows, 1, 1, S) bool: True where the source has a token
    rows: Any  # (rows,) long: which input row each row is (-1 for padding)

    def select(self, keep: Any, size: int) -> _State:
        """The rows ``keep`` (a long tensor) moved into a bucket of ``size`` rows."""
        import torch

        def take(t: Any, dim: int, fill: Any) -> Any:
            out = t.index_select(dim, keep)
            pad = size - keep.numel()
            if pad:
                shape = list(out.shape)
                shape[dim] = pad
                out = torch.cat([out, torch.full(shape, fill, dtype=t.dtype, device=t.device)], dim)
            return out.contiguous()

        return _State(
            tokens=take(self.tokens, 0, 0),
            pos=self.pos.clone(),
            limits=take(self.limits, 0, 0),
            done=take(self.done, 0, True),
            self_k=take(self.self_k, 1, 0),
            self_v=take(self.self_v, 1, 0),
            cross_k=take(self.cross_k, 1, 0),
            cross_v=take(self.cross_v, 1, 0),
            enc_mask=take(self.enc_mask, 0, True),
            rows=take(self.rows, 0, -1),
        )


class StaticGreedyDecoder:
    """Greedy decoding of a MarianMT model (fp32, fp16 or dynamic int8 Linear layers)."""

    def __init__(self, model: Any, *, use_graphs: bool | None = None) -> None:
        import torch

        self.model = model
        config = model.config
        self.decoder = model.model.decoder
        self.layers = list(self.decoder.layers)
        self.heads = config.decoder_attention_heads
        self.head_dim = config.d_model // self.heads
        self.eos = int(config.eos_token_id)
        self.pad = int(config.pad_token_id)
        self.start = int(config.decoder_start_token_id)
        self.banned = banned_tokens(model.generation_config)
        self.device = next(model.parameters()).device
        self.dtype = next(p for p in model.parameters() if p.is_floating_point()).dtype
        cuda = self.device.type == "cuda"
        self.use_graphs = cuda if use_graphs is None else use_graphs and cuda
        # On the device once: a host list indexed during graph capture would be a copy
        self._banned = torch.tensor(self.banned, dtype=torch.long, device=self.device)
        self._graphs: dict[tuple[int, int, int], tuple[Any, _State, Any]] = {}
        self._pool: Any = None
        self._positions = self.decoder.embed_positions.weight
        self._torch = torch

    # --- one step ---------------------------------------------------------------------

    def _attend(self, attn: Any, h: Any, k: Any, v: Any, mask: Any) -> Any:
        import torch.nn.functional as F

        rows = h.shape[0]
        q = attn.q_proj(h).view(rows, 1, self.heads, self.head_dim).transpose(1, 2)
        out = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, scale=attn.scaling)
        return attn.out_proj(out.transpose(1, 2).reshape(rows, 1, -1))

    def _step(self, s: _State, min_new: Any) -> None:
        """Generate position ``s.pos`` for every row, in place (graph-capturable)."""
        torch = self._torch
        rows = s.tokens.shape[0]
        length = s.self_k.shape[3]
        h = self.decoder.embed_tokens(s.tokens.view(rows, 1)) * self.decoder.embed_scale
        h = h + self._positions.index_select(0, s.pos.view(1)).to(h.dtype)
        visible = (torch.arange(length, device=h.device) <= s.pos).view(1, 1, 1, length)
        at = s.pos.view(1)
        for i, layer in enumerate(self.layers):
            sa = layer.self_attn
            k = sa.k_proj(h).view(rows, 1, self.heads, self.head_dim).transpose(1, 2)
            v = sa.v_proj(h).view(rows, 1, self.heads, self.head_dim).transpose(1, 2)
            s.self_k[i].index_copy_(2, at, k)
            s.self_v[i].index_copy_(2, at, v)
            h = layer.self_attn_layer_norm(
                h + self._attend(sa, h, s.self_k[i], s.self_v[i], visible)
            )
            ca = layer.encoder_attn
            h = layer.encoder_attn_layer_norm(
                h + self._attend(ca, h, s.cross_k[i], s.cross_v[i], s.enc_mask)
            )
            ff = layer.fc2(layer.activation_fn(layer.fc1(h)))
            h = layer.final_layer_norm(h + ff)
        logits = (self.model.lm_head(h) + self.model.final_logits_bias).view(rows, -1).float()
        if self.banned:
            logits.index_fill_(1, self._banned, float("-inf"))  # generate's suppress rules
        # min_new_tokens, as generate applies it: no end of sentence before that many
        block_eos = s.pos < min_new
        logits[:, self.eos] = torch.where(block_eos, float("-inf"), logits[:, self.eos])
        nxt = logits.argmax(-1)
        nxt = torch.where(s.done, torch.full_like(nxt, self.pad), nxt)
        s.tokens.copy_(nxt)
        s.done.copy_(s.done | (nxt == self.eos) | (s.pos + 1 >= s.limits))
        s.pos.add_(1)

    # --- a batch ----------------------------------------------------------------------

    def _start(self, input_ids: Any, attention_mask: Any, limits: list[int]) -> _State:
        torch = self._torch
        rows = bucket(input_ids.shape[0])
        source = round_up(input_ids.shape[1])
        n = input_ids.shape[0]
        ids = torch.full((rows, source), self.pad, dtype=torch.long, device=self.device)
        mask = torch.zeros((rows, source), dtype=torch.long, device=self.device)
        ids[:n, : input_ids.shape[1]] = input_ids
        mask[:n, : input_ids.shape[1]] = attention_mask
        mask[n:, 0] = 1  # padding rows attend to one token: no all-masked softmax
        enc = self.model.model.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        length = round_up(max(limits))
        layers = len(self.layers)
        shape = (rows, source, self.heads, self.head_dim)
        cross_k = torch.stack(
            [layer.encoder_attn.k_proj(enc).view(shape).transpose(1, 2) for layer in self.layers]
        )
        cross_v = torch.stack(
            [layer.encoder_attn.v_proj(enc).view(shape).transpose(1, 2) for layer in self.layers]
        )
        cache = (layers, rows, self.heads, length, self.head_dim)
        row_limits = torch.zeros(rows, dtype=torch.long, device=self.device)
        row_limits[:n] = torch.tensor(limits, dtype=torch.long)
        row_ids = torch.full((rows,), -1, dtype=torch.long, device=self.device)
        row_ids[:n] = torch.arange(n, device=self.device)
        done = torch.ones(rows, dtype=torch.bool, device=self.device)
        done[:n] = False
        return _State(
            tokens=torch.full((rows,), self.start, dtype=torch.long, device=self.device),
            pos=torch.zeros((), dtype=torch.long, device=self.device),
            limits=row_limits,
            done=done,
            self_k=torch.zeros(cache, dtype=enc.dtype, device=self.device),
            self_v=torch.zeros(cache, dtype=enc.dtype, device=self.device),
            cross_k=cross_k.contiguous(),
            cross_v=cross_v.contiguous(),
            enc_mask=mask.bool().view(rows, 1, 1, source),
            rows=row_ids,
        )

    def _runner(self, s: _State, min_new: Any) -> tuple[_State, Callable[[], None]]:
        """A callable running one step on ``s`` (a replayed graph on CUDA)."""
        if not self.use_graphs:
            return s, lambda: self._step(s, min_new)
        key = (s.tokens.shape[0], s.self_k.shape[3], s.cross_k.shape[3])
        if key not in self._graphs:
            torch = self._torch
            static = s.select(torch.arange(key[0], device=self.device), key[0])
            bound = min_new.clone()
            side = torch.cuda.Stream()
            side.wait_stream(torch.cuda.current_stream())
            with torch.cuda.stream(side):  # warm-up outside the graph, as torch asks
                self._step(static.select(torch.arange(key[0], device=self.device), key[0]), bound)
            torch.cuda.current_stream().wait_stream(side)
            graph = torch.cuda.CUDAGraph()
            # thread_local: the benchmark's memory sampler may call CUDA meanwhile
            # One memory pool for every bucket's graph: they never run at the same time, and
            # what outlives a step (the state) lives outside the pool
            if self._pool is None:
                self._pool = torch.cuda.graph_pool_handle()
            with torch.cuda.graph(graph, pool=self._pool, capture_error_mode="thread_local"):
                self._step(static, bound)
            self._graphs[key] = (graph, static, bound)
        graph, static, bound = self._graphs[key]
        for name in vars(static):
            getattr(static, name).copy_(getattr(s, name))
        bound.copy_(min_new)
        return static, graph.replay

    def generate(
        self, input_ids: Any, attention_mask: Any, limits: list[int], min_new_tokens: int
    ) -> list[list[int]]:
        """Each row's tokens (end of sentence excluded), cut at its own limit."""
        torch = self._torch
        n = input_ids.shape[0]
        out: list[list[int]] = [[] for _ in range(n)]
        with torch.inference_mode():
            s = self._start(input_ids, attention_mask, limits)
            min_new = torch.tensor(min_new_tokens, dtype=torch.long, device=self.device)
            length = s.self_k.shape[3]
            steps = torch.zeros((s.tokens.shape[0], length), dtype=torch.long, device=self.device)
            s, step = self._runner(s, min_new)
            finished: list[tuple[Any, Any]] = []  # (input rows, their tokens), on the device
            last = max(limits)
            for t in range(last):
                step()
                steps[:, t] = s.tokens
                if (t + 1) % CHECK_EVERY and t + 1 < last:
                    continue
                # The one host round trip, every CHECK_EVERY steps: how many rows still run
                alive = (~s.done).nonzero().view(-1)
                left = int(alive.numel())
                size = bucket(left) if left else 0
                if left and size >= s.tokens.shape[0]:
                    continue
                gone = (s.done & (s.rows >= 0)).nonzero().view(-1)
                finished.append((s.rows.index_select(0, gone), steps.index_select(0, gone)))
                if not left:
                    break
                s = s.select(alive, size)
                steps = steps.index_select(0, alive)
                steps = torch.cat([steps, steps.new_zeros((size - left, length))])
                s, step = self._runner(s, min_new)
            else:
                keep = (s.rows >= 0).nonzero().view(-1)
                finished.append((s.rows.index_select(0, keep), steps.index_select(0, keep)))
        self._collect(finished, out, limits)
        return out

    def _collect(
        self, finished: list[tuple[Any, Any]], out: list[list[int]], limits: list[int]
    ) -> None:
        """Each input row's tokens, cut at its end of sentence and its own limit."""
        for rows, steps in finished:
            for r, tokens in zip(rows.tolist(), steps.tolist(), strict=True):
                out[r] = self._kept(tokens, limits[r])

    def _kept(self, tokens: list[int], limit: int) -> list[int]:
        kept: list[int] = []
        for token in tokens[:limit]:
            if token == self.eos:
                break
            if token != self.pad:
                kept.append(token)
        return kept
