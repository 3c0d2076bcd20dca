//! The dict table: insertion-ordered entries plus a compact open-addressing
//! index. Key comparison may run Python code (`__eq__`), so lookups that need
//! it live in `vm::dictops`, which re-validates the table after each such
//! call; this module holds the pure table mechanics.

use std::cell::Cell;

use super::Value;

const EMPTY: i32 = -1;
const DELETED: i32 = -2;
const MIN_SIZE: usize = 8;

pub struct Entry {
    pub hash: i64,
    /// NULL when the entry was deleted.
    pub key: Value,
    pub value: Value,
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A fresh global version number (dict versions key inline caches).
pub fn next_version() -> u64 {
    NEXT_VERSION.with(|c| {
        let v = c.get();
        c.set(v + 1);
        v
    })
}

pub struct DictTable {
    indices: Vec<i32>,
    pub entries: Vec<Entry>,
    used: usize,
    /// Changes on every mutation (inline caches and iterators check it).
    pub version: u64,
    /// Changes when keys are added or removed or entries move (not when a
    /// value is replaced): an entry index cached under this version stays
    /// valid. Globally unique, so caches never confuse two dicts.
    pub keys_version: u64,
}

impl Default for DictTable {
    fn default() -> Self {
        Self::new()
    }
}

/// One step of a probe sequence over the index.
pub struct Probe {
    mask: usize,
    pub slot: usize,
    perturb: u64,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            mask,
            slot: (hash as u64 as usize) & mask,
            perturb: hash as u64,
        }
    }
    fn advance(&mut self) {
        self.perturb >>= 5;
        self.slot = (self
            .slot
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize))
            & self.mask;
    }
}

/// What a probe found at a slot.
pub enum Slot {
    Empty { slot: usize },
    Entry { slot: usize, index: usize },
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            version: next_version(),
            keys_version: next_version(),
        }
    }

    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::new();
        if n > 0 {
            let mut size = MIN_SIZE;
            while size * 2 < n * 3 {
                size *= 2;
            }
            t.indices = vec![EMPTY; size];
            t.entries.reserve(n);
        }
        t
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn touch(&mut self) {
        self.version = next_version();
    }

    fn touch_keys(&mut self) {
        self.version = next_version();
        self.keys_version = self.version;
    }

    /// Starts probing for `hash`; walk with [`DictTable::probe_next`].
    pub fn probe_start(&self, hash: i64) -> Option<Probe> {
        if self.indices.is_empty() {
            None
        } else {
            Some(Probe::new(hash, self.indices.len() - 1))
        }
    }

    /// The state of the probe's current slot; advances the probe.
    pub fn probe_next(&self, p: &mut Probe) -> Slot {
        loop {
            let slot = p.slot;
            let ix = self.indices[slot];
            p.advance();
            if ix == EMPTY {
                return Slot::Empty { slot };
            }
            if ix >= 0 {
                return Slot::Entry {
                    slot,
                    index: ix as usize,
                };
            }
        }
    }

    /// Lookup by identity or by a pure equality (no Python code): used for
    /// str keys and other builtin keys whose equality cannot run Python.
    #[inline]
    pub fn find_with(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let mut p = self.probe_start(hash)?;
        loop {
            match self.probe_next(&mut p) {
                Slot::Empty { .. } => return None,
                Slot::Entry { index, .. } => {
                    let e = &self.entries[index];
                    if e.hash == hash && eq(&e.key) {
                        return Some(index);
                    }
                }
            }
        }
    }

    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.grow();
        }
        let mask = self.indices.len() - 1;
        let mut p = Probe::new(hash, mask);
        loop {
            let ix = self.indices[p.slot];
            if ix < 0 {
                break;
            }
            p.advance();
        }
        self.indices[p.slot] = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.touch_keys();
    }

    /// Replaces the value of entry `index`, returning the old value.
    pub fn replace_value(&mut self, index: usize, value: Value) -> Value {
        self.touch();
        std::mem::replace(&mut self.entries[index].value, value)
    }

    /// Removes entry `index`, returning its key and value.
    pub fn remove_index(&mut self, index: usize) -> (Value, Value) {
        let hash = self.entries[index].hash;
        let mask = self.indices.len() - 1;
        let mut p = Probe::new(hash, mask);
        loop {
            if self.indices[p.slot] == index as i32 {
                self.indices[p.slot] = DELETED;
                break;
            }
            p.advance();
        }
        let e = &mut self.entries[index];
        let k = e.key.take();
        let v = e.value.take();
        self.used -= 1;
        self.touch_keys();
        if self.used == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|i| *i = EMPTY);
        }
        (k, v)
    }

    fn grow(&mut self) {
        // Compact deleted entries, then rebuild the index at a size that
        // leaves room to grow.
        if self.used != self.entries.len() {
            self.entries.retain(|e| !e.key.is_null());
        }
        let mut size = MIN_SIZE;
        while size * 2 <= (self.used + 1) * 3 {
            size *= 2;
        }
        if size < self.indices.len() && self.used * 3 > size {
            size = self.indices.len();
        }
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (i, e) in self.entries.iter().enumerate() {
            let mut p = Probe::new(e.hash, mask);
            while self.indices[p.slot] != EMPTY {
                p.advance();
            }
            self.indices[p.slot] = i as i32;
        }
    }

    pub fn clear(&mut self) -> Vec<Entry> {
        self.indices.clear();
        self.used = 0;
        self.touch_keys();
        std::mem::take(&mut self.entries)
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The live entry at or after position `pos` (for iterators): returns
    /// the entry's position.
    pub fn next_at(&self, mut pos: usize) -> Option<usize> {
        while pos < self.entries.len() {
            if !self.entries[pos].key.is_null() {
                return Some(pos);
            }
            pos += 1;
        }
        None
    }

    /// Removes and returns the last inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let idx = (0..self.entries.len())
            .rev()
            .find(|&i| !self.entries[i].key.is_null())?;
        let r = self.remove_index(idx);
        // Trim trailing dead entries so repeated popitem stays O(1); no
        // index slot refers to them (removal marked their slots DELETED).
        while self.entries.last().is_some_and(|e| e.key.is_null()) {
            self.entries.pop();
        }
        Some(r)
    }
}
