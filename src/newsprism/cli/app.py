"""The command group and the exit codes every command shares.

Exit codes: 0 everything asked for was done; 1 some inputs failed (the others are in the
result); 2 nothing could be done, or the command was used wrongly.
"""

from __future__ import annotations

import click

EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsprism")
def cli() -> None:
    """newsprism: read one news story through all of its sources."""
