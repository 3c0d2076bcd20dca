"""Stand-in for CPython's `test` package when its `Lib/test` files run under cinder.

Only `test.support` lives here (see `support/__init__.py`); the test files themselves are
copied beside this file at test time from an installed CPython, never kept in the repository.
"""
