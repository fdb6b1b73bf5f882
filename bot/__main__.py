"""`python -m bot` and the `racebot` script: the command line, its modules loaded without the collector's walks."""

import gc
import sys


def run() -> int:
    """Load the command line and run it.

    Its modules (SQLAlchemy, the models, the engine) make some 100,000 objects that live as long as the process. While
    they load, the garbage collector would walk them again and again, and once more at exit, to free nothing: a
    quarter of a short command's time, such as `racebot ask`. So it pauses while they load, then leaves them out of
    its walks (gc.freeze); what the command makes afterwards is collected as usual."""
    gc.disable()
    try:
        from bot.cli import main
    finally:
        gc.freeze()
        gc.enable()
    return main()


if __name__ == "__main__":
    sys.exit(run())
