# sys.exit with a non-int, non-str object prints its str to stderr and exits 1
import sys
print("checking")
problems = ["missing name", "bad age"]
if problems:
    sys.exit(problems)
