# unittest: assertRaisesRegex, assertWarns(Regex), assertLogs, assertRegex, assertNotRegex
import logging
import unittest
import warnings


def old_function():
    warnings.warn('old_function is deprecated', DeprecationWarning)
    return 1


class T(unittest.TestCase):
    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, r'invalid literal .* base 10') as cm:
            int('x')
        self.assertIsInstance(cm.exception, ValueError)
        self.assertRaisesRegex(KeyError, 'k', {}.__getitem__, 'k')

    def test_raises_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, 'nope'):
            raise ValueError('something else')

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            self.assertEqual(old_function(), 1)
        self.assertEqual(str(cm.warning), 'old_function is deprecated')
        self.assertTrue(cm.filename.endswith('.py'))
        self.assertWarns(DeprecationWarning, old_function)
        with self.assertWarnsRegex(UserWarning, r'x\d'):
            warnings.warn('value x7 seen')

    def test_warns_missing(self):
        with self.assertWarns(RuntimeWarning):
            pass

    def test_warns_regex_mismatch(self):
        with self.assertWarnsRegex(UserWarning, 'expected text'):
            warnings.warn('other text')

    def test_logs(self):
        with self.assertLogs('app', level='INFO') as cm:
            logging.getLogger('app').info('first %d', 1)
            logging.getLogger('app.sub').error('second')
            logging.getLogger('app').debug('not captured')
        self.assertEqual(cm.output, ['INFO:app:first 1', 'ERROR:app.sub:second'])
        self.assertEqual([r.levelname for r in cm.records], ['INFO', 'ERROR'])
        with self.assertLogs() as cm:
            logging.warning('root warning')
        self.assertEqual(cm.output, ['WARNING:root:root warning'])

    def test_logs_missing(self):
        with self.assertLogs('quiet', level=logging.WARNING):
            logging.getLogger('quiet').info('too low')

    def test_regex(self):
        self.assertRegex('hello world', r'wor\w+')
        self.assertNotRegex('hello world', r'\d')

    def test_regex_fail(self):
        self.assertRegex('hello', 'bye')

    def test_not_regex_fail(self):
        self.assertNotRegex('abc123', r'\d+')

    def test_bad_type(self):
        with self.assertRaises(TypeError):
            self.assertWarns(int)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
result = unittest.TestResult()
suite.run(result)
print('run', result.testsRun, 'failures', len(result.failures), 'errors', len(result.errors))
for test, text in result.failures + result.errors:
    print(test.id().split('.')[-1], '->', text.strip().splitlines()[-1])
