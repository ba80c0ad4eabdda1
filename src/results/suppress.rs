//! Suppression (DESIGN.md rule 6), the one place that decides which counts may be shown: none
//! before a survey has `report_threshold` responses; no count below the threshold (zero may
//! be shown); and where a total is shown and exactly one cell of its row is hidden, the next
//! smallest is hidden too, so the hidden one cannot be worked out by subtraction.

/// A single count as it may be shown: None is "fewer than the threshold".
pub fn cell(n: u64, threshold: u64) -> Option<u64> {
    (n == 0 || n >= threshold).then_some(n)
}

/// A row of counts under a shown total. Hides every count below the threshold and, if that
/// hides exactly one, the smallest of the others too.
pub fn row(counts: &[u64], threshold: u64) -> Vec<Option<u64>> {
    let mut shown: Vec<Option<u64>> = counts.iter().map(|n| cell(*n, threshold)).collect();
    if shown.iter().filter(|c| c.is_none()).count() == 1 {
        let next_smallest = shown.iter().enumerate().filter_map(|(i, c)| c.map(|n| (n, i))).min();
        if let Some((_, i)) = next_smallest {
            shown[i] = None;
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_the_threshold_is_hidden_and_zero_is_shown() {
        assert_eq!(cell(0, 5), Some(0));
        assert_eq!(cell(4, 5), None);
        assert_eq!(cell(5, 5), Some(5));
    }

    #[test]
    fn one_hidden_cell_takes_the_next_smallest_with_it() {
        assert_eq!(row(&[12, 3, 9, 20], 5), [Some(12), None, None, Some(20)]);
        // Zero is the next smallest: hiding it keeps the 3 from being worked out.
        assert_eq!(row(&[12, 3, 0, 20], 5), [Some(12), None, None, Some(20)]);
        // Two hidden already: nothing can be worked out from the total.
        assert_eq!(row(&[12, 3, 2, 20], 5), [Some(12), None, None, Some(20)]);
        assert_eq!(row(&[12, 30, 7], 5), [Some(12), Some(30), Some(7)]);
        // Ties: one of the smallest goes.
        assert_eq!(row(&[1, 8, 8], 5).iter().filter(|c| c.is_none()).count(), 2);
    }

    #[test]
    fn a_row_never_has_exactly_one_hidden_cell() {
        for a in 0..8 {
            for b in 0..8 {
                for c in 0..8 {
                    let shown = row(&[a, b, c], 5);
                    assert_ne!(shown.iter().filter(|x| x.is_none()).count(), 1, "{a} {b} {c}: {shown:?}");
                    assert!(shown.iter().flatten().all(|n| *n == 0 || *n >= 5));
                }
            }
        }
    }
}
