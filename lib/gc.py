"""Interface to the garbage collector.

Cinder frees every object by reference counting, at the moment its last
reference goes away. It has no cycle collector yet: objects that refer to
each other in a cycle are never reclaimed, and `collect()` finds nothing
(it returns 0, as CPython's does when there is no cyclic garbage).
"""

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_enabled = True
_threshold = (700, 10, 10)
_debug = 0
_frozen = 0


def collect(generation=2):
    """Run a collection; returns the number of unreachable objects found
    (always 0: there is no cycle collector)."""
    if not isinstance(generation, int):
        raise TypeError("an integer is required (got type %s)" % type(generation).__name__)
    if generation not in (0, 1, 2):
        raise ValueError("invalid generation")
    for cb in list(callbacks):
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    for cb in list(callbacks):
        cb("stop", {"generation": generation, "collected": 0, "uncollectable": 0})
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def is_tracked(obj):
    """Whether the (absent) cycle collector would track obj: containers and
    instances, as CPython reports; atoms are not tracked."""
    return not isinstance(obj, (int, float, complex, str, bytes, bool, type(None)))


def get_stats():
    return [{"collections": 0, "collected": 0, "uncollectable": 0} for _ in range(3)]


def freeze():
    global _frozen
    _frozen += 1


def unfreeze():
    global _frozen
    _frozen = 0


def get_freeze_count():
    return _frozen
