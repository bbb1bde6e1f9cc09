"""The options that open the URL fetcher to the operator's own network: ``--allow-private-urls`` and
``--allow-network CIDR``, shared by `analyze`, `add` and `ingest`.

By default a URL is fetched only from public internet addresses (:mod:`newsprism.ingest.addresses`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from newsprism.config import IngestConfig
from newsprism.ingest.addresses import parse_networks

Command = TypeVar("Command", bound=Callable[..., Any])


def _check_networks(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """A network that is not CIDR is a usage error (exit 2), before anything is read."""
    try:
        parse_networks(values)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx=ctx, param=param) from None
    return values


def network_options(command: Command) -> Command:
    """Add ``allow_private_urls: bool`` and ``allowed_networks: tuple[str, ...]`` to a command."""
    command = click.option(
        "--allow-network", "allowed_networks", multiple=True, metavar="CIDR", callback=_check_networks,
        help="Also fetch URLs from this non-public network, e.g. 10.1.0.0/16 (repeatable).")(command)
    return click.option(
        "--allow-private-urls", is_flag=True,
        help="Fetch URLs from any address, this machine and private networks included (off by default: only "
             "public addresses).")(command)


def ingest_config(allow_private_urls: bool, allowed_networks: tuple[str, ...]) -> IngestConfig:
    """The ingest options of a command line (the rest at their defaults)."""
    return IngestConfig(allow_private_urls=allow_private_urls, allowed_networks=tuple(allowed_networks))
