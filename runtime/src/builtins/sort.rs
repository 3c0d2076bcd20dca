//! A stable merge sort in the shape of CPython's list sort (natural runs,
//! binary insertion sort below `minrun`, merges keeping the run-stack
//! invariants), using only `<` and propagating comparison errors.
//!
//! Following CPython's run detection and insertion sort matters beyond
//! speed: programs that print inside `__lt__` observe the comparison order,
//! and for short lists (below 64 elements) this order is CPython's.

use crate::vm::PyResult;

/// Sorts `v` stably with `lt(a, b)` meaning `a < b`.
pub fn sort<T: Clone>(v: &mut [T], lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = compute_minrun(n);
    let mut runs: Vec<(usize, usize)> = Vec::new(); // (start, len)
    let mut lo = 0;
    while lo < n {
        let (mut run, descending) = count_run(&v[lo..], lt)?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = minrun.min(n - lo);
            binary_insertion(&mut v[lo..lo + force], run, lt)?;
            run = force;
        }
        runs.push((lo, run));
        merge_collapse(v, &mut runs, lt)?;
        lo += run;
    }
    while runs.len() > 1 {
        let i = runs.len() - 2;
        let at = if i > 0 && runs[i - 1].1 < runs[i + 1].1 {
            i - 1
        } else {
            i
        };
        merge_at(v, &mut runs, at, lt)?;
    }
    Ok(())
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Length of the run at the start of `v` and whether it is strictly descending.
fn count_run<T>(v: &[T], lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>) -> PyResult<(usize, bool)> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(&v[1], &v[0])? {
        while n < v.len() && lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < v.len() && !lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// Sorts `v` given that `v[..start]` is already sorted.
fn binary_insertion<T: Clone>(
    v: &mut [T],
    start: usize,
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    for i in start.max(1)..v.len() {
        let pivot = v[i].clone();
        let (mut l, mut r) = (0, i);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(&pivot, &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=i].rotate_right(1);
    }
    Ok(())
}

fn merge_collapse<T: Clone>(
    v: &mut [T],
    runs: &mut Vec<(usize, usize)>,
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    while runs.len() > 1 {
        let mut n = runs.len() - 2;
        let len = |k: usize, runs: &Vec<(usize, usize)>| runs[k].1;
        if (n > 0 && len(n - 1, runs) <= len(n, runs) + len(n + 1, runs))
            || (n > 1 && len(n - 2, runs) <= len(n - 1, runs) + len(n, runs))
        {
            if len(n - 1, runs) < len(n + 1, runs) {
                n -= 1;
            }
        } else if len(n, runs) > len(n + 1, runs) {
            break;
        }
        merge_at(v, runs, n, lt)?;
    }
    Ok(())
}

/// Merges runs `i` and `i + 1`.
fn merge_at<T: Clone>(
    v: &mut [T],
    runs: &mut Vec<(usize, usize)>,
    i: usize,
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let (a_start, a_len) = runs[i];
    let (_, b_len) = runs[i + 1];
    runs[i] = (a_start, a_len + b_len);
    runs.remove(i + 1);
    let a: Vec<T> = v[a_start..a_start + a_len].to_vec();
    let b: Vec<T> = v[a_start + a_len..a_start + a_len + b_len].to_vec();
    let (mut x, mut y, mut k) = (0, 0, a_start);
    while x < a.len() && y < b.len() {
        // Take from b only when strictly smaller: keeps the sort stable.
        if lt(&b[y], &a[x])? {
            v[k] = b[y].clone();
            y += 1;
        } else {
            v[k] = a[x].clone();
            x += 1;
        }
        k += 1;
    }
    for item in &a[x..] {
        v[k] = item.clone();
        k += 1;
    }
    for item in &b[y..] {
        v[k] = item.clone();
        k += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xorshift(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    #[test]
    fn sorts_like_std_and_is_stable() {
        let mut seed = 0x9e3779b97f4a7c15u64;
        for n in [0usize, 1, 2, 3, 10, 63, 64, 65, 200, 1000, 5000] {
            let mut v: Vec<(u64, usize)> = (0..n).map(|i| (xorshift(&mut seed) % 50, i)).collect();
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            sort(&mut v, &mut |a, b| Ok(a.0 < b.0)).unwrap();
            assert_eq!(v, expected, "n = {n}");
        }
    }

    #[test]
    fn descending_runs_are_reversed() {
        let mut v: Vec<i32> = (0..100).rev().collect();
        sort(&mut v, &mut |a, b| Ok(a < b)).unwrap();
        assert_eq!(v, (0..100).collect::<Vec<_>>());
    }
}
