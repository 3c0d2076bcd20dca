# pprint: long strings and bytes are split into adjacent literals
import pprint

text = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do '
        'eiusmod tempor incididunt ut labore et dolore magna aliqua.')
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint({'text': text, 'short': 'abc'}, width=50)
pprint.pprint([text, text[:20]], width=40)
pprint.pprint('line one\nline two is longer\nline three\n', width=20)
pprint.pprint('nospaceslongwordnospaceslongwordnospaceslongword', width=20)
pprint.pprint('  leading and trailing   ', width=10)
pprint.pprint('', width=1)
b = bytes(range(40))
pprint.pprint(b)
pprint.pprint(b, width=30)
pprint.pprint({'data': b}, width=40)
pprint.pprint(bytearray(b'abcdefghijklmnopqrstuvwxyz' * 2), width=30)
pprint.pprint(b'abc', width=1)
pprint.pprint(['x' * 30, 'y' * 30, 'z' * 30], width=50)
pprint.pprint(('tuple with a long string inside ' * 3,), width=40)
