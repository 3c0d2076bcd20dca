//! Object-model tests: reference counts, deallocation, no leaks.

use super::*;
use crate::compile::Mode;
use crate::vm::convert::*;
use crate::Vm;

/// Runs `f` on a big-stack thread (one VM at a time, as in the binary).
fn with_vm(f: impl FnOnce(&mut Vm) + Send + 'static) {
    static ONE: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _g = ONE.lock().unwrap_or_else(|e| e.into_inner());
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut vm = Vm::new();
            vm.streams.out = Box::new(std::io::sink());
            f(&mut vm);
        })
        .expect("spawn")
        .join()
        .expect("no panic");
}

#[test]
fn small_ints_are_inline_and_big_ones_are_not() {
    assert!(new_int(42).is_small_int());
    assert!(new_int(SMALL_MAX).is_small_int());
    assert!(!new_int(i64::MAX).is_small_int());
    assert_eq!(new_int(-7).as_small_int(), Some(-7));
    // A bignum that fits is normalized back to the inline form.
    assert!(new_bigint(num_bigint::BigInt::from(5)).is_small_int());
}

#[test]
fn clone_and_drop_move_the_count_and_free_at_zero() {
    let before = live_objects();
    let l = new_list(vec![new_str("a"), new_float(1.5)]);
    assert_eq!(l.refcount(), 1);
    let l2 = l.clone();
    assert_eq!(l.refcount(), 2);
    drop(l2);
    assert_eq!(l.refcount(), 1);
    assert_eq!(live_objects(), before + 3);
    drop(l);
    assert_eq!(live_objects(), before, "the list and its items are freed");
}

#[test]
fn freeing_a_long_chain_does_not_recurse() {
    let before = live_objects();
    let mut head = Value::none();
    for _ in 0..1_000_000 {
        head = new_list(vec![head]);
    }
    drop(head);
    assert_eq!(live_objects(), before);
}

#[test]
fn loops_do_not_leak() {
    with_vm(|vm| {
        let g = vm.init_main(None);
        let warm = "def f(n):\n    out = []\n    for i in range(n):\n        d = {i: (i, str(i), [i] * 3)}\n        out.append(d)\n    return len(out)\nclass P:\n    def __init__(self, x):\n        self.x = x\n    def m(self):\n        return self.x + 1\n";
        vm.exec_source(warm, "<t>", Mode::Exec, &g)
            .expect("defines");
        let body = "total = 0\nfor i in range(2000):\n    total += f(5) + P(i).m()\n    try:\n        raise ValueError(i)\n    except ValueError as e:\n        msg = str(e)\ndel total, msg, i\n";
        vm.exec_source(body, "<t>", Mode::Exec, &g).expect("runs");
        let after_first = live_objects();
        vm.exec_source(body, "<t>", Mode::Exec, &g)
            .expect("runs again");
        let after_second = live_objects();
        // A second identical run allocates nothing that stays alive (a few
        // objects of slack for compiled code and caches).
        assert!(
            after_second - after_first < 40,
            "leaked {} objects",
            after_second - after_first
        );
    });
}

#[test]
fn dict_keeps_insertion_order_through_deletes_and_growth() {
    with_vm(|vm| {
        let d = new_dict();
        for i in 0..100 {
            crate::vm::dictops::set(vm, &d, new_int(i), new_int(i * i)).expect("set");
        }
        for i in (0..100).step_by(3) {
            crate::vm::dictops::remove(vm, &d, &new_int(i)).expect("remove");
        }
        let keys: Vec<i64> = crate::vm::dictops::items(&d)
            .iter()
            .map(|(k, _)| k.as_small_int().expect("int"))
            .collect();
        let expected: Vec<i64> = (0..100).filter(|i| i % 3 != 0).collect();
        assert_eq!(keys, expected);
    });
}
