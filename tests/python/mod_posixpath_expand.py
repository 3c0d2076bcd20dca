import os
import posixpath

os.environ['CINDER_T_A'] = 'alpha'
os.environ['CINDER_T_B'] = '/b/dir'
os.environ.pop('CINDER_T_MISSING', None)
for p in ['$CINDER_T_A', '${CINDER_T_A}x', '$CINDER_T_Ax', '$CINDER_T_B/sub',
          'no vars', '$', '$$CINDER_T_A', '${CINDER_T_MISSING}/$CINDER_T_A',
          '$CINDER_T_MISSING', '${unclosed', '${}', 'a$CINDER_T_A-b',
          '$CINDER_T_A$CINDER_T_A', '${CINDER_T_A}${CINDER_T_B}', '$1abc']:
    print('expandvars', repr(p), repr(posixpath.expandvars(p)))
print(posixpath.expandvars(b'$CINDER_T_A/${CINDER_T_B}'))

os.environ['HOME'] = '/home/tester/'
for p in ['~', '~/x', '~x', 'a/~', '', '/~', '~/']:
    print('expanduser', repr(p), repr(posixpath.expanduser(p)))
os.environ['HOME'] = '/'
print(repr(posixpath.expanduser('~')), repr(posixpath.expanduser('~/y')))
os.environ['HOME'] = '/home/tester'
print(posixpath.expanduser(b'~/z'))
print(posixpath.expanduser('~root/q'))
del os.environ['CINDER_T_A']
del os.environ['CINDER_T_B']
print(repr(posixpath.expandvars('$CINDER_T_A')))
