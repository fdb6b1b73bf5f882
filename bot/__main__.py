"""`python -m bot` is the `racebot` command."""

import sys

from bot.cli import main

sys.exit(main())
