"""A real uvicorn server with the tiny model, on a free loopback port, in a thread:
what the browser and client-library tests talk to."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(model: Path, tmp: Path, **serve: Any) -> Iterator[str]:
    """The server's base URL (no trailing slash) while the block runs."""
    import uvicorn

    from zhbrief.config import load_config
    from zhbrief.service.app import create_app

    flags: dict[str, Any] = {
        "translate.model": str(model),
        "translate.num_beams": 1,
        "cache.path": str(tmp / "memory.sqlite"),
        "serve.req_limit": 0,
    }
    flags.update({f"serve.{k}": v for k, v in serve.items()})
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(load_config(None, flags)), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)
