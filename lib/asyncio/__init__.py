"""asyncio: an event loop, futures, tasks and synchronization primitives for
coroutines (Cinder-in-Rust implementation of the Python 3.8 API).

Timers are real (the loop sleeps until the next one is due); there are no
sockets, subprocesses or threads, so the network and executor parts of the
API are absent, and run_in_executor() calls the function synchronously.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .tasks import *
from .unix_events import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           queues.__all__ +
           runners.__all__ +
           tasks.__all__ +
           unix_events.__all__)
