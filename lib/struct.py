"""Convert between Python values and C structs held in bytes.

The packing itself is native (`_struct`); this module adds the `Struct`
class, a compiled format with the same operations as methods.
"""

from _struct import (
    error, pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, _clearcache,
)

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
    'Struct', 'error',
]


class Struct:
    """A format string compiled once: `Struct(fmt).pack(...)` equals `pack(fmt, ...)`."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                            % type(format).__name__)
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)


Struct.__module__ = 'builtins'
