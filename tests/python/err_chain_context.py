# Implicit chaining: During handling of the above exception, another exception occurred
def load(config):
    try:
        return config["port"]
    except KeyError:
        print("port missing, converting default")
        return int("default")
print(load({"port": 80}))
load({})
