"""Streams: the in-memory `StringIO` and `BytesIO`, the I/O base classes,
and the file types that `open()` returns.

File objects are native (`_io`); the base classes recognise them through
their metaclass, so `isinstance(open(p), io.TextIOBase)` holds as in CPython.
"""

import _io
from _io import TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom

__all__ = [
    'BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
    'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
    'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
    'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open
BlockingIOError = BlockingIOError


try:
    class UnsupportedOperation(OSError, ValueError):
        pass
except TypeError:
    # This runtime cannot yet combine OSError's and ValueError's layouts.
    class UnsupportedOperation(OSError):
        pass


UnsupportedOperation.__module__ = 'io'

# Native stream types and the base class each counts as an instance of.
_NATIVE_BASES = {
    TextIOWrapper: 'TextIOBase',
    BufferedReader: 'BufferedIOBase',
    BufferedWriter: 'BufferedIOBase',
    BufferedRandom: 'BufferedIOBase',
}


def _native_base(tp):
    for native, base in _NATIVE_BASES.items():
        if issubclass(tp, native):
            return base
    if tp.__name__ == 'TextIOWrapper':
        # sys.stdout and friends
        return 'TextIOBase'
    return None


class _IOMeta(type):
    """Makes the native stream types count as instances of the base classes."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        base = _native_base(sub)
        return base is not None and (cls.__name__ == base or cls.__name__ == 'IOBase')


def _closed_error():
    return ValueError('I/O operation on closed file.')


class IOBase(metaclass=_IOMeta):
    """The base of all streams: context manager, iteration, and the
    operations a subclass may not support."""

    _closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation('%s.%s() not supported' % (type(self).__name__, name))

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise _closed_error()

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        self._unsupported('fileno')

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        self._unsupported('readline')

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        self._unsupported('detach')

    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        return self.read(size)

    def write(self, b):
        self._unsupported('write')

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

    def detach(self):
        self._unsupported('detach')

    def read(self, size=-1):
        self._unsupported('read')

    def write(self, s):
        self._unsupported('write')


class FileIO(RawIOBase):
    def __init__(self, *args, **kwargs):
        raise UnsupportedOperation('io.FileIO is not available in this runtime; use open()')


class BufferedRWPair(BufferedIOBase):
    def __init__(self, *args, **kwargs):
        raise UnsupportedOperation('io.BufferedRWPair is not available in this runtime')


def _index(v, what):
    if v is None:
        return -1
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("argument should be integer or None, not '%s'" % type(v).__name__) from None


class StringIO(TextIOBase):
    """A text stream held in memory."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._text = ''
        self._pending = []   # appended pieces not yet joined into _text
        self._len = 0
        self._pos = 0
        self._closed = False
        self._seen = 0       # kinds of newline written (newlines attribute)
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _value(self):
        if self._pending:
            self._text += ''.join(self._pending)
            self._pending = []
        return self._text

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen |= 4
                    s = s.replace('\r\n', '\n')
                if '\r' in s:
                    self._seen |= 1
                    s = s.replace('\r', '\n')
            if '\n' in s:
                self._seen |= 2
            return s
        if nl in ('\r', '\r\n'):
            return s.replace('\n', nl)
        return s

    @property
    def newlines(self):
        self._check_closed()
        if self._newline is not None:
            return None
        return (None, '\r', '\n', ('\r', '\n'), '\r\n', ('\r', '\r\n'),
                ('\n', '\r\n'), ('\r', '\n', '\r\n'))[self._seen]

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    def _check_closed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def getvalue(self):
        self._check_closed()
        return self._value()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        pos = self._pos
        if pos == self._len:
            self._pending.append(s)
        else:
            text = self._value()
            if pos > self._len:
                text += '\0' * (pos - self._len)
            self._text = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)
        self._len = max(self._len, self._pos)
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _index(size, 'size')
        text = self._value()
        start = min(self._pos, self._len)
        end = self._len if size < 0 else min(self._len, start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def _line_end(self, text, start, limit):
        nl = self._newline
        if nl == '':
            i = start
            while i < limit:
                c = text[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(text) and text[i + 1] == '\n' and i + 1 < limit:
                        return i + 2
                    return i + 1
                i += 1
            return limit
        term = '\n' if nl is None else nl
        i = text.find(term, start, limit)
        if i < 0:
            return limit
        return min(i + len(term), limit)

    def readline(self, size=-1):
        self._check_closed()
        size = _index(size, 'size')
        text = self._value()
        start = self._pos
        if start >= self._len:
            return ''
        limit = self._len if size < 0 else min(self._len, start + size)
        end = self._line_end(text, start, limit)
        self._pos = end
        return text[start:end]

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                # CPython words both cases alike.
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = self._len
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        else:
            pos = pos.__index__()
            if pos < 0:
                raise ValueError('Negative size value %d' % pos)
        if pos < self._len:
            self._text = self._value()[:pos]
            self._len = pos
        return pos

    def close(self):
        self._closed = True
        self._text = ''
        self._pending = []

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def detach(self):
        raise UnsupportedOperation('detach')

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __getstate__(self):
        self._check_closed()
        return (self.getvalue(), self._newline, self._pos, None)

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)


def _bytes_arg(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(BufferedIOBase):
    """A binary stream held in memory."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += _bytes_arg(initial_bytes)
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return self._buf

    def write(self, b):
        self._check_closed()
        b = _bytes_arg(b)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf += bytes(pos - size)
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _index(size, 'size')
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        size = _index(size, 'size')
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b''
        limit = len(buf) if size < 0 else min(len(buf), start + size)
        i = buf.find(b'\n', start, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return bytes(buf[start:end])

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, b):
        self._check_closed()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        else:
            size = size.__index__()
            if size < 0:
                raise ValueError('negative size value %d' % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def close(self):
        self._closed = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def __getstate__(self):
        self._check_closed()
        return (self.getvalue(), self._pos, None)

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, StringIO, BytesIO):
    _cls.__module__ = 'io' if _cls not in (StringIO, BytesIO) else '_io'
del _cls
