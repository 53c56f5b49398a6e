"""``zhbrief serve``: the HTTP service and web page (extra ``[serve]``).

Builds the config like every command (defaults, profile, flags), binds the port (a
busy port fails at once, exit status 2, before minutes of model loading), loads the
model (a bad ``--model`` fails with exit status 1), then runs uvicorn on the bound
socket. On SIGINT/SIGTERM uvicorn stops accepting, requests in flight finish, running
jobs finish (queued ones stay in the job store for the next start), the model queue
drains, and the process exits 0.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import click

from .cli_options import build_config, config_option, glossary_option, model_options
from .config import merge_flat
from .errors import UsageError, ZhbriefError

SERVE_FLAGS = {
    "host": "serve.host",
    "port": "serve.port",
    "api_keys": "serve.api_keys",
    "char_limit": "serve.char_limit",
    "batch_limit": "serve.batch_limit",
    "req_limit": "serve.req_limit",
    "queue_size": "serve.queue_size",
    "batch_wait_ms": "serve.batch_wait_ms",
}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _per_minute(value: str | None) -> int | None:
    """``120`` or ``120/min`` (as LibreTranslate's --req-limit reads)."""
    if value is None:
        return None
    number = value.removesuffix("/min").strip()
    if not number.isdigit():
        raise click.BadParameter(f"expected a number of requests per minute, got {value!r}")
    return int(number)


@click.command("serve")
@click.option("--host", help="Address to bind (default 127.0.0.1, loopback only).")
@click.option("--port", type=click.IntRange(0, 65535), help="Port (default 5000).")
@click.option("--api-keys", metavar="FILE", help="Hashed API keys; requests then need a key.")
@click.option("--char-limit", type=click.IntRange(min=1), help="Characters per text (q item).")
@click.option("--batch-limit", type=click.IntRange(min=1), help="Texts per q list (default 100).")
@click.option(
    "--req-limit",
    metavar="N[/min]",
    callback=lambda ctx, param, value: _per_minute(value),
    help="Requests per minute per key or IP (0: none).",
)
@click.option("--queue-size", type=click.IntRange(min=1), help="Requests waiting for the model.")
@click.option("--batch-wait-ms", type=click.FloatRange(min=0), help="Batch collection window.")
@config_option
@model_options
@glossary_option
def serve_command(**params: Any) -> None:
    """Run the HTTP service: LibreTranslate-compatible API, briefs and a web page at /."""
    try:
        import uvicorn

        from .service.app import create_app
    except ImportError as e:
        raise UsageError(
            f"zhbrief serve needs the [serve] extra ({e.name} is missing): "
            "pip install 'zhbrief[serve]'"
        ) from e
    config = build_config(params.get("profile"), params)
    config = merge_flat(config, {key: params.get(name) for name, key in SERVE_FLAGS.items()})
    serve = config.serve
    if not is_loopback(serve.host) and not serve.api_keys:
        click.echo(
            f"Warning: serving on {serve.host} without API keys: anyone who can reach this "
            "address can use the model. Give --api-keys FILE.",
            err=True,
        )
    sock = bind(serve.host, serve.port)
    try:
        app = create_app(config)
        click.echo(f"Loading {config.translate.model} ...", err=True)
        try:
            app.state.service.start()
        except BaseException:
            app.state.service.stop()  # removes its private folder
            raise
        click.echo(f"zhbrief serving on http://{serve.host}:{serve.port}/", err=True)
        server = _quiet_server(
            uvicorn.Config(app, host=serve.host, port=serve.port, timeout_graceful_shutdown=30)
        )
        server.run(sockets=[sock])
    finally:
        sock.close()
    if not server.started:  # uvicorn logged why (a failed start-up); not exit 3
        raise ZhbriefError("the server did not start; the log above says why.")


def _quiet_server(config: Any) -> Any:
    """A uvicorn server whose SIGINT/SIGTERM end the process with status 0.

    uvicorn (0.29 on) raises the caught signal again after its graceful shutdown, so
    the process dies of it (status -15, or click's "Aborted!") although every request
    and job finished; a stop asked for and done cleanly is a success.
    """
    import uvicorn

    class QuietServer(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            with super().capture_signals():
                try:
                    yield
                finally:
                    getattr(self, "_captured_signals", []).clear()

    return QuietServer(config)


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound now: a busy port or a wrong address is a usage error."""
    sock: socket.socket | None = None
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as e:
        if sock is not None:
            sock.close()
        raise UsageError(
            f"cannot listen on {host}:{port}: {e.strerror or e}; stop what uses the port or "
            "choose another with --port (or --host)."
        ) from e
    return sock
