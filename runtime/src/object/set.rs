//! The set table. It follows CPython's probing and growth policy (linear
//! probes of 9 slots, then a perturbed jump; grow 4x below 50 000 elements)
//! so that iteration order — visible in `print({3, 1, 2})` — matches.

use super::Value;

const LINEAR_PROBES: usize = 9;
const MIN_SIZE: usize = 8;
/// Hash of a deleted slot ("dummy"), as CPython marks it.
const DUMMY_HASH: i64 = -1;

pub struct SetEntry {
    pub hash: i64,
    /// NULL when empty or deleted.
    pub key: Value,
}

pub struct SetTable {
    pub slots: Vec<SetEntry>,
    fill: usize,
    used: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a key was found or can be inserted.
pub enum Found {
    Active(usize),
    /// Not present: insert at this slot (`true` if it is a reused dummy).
    Vacant(usize, bool),
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: (0..MIN_SIZE)
                .map(|_| SetEntry {
                    hash: 0,
                    key: Value::NULL,
                })
                .collect(),
            fill: 0,
            used: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The probe order for `hash`: calls `visit(slot)` until it returns
    /// `Some`. Every visited slot is either empty (key NULL, hash 0), a dummy,
    /// or active.
    pub fn probe<R>(&self, hash: i64, mut visit: impl FnMut(usize) -> Option<R>) -> R {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if let Some(r) = visit(i) {
                return r;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if let Some(r) = visit(i + j) {
                        return r;
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Whether slot `i` is never-used empty.
    #[inline]
    pub fn is_empty_slot(&self, i: usize) -> bool {
        self.slots[i].key.is_null() && self.slots[i].hash != DUMMY_HASH
    }

    #[inline]
    pub fn is_dummy_slot(&self, i: usize) -> bool {
        self.slots[i].key.is_null() && self.slots[i].hash == DUMMY_HASH
    }

    /// Finds with a pure equality (no Python code).
    pub fn find_with(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Found {
        let mut freeslot: Option<usize> = None;
        self.probe(hash, |i| {
            let e = &self.slots[i];
            if e.key.is_null() {
                if e.hash == DUMMY_HASH {
                    freeslot.get_or_insert(i);
                    return None;
                }
                return Some(match freeslot {
                    Some(f) => Found::Vacant(f, true),
                    None => Found::Vacant(i, false),
                });
            }
            if e.hash == hash && eq(&e.key) {
                return Some(Found::Active(i));
            }
            None
        })
    }

    /// Inserts at a vacant slot found by a lookup; may resize.
    pub fn insert_at(&mut self, slot: usize, reused_dummy: bool, hash: i64, key: Value) {
        self.slots[slot] = SetEntry { hash, key };
        self.used += 1;
        if !reused_dummy {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let target = if self.used > 50_000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(target);
            }
        }
    }

    pub fn remove_at(&mut self, slot: usize) -> Value {
        let k = self.slots[slot].key.take();
        self.slots[slot].hash = DUMMY_HASH;
        self.used -= 1;
        k
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(
            &mut self.slots,
            (0..size)
                .map(|_| SetEntry {
                    hash: 0,
                    key: Value::NULL,
                })
                .collect(),
        );
        self.fill = 0;
        self.used = 0;
        for e in old {
            if !e.key.is_null() {
                let slot = self.probe(e.hash, |i| {
                    if self.slots[i].key.is_null() {
                        Some(i)
                    } else {
                        None
                    }
                });
                self.slots[slot] = SetEntry {
                    hash: e.hash,
                    key: e.key,
                };
                self.fill += 1;
                self.used += 1;
            }
        }
    }

    pub fn clear(&mut self) -> Vec<SetEntry> {
        let old = std::mem::take(self);
        old.slots
    }

    /// Active entries in table order.
    pub fn iter(&self) -> impl Iterator<Item = &SetEntry> {
        self.slots.iter().filter(|e| !e.key.is_null())
    }

    /// Next active slot at or after `pos`.
    pub fn next_at(&self, mut pos: usize) -> Option<usize> {
        while pos < self.slots.len() {
            if !self.slots[pos].key.is_null() {
                return Some(pos);
            }
            pos += 1;
        }
        None
    }

    /// Removes an arbitrary element (`set.pop`): the first active slot.
    pub fn pop_first(&mut self) -> Option<Value> {
        let i = self.next_at(0)?;
        Some(self.remove_at(i))
    }
}
