//! The iteration protocol.

use crate::builtins::exc;
use crate::interp::stop_iteration_value;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

impl Vm {
    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let ty = v.ty();
        if !ty.is_heap() {
            if let Some(it) = self.builtin_iter(v)? {
                return Ok(it);
            }
        }
        if let Some(m) = self.lookup_special(v, "__iter__") {
            if m.is_none() {
                return Err(self.type_error(format!("'{}' object is not iterable", ty.name())));
            }
            let it = self.call_method_obj(&m, v, &[])?;
            if self.lookup_special(&it, "__next__").is_none()
                && it.ty().layout != Layout::Iterator
                && !it.is_exact(&GENERATOR_TYPE)
            {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it.ty().name()
                )));
            }
            return Ok(it);
        }
        if let Some(it) = self.builtin_iter(v)? {
            return Ok(it);
        }
        if self.lookup_special(v, "__getitem__").is_some() {
            return Ok(new_iter(
                &ITERATOR_TYPE,
                IterKind::GetItem {
                    obj: v.clone(),
                    index: 0,
                },
            ));
        }
        Err(self.type_error(format!("'{}' object is not iterable", ty.name())))
    }

    /// An iterator by the object's builtin layout; None for other layouts.
    pub fn builtin_iter(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let (t, k): (&TypeObject, IterKind) = match v.ty().layout {
            Layout::List => (
                &LIST_ITERATOR_TYPE,
                IterKind::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Layout::Tuple => (
                &TUPLE_ITERATOR_TYPE,
                IterKind::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Layout::Str => (
                &STR_ITERATOR_TYPE,
                IterKind::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Layout::Bytes | Layout::ByteArray => (
                &BYTES_ITERATOR_TYPE,
                IterKind::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Layout::Dict => (
                &DICT_KEYITERATOR_TYPE,
                IterKind::DictKeys {
                    dict: v.clone(),
                    pos: 0,
                    len: dictops::len(v),
                },
            ),
            Layout::Set | Layout::FrozenSet => {
                let len = v.as_set().map_or(0, |s| s.table().len());
                (
                    &SET_ITERATOR_TYPE,
                    IterKind::Set {
                        set: v.clone(),
                        pos: 0,
                        len,
                    },
                )
            }
            Layout::Range => return crate::builtins::range::range_iter(self, v).map(Some),
            Layout::MappingProxy => {
                let d = crate::builtins::dict::proxy_dict(v).expect("mappingproxy");
                let len = dictops::len(&d);
                (
                    &DICT_KEYITERATOR_TYPE,
                    IterKind::DictKeys {
                        dict: d,
                        pos: 0,
                        len,
                    },
                )
            }
            Layout::DictView => return crate::builtins::dict::view_iter(self, v).map(Some),
            Layout::Iterator | Layout::Awaitable if !v.ty().is_heap() => {
                return Ok(Some(v.clone()))
            }
            Layout::Generator if v.is_exact(&GENERATOR_TYPE) => return Ok(Some(v.clone())),
            _ => return Ok(None),
        };
        Ok(Some(new_iter(t, k)))
    }

    pub fn is_iterable(&mut self, v: &Value) -> bool {
        let ty = v.ty();
        matches!(
            ty.layout,
            Layout::List
                | Layout::Tuple
                | Layout::Str
                | Layout::Bytes
                | Layout::ByteArray
                | Layout::Dict
                | Layout::Set
                | Layout::FrozenSet
                | Layout::Range
                | Layout::DictView
                | Layout::Iterator
                | Layout::Awaitable
        ) || v.is_exact(&GENERATOR_TYPE)
            || self.lookup_special(v, "__iter__").is_some()
            || self.lookup_special(v, "__getitem__").is_some()
    }

    /// `next(it)`: None when exhausted (the StopIteration value is kept in
    /// `last_stop_value`).
    #[inline]
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(d) = it.downcast::<IterData>() {
            if !it.ty().is_heap() {
                return crate::builtins::iterators::next_builtin(self, d);
            }
        }
        if it.is_exact(&GENERATOR_TYPE) {
            return crate::builtins::gen::next_gen(self, it);
        }
        let m = match self.lookup_special(it, "__next__") {
            Some(m) => m,
            None => {
                return Err(
                    self.type_error(format!("'{}' object is not an iterator", it.ty().name()))
                )
            }
        };
        match self.call_method_obj(&m, it, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&exc::STOP_ITERATION) => {
                self.last_stop_value = stop_iteration_value(&e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(t) = tuple_items(v) {
            return Ok(t.to_vec());
        }
        if v.is_exact(&LIST_TYPE) {
            return Ok(v.downcast::<ListData>().expect("list").vec().clone());
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Unpacking for assignments: exactly `n` items, or with a star target
    /// `n` before and `after` after.
    pub fn unpack_iterable(
        &mut self,
        seq: &Value,
        n: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let it = match self.iter(seq) {
            Ok(it) => it,
            Err(e) if e.is_instance(&exc::TYPE_ERROR) => {
                return Err(self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    seq.ty().name()
                )))
            }
            Err(e) => return Err(e),
        };
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            match self.next(&it)? {
                Some(v) => items.push(v),
                None => {
                    return Err(match after {
                        None => self.value_error(format!(
                            "not enough values to unpack (expected {n}, got {i})"
                        )),
                        Some(a) => self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {i})",
                            n + a
                        )),
                    })
                }
            }
        }
        match after {
            None => {
                if self.next(&it)?.is_some() {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {n})"))
                    );
                }
                Ok(items)
            }
            Some(a) => {
                let mut rest = Vec::new();
                while let Some(v) = self.next(&it)? {
                    rest.push(v);
                }
                if rest.len() < a {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n + a,
                        n + rest.len()
                    )));
                }
                let tail = rest.split_off(rest.len() - a);
                items.push(new_list(rest));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// Key/value pairs of a mapping (a dict, or anything with `keys()` and `[]`).
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if m.downcast::<DictData>().is_some()
            && (!m.ty().is_heap()
                || self
                    .lookup_special(m, "keys")
                    .is_none_or(|k| k.downcast::<BuiltinFunctionData>().is_some()))
        {
            return Ok(dictops::items(m));
        }
        let keys = self.call_method(m, "keys", &[])?;
        let keys = self.collect_iterable(&keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }
}
