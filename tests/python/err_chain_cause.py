# Explicit chaining with raise ... from ...
class ConfigError(Exception):
    __module__ = "myapp.errors"
def get_port(cfg):
    try:
        return int(cfg["port"])
    except ValueError as e:
        raise ConfigError("invalid port: " + repr(cfg["port"])) from e
print(get_port({"port": "8080"}))
get_port({"port": "eighty"})
