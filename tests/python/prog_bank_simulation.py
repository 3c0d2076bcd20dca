# A small bank simulation with classes, exceptions and reports
class InsufficientFunds(Exception):
    pass
class AccountClosed(Exception):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.open = True
        self.log = []
    def _check(self):
        if not self.open:
            raise AccountClosed("account %d is closed" % self.id)
    def deposit(self, amt):
        self._check()
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.log.append(("D", amt))
    def withdraw(self, amt):
        self._check()
        if amt > self.balance:
            raise InsufficientFunds("%s has %d, needs %d" % (self.owner, self.balance, amt))
        self.balance -= amt
        self.log.append(("W", amt))
    def close(self):
        self.open = False
    def __repr__(self):
        return "<Account %d %s %d%s>" % (self.id, self.owner, self.balance, "" if self.open else " closed")
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, balance=0):
        acct = Account(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amt):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amt)
        try:
            b.deposit(amt)
        except Exception:
            a.deposit(amt)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
ann = bank.open("ann", 100)
bob = bank.open("bob", 50)
cy = bank.open("cy")
ops = [("transfer", 1, 2, 30), ("transfer", 2, 3, 100), ("deposit", 3, 25), ("withdraw", 1, 500),
       ("deposit", 2, -5), ("close", 3), ("transfer", 1, 3, 10), ("transfer", 9, 1, 1), ("withdraw", 2, 80)]
for op in ops:
    try:
        kind = op[0]
        if kind == "transfer":
            bank.transfer(*op[1:])
        elif kind == "deposit":
            bank.accounts[op[1]].deposit(op[2])
        elif kind == "withdraw":
            bank.accounts[op[1]].withdraw(op[2])
        elif kind == "close":
            bank.accounts[op[1]].close()
        print("ok   ", op, "total", bank.total())
    except (InsufficientFunds, AccountClosed, ValueError) as e:
        print("fail ", op, type(e).__name__, "-", e)
    except KeyError as e:
        print("fail ", op, "no such account", e)
for acct in bank.accounts.values():
    print(acct, acct.log)
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
