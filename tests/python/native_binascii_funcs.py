# binascii: hex, base64, uu and checksums.
import binascii

print(binascii.hexlify(b'\x00\x01\xfe\xff'), binascii.b2a_hex(bytearray(b'AZ')))
print(binascii.hexlify(b'\x01\xab\xcd\xef', '-'), binascii.hexlify(b'\x01\xab\xcd\xef\x99', b':', 2))
print(binascii.hexlify(b'\x01\xab\xcd\xef\x99', ':', -2))
print(binascii.unhexlify(b'00ff10'), binascii.a2b_hex('DEADbeef'))
print(binascii.b2a_base64(b'hello world'), binascii.b2a_base64(b'hi', newline=False), binascii.b2a_base64(b''))
print(binascii.a2b_base64(b'aGVsbG8gd29ybGQ=\n'), binascii.a2b_base64('aGk='), binascii.a2b_base64(b''))
print(binascii.a2b_base64(b'ab=c='), binascii.a2b_base64(b'a=b=c=d'), binascii.a2b_base64(b'abcd===='))
print(binascii.crc32(b'hello'), binascii.crc32(b'hello', 12345), binascii.crc32(b' world', binascii.crc32(b'hello')))
print(binascii.crc32(b'hello world'), binascii.crc32(b''), binascii.crc32(b'a', -1))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0xffff), binascii.crc_hqx(b'', 7))
print(binascii.b2a_uu(b'hello world'), binascii.a2b_uu(b'+:&5L;&\\@=V]R;&0 \n'))
print(binascii.b2a_uu(b'\x00\x00', backtick=True), binascii.b2a_uu(b''))
print(binascii.a2b_uu(binascii.b2a_uu(bytes(range(45)))) == bytes(range(45)))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))


def attempt(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
    else:
        print('ok', r)


attempt(binascii.unhexlify, b'abc')
attempt(binascii.unhexlify, b'zz')
attempt(binascii.unhexlify, 'é0')
attempt(binascii.a2b_base64, b'abcde')
attempt(binascii.a2b_base64, b'abc')
attempt(binascii.a2b_base64, 7)
attempt(binascii.b2a_base64, 'text')
attempt(binascii.hexlify, 'text')
attempt(binascii.hexlify, b'ab', '--')
attempt(binascii.crc32, 'text')
attempt(binascii.b2a_uu, bytes(46))
