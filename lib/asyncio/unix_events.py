"""The concrete event loop and default policy (Cinder-in-Rust implementation).

There is no selector; the names match CPython's so that code checking the
loop's type or choosing a policy keeps working."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import base_events
from . import events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The default loop: timers and callbacks only (no I/O sources)."""

    def __init__(self, selector=None):
        super().__init__()


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
