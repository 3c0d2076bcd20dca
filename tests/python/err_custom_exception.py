# Uncaught custom exception class
class InsufficientFunds(Exception):
    __module__ = "myapp.errors"
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds("need %d more" % (amount - balance))
    return balance - amount
b = 100
b = withdraw(b, 30)
print("balance", b)
b = withdraw(b, 500)
print("unreachable")
