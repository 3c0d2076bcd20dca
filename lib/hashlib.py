"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384
and sha512, over the native `_cinder_hashlib`.

    >>> hashlib.sha256(b'abc').hexdigest()[:16]
    'ba7816bf8f01cfea'
"""

import _cinder_hashlib as _native

# name: (digest_size, block_size)
_INFO = {
    'md5': (16, 64),
    'sha1': (20, 64),
    'sha224': (28, 64),
    'sha256': (32, 64),
    'sha384': (48, 128),
    'sha512': (64, 128),
}

algorithms_guaranteed = frozenset(_INFO)
algorithms_available = frozenset(_INFO)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'new', 'algorithms_guaranteed', 'algorithms_available')


class _Hash:
    """A running digest: feed it with update(), read it with digest()."""

    def __init__(self, name, handle):
        self.name = name
        self.digest_size, self.block_size = _INFO[name]
        self._handle = handle

    def update(self, data):
        _native.update(self._handle, data)

    def digest(self):
        return _native.digest(self._handle)

    def hexdigest(self):
        return _native.digest(self._handle).hex()

    def copy(self):
        return _Hash(self.name, _native.copy(self._handle))

    def __del__(self):
        handle = self.__dict__.get('_handle')
        if handle is not None:
            _native.free(handle)

    def __repr__(self):
        return '<%s HASH object @ %#x>' % (self.name, id(self))


_Hash.__name__ = _Hash.__qualname__ = 'HASH'
_Hash.__module__ = '_hashlib'


def new(name, data=b''):
    """A hash object for the algorithm called `name` (any case)."""
    if not isinstance(name, str):
        raise TypeError('new() argument 1 must be str, not %s' % type(name).__name__)
    handle = _native.new(name, data)
    if handle is None:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(name.lower(), handle)


def _constructor(algo):
    def construct(string=b''):
        return _Hash(algo, _native.new(algo, string))
    construct.__name__ = construct.__qualname__ = 'openssl_' + algo
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
del _constructor
