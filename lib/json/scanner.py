"""JSON token scanner: ``make_scanner(context)`` returns ``scan_once(s, idx)``,
which parses the JSON value at ``idx`` and returns ``(value, end)``, or
raises ``StopIteration(idx)`` when no value starts there."""

import re

from . import decoder as _decoder

__all__ = ['make_scanner']

NUMBER_RE = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
                       (re.VERBOSE | re.MULTILINE | re.DOTALL))


class py_make_scanner(object):
    """The pure-Python scanner (the one JSONDecoder falls back to)."""

    def __init__(self, context):
        self._scanner = _decoder._Scanner(context)

    def __call__(self, string, idx):
        return self._scanner(string, idx)


class _NativeScanner(object):
    def __init__(self, context):
        parse_float = context.parse_float
        parse_int = context.parse_int
        self._config = (
            context.strict, context.object_hook, context.object_pairs_hook,
            None if parse_float is float else parse_float,
            None if parse_int is int else parse_int,
            context.parse_constant, _decoder.JSONDecodeError)

    def __call__(self, string, idx):
        try:
            return _decoder._native.decode(string, idx, False, *self._config)
        except _decoder.JSONDecodeError as err:
            # A missing value is StopIteration at its position, as in
            # CPython's scanner; JSONDecoder.raw_decode rewords it.
            if err.msg == "Expecting value":
                raise StopIteration(err.pos) from None
            raise


c_make_scanner = _NativeScanner if _decoder._native is not None else None
make_scanner = c_make_scanner or py_make_scanner
