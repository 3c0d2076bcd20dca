# sys.exit(None) exits with status 0 even after output; stdout is flushed
import sys
for i in range(5):
    print("line", i, end=" | " if i < 4 else "\n")
print("partial line without newline", end="")
sys.exit(None)
