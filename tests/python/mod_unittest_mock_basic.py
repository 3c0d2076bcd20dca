# unittest.mock: Mock calls, return_value, side_effect, children, assertions
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT

m = Mock()
m(1, 2, key='v')
m('again')
print(m.called, m.call_count, m.call_args, m.call_args_list)
print(m.call_args.args, m.call_args.kwargs, m.call_args == call('again'))
m.assert_called_with('again')
m.assert_any_call(1, 2, key='v')
try:
    m.assert_called_once_with('again')
except AssertionError as e:
    print('AssertionError:', e)
try:
    m.assert_called_with('different')
except AssertionError as e:
    # The indentation of the 'Actual' line changed after 3.8.
    print('AssertionError:', str(e).splitlines()[:2])
r1 = m()
print(r1 is m.return_value, m() is r1)
m.return_value = 42
print(m(), m.return_value)

child = m.child
child.method(3)
m.other.deep.call(x=1)
print(m.child is child, m.mock_calls[-2:], m.method_calls)
print(child.method.call_args, m.child.method.call_count)

se = Mock(side_effect=[1, 2, ValueError('third')])
print(se(), se())
try:
    se()
except ValueError as e:
    print('ValueError', e)
fn = Mock(side_effect=lambda x: x * 10)
print(fn(4), fn.call_args)
raiser = Mock(side_effect=KeyError)
try:
    raiser()
except KeyError:
    print('KeyError raised')
dflt = Mock(return_value='rv', side_effect=lambda: DEFAULT)
print(dflt())

named = Mock(name='fetch')
try:
    named.assert_called()
except AssertionError as e:
    print('AssertionError:', e)
named.assert_not_called()
named(1)
try:
    named.assert_not_called()
except AssertionError as e:
    print('AssertionError:', e)
named.assert_called_once()
cfg = Mock(**{'method.return_value': 3, 'attr': 'value', 'other.side_effect': KeyError})
print(cfg.method(), cfg.attr)
cfg.configure_mock(attr='new')
print(cfg.attr)

chain = Mock()
chain.a.b.c(1)
chain().d(2)
print(chain.mock_calls)
print(chain.mock_calls == [call.a.b.c(1), call(), call().d(2)])
chain.assert_has_calls([call.a.b.c(1), call()])
try:
    chain.assert_has_calls([call.x()])
except AssertionError as e:
    print('AssertionError:', str(e).splitlines()[0])
chain.assert_has_calls([call().d(2), call.a.b.c(1)], any_order=True)
chain.reset_mock()
print(chain.mock_calls, chain.called, chain.a.b.c.call_count)
print(call(1, a=2), call.method('x'), call().attr(), repr(ANY), ANY == 5, call(ANY) == call(7))
print(sentinel.token, sentinel.token is sentinel.token, DEFAULT)
w = Mock(wraps=lambda x: x + 1)
print(w(1), w.call_count)
spec_m = Mock(spec=['alpha', 'beta'])
spec_m.alpha()
try:
    spec_m.gamma
except AttributeError as e:
    print('AttributeError', e)


class Thing:
    def run(self):
        return 'real'

    size = 3


sm = Mock(spec=Thing)
print(callable(sm.run), sm.size is not None)
try:
    sm.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    m.assert_nothing()
except AttributeError:
    print('AttributeError for assert-like name')
del m.removed
try:
    m.removed
except AttributeError:
    print('AttributeError after del')
