"""``zhbrief serve``: the HTTP service and web page (extra ``[serve]``).

Builds the config like every command (defaults, profile, flags), loads the model before
binding the port so a bad ``--model`` fails with exit status 1, then runs uvicorn. On
SIGINT/SIGTERM uvicorn stops accepting, requests in flight finish, then running jobs
and the model queue drain.
"""

from __future__ import annotations

import ipaddress
from typing import Any

import click

from .cli_options import build_config, config_option, glossary_option, model_options
from .config import merge_flat
from .errors import UsageError

SERVE_FLAGS = {
    "host": "serve.host",
    "port": "serve.port",
    "api_keys": "serve.api_keys",
    "char_limit": "serve.char_limit",
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
@click.option("--char-limit", type=click.IntRange(min=1), help="Characters per /translate request.")
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
    app = create_app(config)
    click.echo(f"Loading {config.translate.model} ...", err=True)
    try:
        app.state.service.start()
    except BaseException:
        app.state.service.stop()  # removes its private folder
        raise
    click.echo(f"zhbrief serving on http://{serve.host}:{serve.port}/", err=True)
    uvicorn.run(app, host=serve.host, port=serve.port, timeout_graceful_shutdown=30)
