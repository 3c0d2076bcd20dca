# sys.executable / sys._base_executable: the absolute path of the running
# interpreter, which can run programs itself.
import os
import sys

exe = sys.executable
print(type(exe).__name__, os.path.isabs(exe), os.path.isfile(exe))
print(sys._base_executable == exe or os.path.isfile(sys._base_executable))
print(os.access(exe, os.X_OK))
