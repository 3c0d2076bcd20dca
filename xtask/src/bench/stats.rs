//! The few statistics the report uses. Medians, not means: one run slowed by the machine's
//! other work must not move the result.

/// The middle value (the mean of the two middle ones for an even count).
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[middle]
    } else {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    })
}

pub fn min(values: &[f64]) -> Option<f64> {
    values.iter().copied().min_by(f64::total_cmp)
}

pub fn max(values: &[f64]) -> Option<f64> {
    values.iter().copied().max_by(f64::total_cmp)
}

/// How far apart the runs were: (max − min) / median, 0 for a single run.
pub fn spread(values: &[f64]) -> Option<f64> {
    let median = median(values)?;
    let range = max(values)? - min(values)?;
    (median > 0.0).then(|| range / median)
}

/// The geometric mean, the mean that suits ratios (a 2× and a 0.5× average to 1×). `None`
/// for no values or a value that is not positive.
pub fn geomean(values: &[f64]) -> Option<f64> {
    if values.is_empty() || values.iter().any(|&v| v <= 0.0 || !v.is_finite()) {
        return None;
    }
    let log_sum: f64 = values.iter().map(|v| v.ln()).sum();
    Some((log_sum / values.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0]), Some(3.0));
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn min_max_and_spread() {
        let times = [1.1, 0.9, 1.0];
        assert_eq!(min(&times), Some(0.9));
        assert_eq!(max(&times), Some(1.1));
        assert!(close(spread(&times).unwrap(), 0.2));
        assert_eq!(spread(&[2.0]), Some(0.0));
        assert_eq!(spread(&[]), None);
        assert_eq!(spread(&[0.0]), None);
    }

    #[test]
    fn geometric_means() {
        assert!(close(geomean(&[2.0, 0.5]).unwrap(), 1.0));
        assert!(close(geomean(&[2.0, 8.0]).unwrap(), 4.0));
        assert!(close(geomean(&[3.0]).unwrap(), 3.0));
        assert_eq!(geomean(&[]), None);
        assert_eq!(geomean(&[1.0, 0.0]), None);
    }
}
