"""The command line: a thin layer over plain functions of the package.

Each module registers its commands on the one group in :mod:`newsprism.cli.app`;
importing them here is what puts them on the command line.
"""

from __future__ import annotations

from newsprism.cli import analyze, evaluate, ingest, serve, store
from newsprism.cli.app import cli

__all__ = ["cli", "main"]
_COMMAND_MODULES = (analyze, evaluate, ingest, serve, store)


def main() -> None:
    cli(prog_name="newsprism")
