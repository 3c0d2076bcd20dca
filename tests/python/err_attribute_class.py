# Uncaught AttributeError on a class object (type object message)
class Settings:
    debug = False
    level = 3
print(Settings.debug, Settings.level)
print(Settings.qqwwzz)
