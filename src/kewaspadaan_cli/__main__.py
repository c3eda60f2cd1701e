"""Entry point: ``kwd`` and ``python -m kewaspadaan_cli``."""

from __future__ import annotations


def main() -> None:
    from kewaspadaan_cli.cli import run

    run()


if __name__ == "__main__":
    main()
