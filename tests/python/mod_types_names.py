# types: the type names obtained from real objects
import types
import sys


def f():
    pass


def g():
    yield 1


class K:
    __slots__ = ('a',)

    def m(self):
        return 42


print(types.FunctionType, types.LambdaType, types.MethodType)
print(types.ModuleType, types.GeneratorType, types.CodeType)
print(types.MappingProxyType, types.TracebackType, types.FrameType)
print(types.BuiltinFunctionType, types.BuiltinMethodType)
print(types.MemberDescriptorType, types.MethodDescriptorType)
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(K().m, types.MethodType), isinstance(K.m, types.MethodType))
print(isinstance(sys, types.ModuleType), isinstance(g(), types.GeneratorType))
print(isinstance(f.__code__, types.CodeType), isinstance(K.__dict__, types.MappingProxyType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(K.__dict__['a'], types.MemberDescriptorType))
print(isinstance(str.join, types.MethodDescriptorType))
print(isinstance(sys._getframe(0), types.FrameType))
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
print(types.FunctionType is types.LambdaType)
print(types.BuiltinFunctionType is types.BuiltinMethodType)
print(isinstance(types, types.ModuleType), types.__name__)
