# unittest.mock: MagicMock magic methods, patch, patch.object, patch.dict, PropertyMock
import os
import unittest
from unittest import mock
from unittest.mock import MagicMock, patch, call, PropertyMock, sentinel

mm = MagicMock()
print(len(mm), list(mm), int(mm), float(mm), bool(mm), 3 in mm, mm == mm, mm != mm, mm == 3)
mm.__len__.return_value = 5
mm.__iter__.return_value = ['a', 'b']
mm.__getitem__.side_effect = lambda k: k * 2
mm.__contains__.return_value = True
print(len(mm), list(mm), mm[21], 'x' in mm)
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.__enter__.called, mm.__exit__.call_count, mm.mock_calls[-1])
other = MagicMock()
print(len(other), other[0] is other[1], other.__getitem__.call_args_list)
mm.__str__.return_value = 'custom str'
print(str(mm))
cm = MagicMock()
cm.__enter__.return_value = 'resource'
with cm as r:
    print(r)
cm.__exit__.assert_called_once_with(None, None, None)


def read_config():
    return os.getcwd()


with patch('os.getcwd', return_value='/fake') as fake:
    print(read_config(), fake.call_count)
print(read_config() != '/fake')


@patch('os.getcwd')
@patch('os.getpid', return_value=12345)
def decorated(mock_pid, mock_cwd):
    mock_cwd.return_value = '/decorated'
    return os.getcwd(), os.getpid(), mock_pid is not mock_cwd


print(decorated())


class Service:
    def fetch(self):
        return 'real fetch'

    @property
    def status(self):
        return 'real status'


with patch.object(Service, 'fetch', return_value='mocked fetch') as f:
    print(Service().fetch(), f.called)
print(Service().fetch())
with patch.object(Service, 'status', new_callable=PropertyMock) as st:
    st.return_value = 'mocked status'
    print(Service().status, st.call_args_list)
print(Service().status)
p = patch.object(Service, 'fetch', new=lambda self: 'replaced')
p.start()
print(Service().fetch())
p.stop()
print(Service().fetch())
config = {'debug': False, 'level': 1}
with patch.dict(config, {'debug': True, 'new': 'x'}):
    print(sorted(config.items()))
print(sorted(config.items()))
with patch.dict(config, clear=True):
    print(config)
print(sorted(config.items()))


@patch.dict(config, level=99)
def uses_config():
    return config['level']


print(uses_config(), config['level'])
try:
    with patch('os.no_such_function_here'):
        pass
except AttributeError as e:
    print('AttributeError', str(e).split(' does not')[1])
with patch('os.no_such_function_here', create=True, new=sentinel.created):
    print(os.no_such_function_here)
print(hasattr(os, 'no_such_function_here'))
with patch.multiple(Service, fetch=mock.DEFAULT, extra=mock.DEFAULT, create=True) as mocks:
    print(sorted(mocks), Service.extra is mocks['extra'])
m = MagicMock()
m.method(1)
m.method.assert_called_once_with(1)
print(m.method_calls, m.method.call_args == call(1))


class T(unittest.TestCase):
    @patch('os.getcwd', return_value='/in/test')
    def test_patched(self, mock_cwd):
        self.assertEqual(os.getcwd(), '/in/test')
        mock_cwd.assert_called_once_with()


res = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(res)
print(res.testsRun, res.wasSuccessful())
