# Uncaught AttributeError on None returned from a function
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u
users = [{"name": "ann", "email": "ann@example.com"}]
print(find_user(users, "ann")["email"])
user = find_user(users, "bob")
print(user)
print(user.email)
