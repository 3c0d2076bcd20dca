"""`cinder -m unittest [options] [tests]`: run tests from the command line."""

import sys

if sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python -m unittest"

from .main import main

main(module=None)
