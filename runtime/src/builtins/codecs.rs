//! Text codecs for `bytes.decode`, `str.encode` and the `bytes`/`str`
//! constructors: utf-8, ascii, latin-1, utf-16 and utf-32, with CPython's
//! error handlers and `UnicodeDecodeError`/`UnicodeEncodeError` details.

use crate::object::Args;
use crate::vm::convert::*;
use crate::vm::errors::new_exception;
use crate::vm::{PyErr, PyResult, Vm};

use super::exc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    Little,
    Big,
}

/// A supported codec; `None` endianness means "with byte order mark".
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
}

impl Codec {
    /// The codec for an encoding name, normalized as CPython's aliases are.
    pub fn lookup(name: &str) -> Option<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| match c {
                '_' | ' ' => '-',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        Some(match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" => Codec::Latin1,
            "utf-16" | "utf16" | "u16" => Codec::Utf16(None),
            "utf-16-le" | "utf-16le" => Codec::Utf16(Some(Endian::Little)),
            "utf-16-be" | "utf-16be" => Codec::Utf16(Some(Endian::Big)),
            "utf-32" | "utf32" | "u32" => Codec::Utf32(None),
            "utf-32-le" | "utf-32le" => Codec::Utf32(Some(Endian::Little)),
            "utf-32-be" | "utf-32be" => Codec::Utf32(Some(Endian::Big)),
            _ => return None,
        })
    }

    /// The name CPython reports in errors.
    fn error_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
            Codec::Utf16(_) => "utf-16-le",
            Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
            Codec::Utf32(_) => "utf-32-le",
        }
    }
}

fn unknown_encoding(vm: &mut Vm, name: &str) -> PyErr {
    vm.new_error(&exc::LOOKUP_ERROR, format!("unknown encoding: {name}"))
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> PyErr {
    vm.new_error(
        &exc::LOOKUP_ERROR,
        format!("unknown error handler name '{errors}'"),
    )
}

/// The `(encoding='utf-8', errors='strict')` arguments of `str.encode`
/// and `bytes.decode` (after self), positional or by keyword.
pub fn encoding_args(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<(String, String)> {
    let pos = &a.pos()[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots = [pos.first().cloned(), pos.get(1).cloned()];
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        let i = match k.as_str() {
            Some("encoding") => 0,
            Some("errors") => 1,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    other.unwrap_or("")
                )))
            }
        };
        slots[i] = Some(v.clone());
    }
    let mut out = [String::from("utf-8"), String::from("strict")];
    for (i, (slot, name)) in slots.iter().zip(["encoding", "errors"]).enumerate() {
        if let Some(v) = slot {
            match v.as_str() {
                Some(s) => out[i] = s.to_string(),
                None => {
                    return Err(vm.type_error(format!(
                        "{fname}() argument '{name}' must be str, not {}",
                        v.ty().name()
                    )))
                }
            }
        }
    }
    let [enc, errors] = out;
    Ok((enc, errors))
}

/// Collects decoded text and applies the error handler to each bad range.
struct Decoder<'a> {
    name: &'static str,
    data: &'a [u8],
    errors: &'a str,
    out: String,
}

impl Decoder<'_> {
    fn fault(&mut self, vm: &mut Vm, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match self.errors {
            "strict" => Err(PyErr::new(new_exception(
                &exc::UNICODE_DECODE_ERROR,
                vec![
                    new_str(self.name),
                    new_bytes(self.data.to_vec()),
                    new_int(start as i64),
                    new_int(end as i64),
                    new_str(reason),
                ],
            ))),
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in self.data.get(start..end).unwrap_or(&[]) {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            "xmlcharrefreplace" | "namereplace" => {
                Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            other => Err(unknown_handler(vm, other)),
        }
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding).ok_or_else(|| unknown_encoding(vm, encoding))?;
    let mut d = Decoder {
        name: codec.error_name(),
        data,
        errors,
        out: String::with_capacity(data.len()),
    };
    match codec {
        Codec::Utf8 => decode_utf8(vm, &mut d)?,
        Codec::Ascii | Codec::Latin1 => {
            let limit = if codec == Codec::Ascii { 128 } else { 256 };
            for (i, &b) in data.iter().enumerate() {
                if (b as u32) < limit {
                    d.out.push(b as char);
                } else {
                    d.fault(vm, i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Utf16(endian) => {
            let (endian, skip) = match (endian, data) {
                (Some(e), _) => (e, 0),
                (None, [0xff, 0xfe, ..]) => (Endian::Little, 2),
                (None, [0xfe, 0xff, ..]) => (Endian::Big, 2),
                (None, _) => (Endian::Little, 0),
            };
            d.name = Codec::Utf16(Some(endian)).error_name();
            decode_utf16(vm, &mut d, endian, skip)?;
        }
        Codec::Utf32(endian) => {
            let (endian, skip) = match (endian, data) {
                (Some(e), _) => (e, 0),
                (None, [0xff, 0xfe, 0, 0, ..]) => (Endian::Little, 4),
                (None, [0, 0, 0xfe, 0xff, ..]) => (Endian::Big, 4),
                (None, _) => (Endian::Little, 0),
            };
            d.name = Codec::Utf32(Some(endian)).error_name();
            decode_utf32(vm, &mut d, endian, skip)?;
        }
    }
    Ok(d.out)
}

fn decode_utf8(vm: &mut Vm, d: &mut Decoder<'_>) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                // The prefix was just validated.
                d.out
                    .push_str(std::str::from_utf8(&data[pos..pos + valid]).unwrap_or(""));
                let start = pos + valid;
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let first = data[start];
                        let bad_start = (0x80..=0xc1).contains(&first) || first >= 0xf5;
                        let reason = if bad_start {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (start + n, reason)
                    }
                };
                d.fault(vm, start, end, reason)?;
                pos = end;
            }
        }
    }
    Ok(())
}

fn unit16(b: &[u8], endian: Endian) -> u32 {
    match endian {
        Endian::Little => u16::from_le_bytes([b[0], b[1]]) as u32,
        Endian::Big => u16::from_be_bytes([b[0], b[1]]) as u32,
    }
}

fn decode_utf16(vm: &mut Vm, d: &mut Decoder<'_>, endian: Endian, skip: usize) -> PyResult<()> {
    let data = d.data;
    let mut pos = skip;
    while pos < data.len() {
        let rest = &data[pos..];
        if rest.len() < 2 {
            d.fault(vm, pos, data.len(), "truncated data")?;
            break;
        }
        let u = unit16(rest, endian);
        if !(0xd800..0xe000).contains(&u) {
            d.out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            pos += 2;
        } else if u >= 0xdc00 {
            d.fault(vm, pos, pos + 2, "illegal encoding")?;
            pos += 2;
        } else if rest.len() < 4 {
            d.fault(vm, pos, data.len(), "unexpected end of data")?;
            break;
        } else {
            let lo = unit16(&rest[2..], endian);
            if (0xdc00..0xe000).contains(&lo) {
                let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                pos += 4;
            } else {
                d.fault(vm, pos, pos + 2, "illegal UTF-16 surrogate")?;
                pos += 2;
            }
        }
    }
    Ok(())
}

fn decode_utf32(vm: &mut Vm, d: &mut Decoder<'_>, endian: Endian, skip: usize) -> PyResult<()> {
    let data = d.data;
    let mut pos = skip;
    while pos < data.len() {
        let rest = &data[pos..];
        if rest.len() < 4 {
            d.fault(vm, pos, data.len(), "truncated data")?;
            break;
        }
        let raw = [rest[0], rest[1], rest[2], rest[3]];
        let c = match endian {
            Endian::Little => u32::from_le_bytes(raw),
            Endian::Big => u32::from_be_bytes(raw),
        };
        if c >= 0x110000 {
            d.fault(vm, pos, pos + 4, "code point not in range(0x110000)")?;
        } else if (0xd800..0xe000).contains(&c) {
            d.fault(
                vm,
                pos,
                pos + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?;
        } else {
            d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
        }
        pos += 4;
    }
    Ok(())
}

/// `s.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding).ok_or_else(|| unknown_encoding(vm, encoding))?;
    match codec {
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Ascii => encode_limited(vm, s, codec, 128, errors),
        Codec::Latin1 => encode_limited(vm, s, codec, 256, errors),
        Codec::Utf16(endian) => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if endian.is_none() {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let big = endian == Some(Endian::Big);
            for u in s.encode_utf16() {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            Ok(out)
        }
        Codec::Utf32(endian) => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if endian.is_none() {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            let big = endian == Some(Endian::Big);
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            Ok(out)
        }
    }
}

/// ascii and latin-1: characters at or above `limit` are errors, reported
/// as runs of consecutive unencodable characters.
fn encode_limited(
    vm: &mut Vm,
    s: &str,
    codec: Codec,
    limit: u32,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "strict" => {
                return Err(PyErr::new(new_exception(
                    &exc::UNICODE_ENCODE_ERROR,
                    vec![
                        new_str(codec.error_name()),
                        new_str(s),
                        new_int(start as i64),
                        new_int(end as i64),
                        new_string(format!("ordinal not in range({limit})")),
                    ],
                )))
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - start)),
            "backslashreplace" => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as CPython's messages and
/// backslashreplace write a character.
pub fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_normalizes_aliases() {
        assert_eq!(Codec::lookup("UTF_8"), Some(Codec::Utf8));
        assert_eq!(Codec::lookup("Latin-1"), Some(Codec::Latin1));
        assert_eq!(
            Codec::lookup("utf-16-be"),
            Some(Codec::Utf16(Some(Endian::Big)))
        );
        assert_eq!(Codec::lookup("utf_32"), Some(Codec::Utf32(None)));
        assert_eq!(Codec::lookup("koi8-r"), None);
    }

    #[test]
    fn escapes_by_width() {
        assert_eq!(char_escape('\u{e9}'), "\\xe9");
        assert_eq!(char_escape('\u{20ac}'), "\\u20ac");
        assert_eq!(char_escape('\u{1f600}'), "\\U0001f600");
    }
}
