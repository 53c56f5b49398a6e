"""Which Ray cluster a batch runs on: one started for the run, or one it joins.

- No ``--address`` (and no ``RAY_ADDRESS``): a new local cluster, started for the run and
  stopped after it (``ray.init(address="local")``). A plain ``ray.init()`` would instead
  join the cluster named in Ray's cluster file (``<tmp>/ray/ray_current_cluster``,
  written by ``ray start``), and when that cluster was ended without ``ray stop`` (a
  crash, a kill, a reboot) it waits on the dead address for many minutes.
- ``--address auto``: the cluster named by ``RAY_ADDRESS`` or that file (else a Ray
  cluster running on this machine); ``--address HOST:PORT``: that head node's GCS.
  Ray retries a silent address for about a quarter of an hour, so a TCP connection to it
  is tried first, with a timeout: an address that does not answer is a one-line error.
- ``ray://`` addresses (Ray Client) are refused: Ray Data and the driver-side manifest
  need the driver on a node of the cluster (Ray recommends jobs over Ray Client for
  long runs), and the client needs an extra the ``ray`` extra does not install.

``cluster`` says in one line which it did. Under ``-q``, ``native_stderr_silenced``
keeps Ray's own log lines off stderr: Ray's C++ core writes them straight to file
descriptor 2 (an error-level note on every run that Ray Data's actors have their
arguments in the object store, warnings while it retries an address), where no Python
setting reaches them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ClusterError, UsageError
from .options import RayOptions, check_address

# A local cluster's own address answers at once; this only bounds a wedged machine
LOCAL_PROBE_S = 2.0


def import_ray() -> Any:
    try:
        import ray
    except ImportError as e:
        raise UsageError(
            "--executor ray needs Ray: install it with `pip install 'zhbrief[ray]'`"
        ) from e
    return ray


@dataclass(frozen=True)
class Target:
    """The cluster to join: its GCS ``address`` (HOST:PORT) and what named it."""

    address: str
    origin: str
    cluster_file: Path | None = None  # when the address came from Ray's cluster file


def cluster_file() -> Path:
    """Ray's record of the last cluster ``ray start`` started on this machine."""
    # Defined here before Ray 2.5x moved it to ray._common, re-exported since
    from ray._private.utils import get_ray_address_file  # type: ignore[attr-defined]

    return Path(get_ray_address_file(None))


def recorded_address() -> str | None:
    """The address in Ray's cluster file, if there is one."""
    try:
        text = cluster_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def find_target(address: str, given_as: str = "--address") -> Target:
    """The GCS address ``address`` (``auto`` or HOST:PORT, ``given_as`` a flag or an
    environment variable) stands for, and what named it."""
    from ray._private.services import canonicalize_bootstrap_address

    env = os.environ.get("RAY_ADDRESS") or None
    recorded = recorded_address()
    if address != "auto":
        origin, file = f"{given_as} {address}", None
    elif env is not None:
        check_address(env, "RAY_ADDRESS")
        origin, file = f"RAY_ADDRESS {env}", None
    elif recorded is not None:
        origin, file = f"recorded in {cluster_file()}", cluster_file()
    else:
        origin, file = "a Ray cluster running on this machine", None
    try:
        resolved = canonicalize_bootstrap_address(address)
    except ConnectionError:  # auto, and nothing recorded or running
        raise ClusterError(
            f"--address auto: no Ray cluster found on this machine (no {cluster_file()}, "
            "no RAY_ADDRESS, no running Ray); start one with `ray start --head`, or leave "
            "--address out to start one for this run."
        ) from None
    except ValueError as e:
        raise UsageError(
            f"--address {address}: {e}; give auto or HOST:PORT (the head's GCS port, "
            "6379 by default)."
        ) from None
    if resolved is None:  # Ray found nothing to join, which --address never means
        raise ClusterError(f"--address {address}: no Ray cluster to join.")
    return Target(str(resolved), origin, file)


def answers(address: str, timeout: float) -> str | None:
    """``None`` when a TCP connection to HOST:PORT opens within ``timeout``; else why not."""
    host, _, port = address.rpartition(":")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout):
            return None
    except TimeoutError:
        return f"no answer within {timeout:g} s"
    except (OSError, ValueError) as e:
        return getattr(e, "strerror", None) or str(e)


def check_target(target: Target, timeout: float) -> None:
    """A one-line ``ClusterError`` unless ``target`` answers within ``timeout`` seconds."""
    why = answers(target.address, timeout)
    if why is None:
        return
    if target.cluster_file is not None:
        raise ClusterError(
            f"--address auto: {target.cluster_file} names a Ray cluster at {target.address} "
            f"that does not answer ({why}): it was left by a cluster ended without "
            f"`ray stop`. Run `ray stop` (or delete {target.cluster_file}) and start a "
            "cluster with `ray start --head`, or leave --address out to start one for "
            "this run."
        )
    raise ClusterError(
        f"cannot reach a Ray cluster at {target.address} ({target.origin}): {why}. Check "
        "the address (HOST:PORT of the head's GCS, 6379 by default) and that the cluster "
        "is up (`ray status` on the head node)."
    )


def _first_line(e: BaseException) -> str:
    """Ray's start-up errors run to many lines (log excerpts): the first says what."""
    lines = [line.strip() for line in str(e).splitlines() if line.strip()]
    return lines[0] if lines else type(e).__name__


def _start_local(ray: Any, opts: RayOptions, init: dict[str, Any]) -> str:
    """A cluster of our own; the note says so, and what became of a recorded one."""
    # Ray 2.59+ writes an auth token for local clusters unless told not to
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    try:
        ray.init(address="local", num_cpus=opts.num_cpus, include_dashboard=False, **init)
    except Exception as e:  # Ray raises RuntimeError, OSError, ValueError...
        raise ClusterError(
            f"cannot start a local Ray cluster: {_first_line(e)}. Check free memory and "
            "space in the temp folder (RAY_TMPDIR), or join a running cluster with --address."
        ) from e
    cpus = float(ray.cluster_resources().get("CPU", 0))
    note = f"ray: started a local cluster for this run ({cpus:g} CPUs), stopped after it"
    recorded, file = recorded_address(), cluster_file()
    if recorded is not None and answers(recorded, LOCAL_PROBE_S) is None:
        note += f"; the cluster at {recorded} ({file}) was not joined: --address auto joins it"
    elif recorded is not None:
        note += f"; ignored {file}, left by a cluster ended without `ray stop`"
    return note


def _join(ray: Any, opts: RayOptions, init: dict[str, Any], address: str) -> str:
    given_as = "--address" if opts.address else "RAY_ADDRESS"
    check_address(address, given_as)
    target = find_target(address, given_as)
    check_target(target, opts.connect_timeout_s)
    try:
        ray.init(address=target.address, **init)
    except Exception as e:  # it answered, but is not a Ray cluster (or not this version)
        raise ClusterError(
            f"cannot join the Ray cluster at {target.address} ({target.origin}): "
            f"{_first_line(e)}. Check that it runs the same Ray and Python versions."
        ) from e
    nodes = sum(1 for n in ray.nodes() if n.get("Alive"))
    cpus = float(ray.cluster_resources().get("CPU", 0))
    where = f"{target.address} ({target.origin}; {nodes} nodes, {cpus:g} CPUs)"
    return f"ray: joined the cluster at {where}"


@contextlib.contextmanager
def native_stderr_silenced(enabled: bool = True) -> Iterator[None]:
    """File descriptor 2 to the null device, ``sys.stderr`` still to the real stderr.

    What Python writes (the summary, warnings, progress, the workers' forwarded logs)
    goes on as before; what native code writes to the descriptor (Ray's C++ log lines)
    is dropped. Under a test runner that captures ``sys.stderr`` that object is kept.
    """
    if not enabled:
        yield
        return
    old = sys.stderr
    old.flush()
    saved = os.dup(2)
    try:
        real = old.fileno() == 2
    except (AttributeError, OSError, ValueError):  # a capturing object, not a stream
        real = False
    if real:
        # Closed below, when the descriptor is put back
        sys.stderr = open(  # noqa: SIM115
            saved, "w", encoding=old.encoding, errors=old.errors, buffering=1, closefd=False
        )
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 2)
    os.close(null)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        if real:
            sys.stderr.close()
            sys.stderr = old
        os.close(saved)


@contextlib.contextmanager
def cluster(opts: RayOptions) -> Iterator[tuple[Any, str]]:
    """(ray, a one-line note saying which cluster): a local cluster started (and stopped)
    here, or the one at ``opts.address`` (``RAY_ADDRESS`` when not given).

    A session that is already connected (tests, notebooks) is used as it is.
    """
    ray = import_ray()
    if ray.is_initialized():
        cpus = float(ray.cluster_resources().get("CPU", 0))
        yield ray, f"ray: using the Ray session this process is connected to ({cpus:g} CPUs)"
        return
    init = {
        "logging_level": logging.ERROR if opts.quiet else logging.WARNING,
        "log_to_driver": True,
    }
    address = opts.address or os.environ.get("RAY_ADDRESS") or None
    note = _start_local(ray, opts, init) if address is None else _join(ray, opts, init, address)
    try:
        yield ray, note
    finally:
        ray.shutdown()
