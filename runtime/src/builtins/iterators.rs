//! `next()` of the builtin iterator objects.

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

pub fn next_builtin(vm: &mut Vm, d: &IterData) -> PyResult<Option<Value>> {
    let kind = d.kind();
    match kind {
        IterKind::Seq { seq, index } => {
            let i = *index;
            let r = if let Some(l) = seq.downcast::<ListData>() {
                l.vec().get(i).cloned()
            } else if let Some(t) = tuple_items(seq) {
                t.get(i).cloned()
            } else if let Some(s) = seq.downcast::<StrData>() {
                if s.is_ascii() {
                    s.s.get(i..i + 1).map(new_str)
                } else {
                    // Index is a byte offset for non-ASCII strings.
                    s.s.get(i..).and_then(|rest| rest.chars().next()).map(|c| {
                        *index += c.len_utf8() - 1;
                        let mut b = [0u8; 4];
                        new_str(c.encode_utf8(&mut b))
                    })
                }
            } else if let Some(b) = crate::builtins::bytes::bytes_of(seq) {
                b.get(i).map(|x| Value::small_int(*x as i64))
            } else {
                None
            };
            match r {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                None => {
                    *kind = IterKind::Exhausted;
                    Ok(None)
                }
            }
        }
        IterKind::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next += *step;
                Ok(Some(new_int(v)))
            } else {
                Ok(None)
            }
        }
        IterKind::BigRange { next, stop, step } => {
            let (n, s, st) = (next.clone(), stop.clone(), step.clone());
            let gt = vm.compare(&st, &Value::small_int(0), crate::bytecode::CompareOp::Gt)?;
            let pos = vm.truthy(&gt)?;
            let cont = vm.compare(
                &n,
                &s,
                if pos {
                    crate::bytecode::CompareOp::Lt
                } else {
                    crate::bytecode::CompareOp::Gt
                },
            )?;
            if vm.truthy(&cont)? {
                let nn = vm.binary_op(crate::vm::ops::BinOp::Add, &n, &st)?;
                if let IterKind::BigRange { next, .. } = d.kind() {
                    *next = nn;
                }
                Ok(Some(n))
            } else {
                Ok(None)
            }
        }
        IterKind::DictKeys { dict, pos, len }
        | IterKind::DictValues { dict, pos, len }
        | IterKind::DictItems { dict, pos, len } => {
            let which = match d.kind() {
                IterKind::DictKeys { .. } => 0,
                IterKind::DictValues { .. } => 1,
                _ => 2,
            };
            let dd = dict.downcast::<DictData>().expect("dict");
            let t = dd.table();
            if t.len() != *len {
                *len = usize::MAX;
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            match t.next_at(*pos) {
                Some(p) => {
                    *pos = p + 1;
                    let e = &t.entries[p];
                    Ok(Some(match which {
                        0 => e.key.clone(),
                        1 => e.value.clone(),
                        _ => new_tuple(vec![e.key.clone(), e.value.clone()]),
                    }))
                }
                None => Ok(None),
            }
        }
        IterKind::Set { set, pos, len } => {
            let t = set.as_set().expect("set").table();
            if t.len() != *len {
                *len = usize::MAX;
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            match t.next_at(*pos) {
                Some(p) => {
                    *pos = p + 1;
                    Ok(Some(t.slots[p].key.clone()))
                }
                None => Ok(None),
            }
        }
        IterKind::Reversed { seq, index } => {
            if *index < 0 {
                return Ok(None);
            }
            let i = *index as usize;
            *index -= 1;
            let s = seq.clone();
            let n = vm.len(&s)?;
            if i >= n {
                *index = -1;
                return Ok(None);
            }
            vm.getitem(&s, &new_int(i as i64)).map(Some)
        }
        IterKind::Enumerate { it, count } => {
            let (it, c) = (it.clone(), count.clone());
            match vm.next(&it)? {
                Some(v) => {
                    let nc = vm.binary_op(crate::vm::ops::BinOp::Add, &c, &Value::small_int(1))?;
                    if let IterKind::Enumerate { count, .. } = d.kind() {
                        *count = nc;
                    }
                    Ok(Some(new_tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterKind::Zip { its } => {
            let its = its.clone();
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        *d.kind() = IterKind::Exhausted;
                        return Ok(None);
                    }
                }
            }
            Ok(Some(new_tuple(out)))
        }
        IterKind::Map { func, its } => {
            let (f, its) = (func.clone(), its.clone());
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&f, &args, &[]).map(Some)
        }
        IterKind::Filter { func, it } => {
            let (f, it) = (func.clone(), it.clone());
            while let Some(v) = vm.next(&it)? {
                let keep = if f.is_none() {
                    vm.truthy(&v)?
                } else {
                    let r = vm.call(&f, std::slice::from_ref(&v), &[])?;
                    vm.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterKind::Callable { func, sentinel } => {
            let (f, s) = (func.clone(), sentinel.clone());
            let v = vm.call(&f, &[], &[])?;
            if vm.eq_bool(&v, &s)? {
                *d.kind() = IterKind::Exhausted;
                Ok(None)
            } else {
                Ok(Some(v))
            }
        }
        IterKind::GetItem { obj, index } => {
            let (o, i) = (obj.clone(), *index);
            match vm.getitem(&o, &new_int(i)) {
                Ok(v) => {
                    if let IterKind::GetItem { index, .. } = d.kind() {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if e.is_instance(&crate::builtins::exc::INDEX_ERROR)
                        || e.is_instance(&crate::builtins::exc::STOP_ITERATION) =>
                {
                    *d.kind() = IterKind::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterKind::Exhausted => Ok(None),
    }
}
