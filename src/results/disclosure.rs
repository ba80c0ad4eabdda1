//! Disclosure control (DESIGN.md rule 6): which counts may be shown so that no count below a
//! survey's threshold can be read, or worked out from everything one audience sees together.
//!
//! The method is complementary cell suppression in the style of tau-Argus's hypercube method,
//! on tables whose margins are all shown (see the README, "Results"):
//!
//! - **A line** (a question's answers under its "answered" total, a breakdown's group sizes,
//!   the themes) hides every count from 1 to threshold − 1 (primary suppression). A line that
//!   hides anything hides at least two counts, adding the smallest others, until the hidden
//!   ones together come to at least the threshold: neither one of them nor their sum (which
//!   the total gives away) can be worked out or is small.
//! - **Small groups and hidden answers are pooled** by the caller: a breakdown's groups that
//!   its sizes line hides become one row, and the answers the everyone row hides one column,
//!   so every table shares only shown margins with the others and can be protected alone.
//! - **A table** ([`grid`]) keeps the line rule in every row and column, and every hidden cell
//!   lies on a cycle of hidden cells along which it can move by one while every shown figure
//!   stays the same (checked exactly, by search), so no hidden cell is ever determined.
//!   Cells the caller names (a pooled row whose children all gave one answer: attribute
//!   disclosure) are hidden first.
//!
//! No HTTP, no SQL, no survey model: counts in, which to hide out.

/// Whether `n` must be hidden on its own: from 1 to threshold − 1. Zero may be shown.
pub fn small(n: u64, threshold: u64) -> bool {
    n > 0 && n < threshold
}

/// Which counts of a line under a shown total to hide (true: hidden).
pub fn line(values: &[u64], threshold: u64) -> Vec<bool> {
    line_with(values, threshold, &vec![false; values.len()])
}

/// The same, hiding the counts `also` names whatever their size (those another table hides).
pub fn line_with(values: &[u64], threshold: u64, also: &[bool]) -> Vec<bool> {
    let mut hidden: Vec<bool> = values.iter().zip(also).map(|(n, also)| *also || small(*n, threshold)).collect();
    complete_line(values, &mut hidden, threshold, |_| false);
    hidden
}

/// Whether one choice of a question that takes several answers must be hidden: it, and the
/// number who answered without choosing it, are each a count that must not be small.
pub fn choice(chose: u64, answered: u64, threshold: u64) -> bool {
    small(chose, threshold) || small(answered.saturating_sub(chose), threshold)
}

/// The counts of a question that takes several answers, under its answered count: everyone
/// who answered chose at least one, so the counts come to at least that. Where only one count
/// is unknown (hidden here, or among `unseen` others not shown at all) and the shown ones come
/// to less than the answered count, that would bound it: another count is hidden, a non-zero
/// one first, the smallest. True if it hid any.
pub fn complete_choices(values: &[u64], answered: u64, unseen: usize, hidden: &mut [bool]) -> bool {
    let unknown = hidden.iter().filter(|h| **h).count() + unseen;
    let shown: u64 = values.iter().zip(hidden.iter()).filter(|(_, h)| !**h).map(|(v, _)| v).sum();
    if unknown != 1 || shown >= answered {
        return false;
    }
    let next = (0..values.len()).filter(|i| !hidden[*i]).min_by_key(|i| (values[*i] == 0, values[*i], *i));
    next.inspect(|i| hidden[*i] = true).is_some()
}

/// Hides more of one line until it hides nothing, or at least two counts that together come
/// to at least the threshold: non-zero counts before zeros (which only make up the number),
/// those `preferred` first (whose other line already hides some, so a cycle closes sooner),
/// then the smallest.
/// True if it hid anything.
fn complete_line(values: &[u64], hidden: &mut [bool], threshold: u64, preferred: impl Fn(usize) -> bool) -> bool {
    let mut changed = false;
    loop {
        let count = hidden.iter().filter(|h| **h).count();
        let sum: u64 = values.iter().zip(hidden.iter()).filter(|(_, h)| **h).map(|(v, _)| v).sum();
        if count == 0 || (count >= 2 && sum >= threshold) {
            return changed;
        }
        let next = (0..values.len())
            .filter(|i| !hidden[*i])
            .filter(|i| values[*i] > 0 || sum >= threshold)
            .min_by_key(|i| (values[*i] == 0, !preferred(*i), values[*i], *i));
        match next {
            Some(i) => {
                hidden[i] = true;
                changed = true;
            }
            None => return changed,
        }
    }
}

/// Which cells of a table to hide, where every row's and column's total is shown (and each
/// row is the sum of its cells). `extra` names cells to hide whatever their size.
pub fn grid(cells: &[Vec<u64>], threshold: u64, extra: &[(usize, usize)]) -> Vec<Vec<bool>> {
    let columns = cells.first().map_or(0, Vec::len);
    let mut hidden = vec![vec![false; columns]; cells.len()];
    // Rows and columns with nothing in them are zeros everyone can see from their totals.
    let rows: Vec<usize> = (0..cells.len()).filter(|r| cells[*r].iter().any(|n| *n > 0)).collect();
    let cols: Vec<usize> = (0..columns).filter(|c| cells.iter().any(|row| row[*c] > 0)).collect();
    if rows.len() < 2 || cols.len() < 2 {
        // Each cell is its row's or column's shown total.
        return hidden;
    }
    let live = Table { x: rows.iter().map(|r| cols.iter().map(|c| cells[*r][*c]).collect()).collect() };
    let mut h: Vec<Vec<bool>> = live.x.iter().map(|row| row.iter().map(|n| small(*n, threshold)).collect()).collect();
    for (r, c) in extra {
        if let (Some(r), Some(c)) = (rows.iter().position(|x| x == r), cols.iter().position(|x| x == c)) {
            h[r][c] = true;
        }
    }
    live.protect(&mut h, threshold);
    for (i, r) in rows.iter().enumerate() {
        for (j, c) in cols.iter().enumerate() {
            hidden[*r][*c] = h[i][j];
        }
    }
    hidden
}

/// A table of at least two rows and two columns, none of them empty.
struct Table {
    x: Vec<Vec<u64>>,
}

impl Table {
    fn rows(&self) -> usize {
        self.x.len()
    }

    fn cols(&self) -> usize {
        self.x[0].len()
    }

    /// Adds hidden cells until every line keeps the line rule and every hidden cell can move.
    fn protect(&self, h: &mut [Vec<bool>], threshold: u64) {
        loop {
            if self.complete_lines(h, threshold) {
                continue;
            }
            let stuck = (0..self.rows())
                .flat_map(|r| (0..self.cols()).map(move |c| (r, c)))
                .find(|(r, c)| h[*r][*c] && !self.movable(h, *r, *c));
            match stuck {
                Some((r, c)) => self.hide_rectangle(h, r, c),
                None => return,
            }
        }
    }

    /// The line rule in every row and column; true if it hid anything.
    fn complete_lines(&self, h: &mut [Vec<bool>], threshold: u64) -> bool {
        let mut changed = false;
        for r in 0..self.rows() {
            let col_hides: Vec<bool> = (0..self.cols()).map(|c| (0..self.rows()).any(|o| o != r && h[o][c])).collect();
            changed |= complete_line(&self.x[r], &mut h[r], threshold, |c| col_hides[c]);
        }
        for c in 0..self.cols() {
            let values: Vec<u64> = (0..self.rows()).map(|r| self.x[r][c]).collect();
            let mut column: Vec<bool> = (0..self.rows()).map(|r| h[r][c]).collect();
            let row_hides: Vec<bool> = (0..self.rows()).map(|r| (0..self.cols()).any(|o| o != c && h[r][o])).collect();
            if complete_line(&values, &mut column, threshold, |r| row_hides[r]) {
                changed = true;
                for (r, hide) in column.into_iter().enumerate() {
                    h[r][c] = hide;
                }
            }
        }
        changed
    }

    /// Whether the hidden cell (r, c) can go down or up by one, hidden cells around a cycle
    /// moving with it, every shown figure the same and no cell below zero.
    fn movable(&self, h: &[Vec<bool>], r: usize, c: usize) -> bool {
        (self.x[r][c] > 0 && self.cycle(h, r, c, true)) || self.cycle(h, r, c, false)
    }

    /// A search for such a cycle. With `down`, (r, c) loses one: its row must gain one in
    /// another hidden cell, whose column must lose one elsewhere (a cell above zero), whose row
    /// must gain one… until a row can gain it back in column c. Without, the signs swap.
    fn cycle(&self, h: &[Vec<bool>], r: usize, c: usize, down: bool) -> bool {
        let mut visited = vec![false; self.rows()];
        visited[r] = true;
        let mut rows = vec![r];
        while let Some(row) = rows.pop() {
            for across in (0..self.cols()).filter(|j| *j != c && h[row][*j]) {
                if !down && self.x[row][across] == 0 {
                    continue;
                }
                for next in 0..self.rows() {
                    if visited[next] || !h[next][across] || (down && self.x[next][across] == 0) {
                        continue;
                    }
                    if h[next][c] && (down || self.x[next][c] > 0) {
                        return true;
                    }
                    visited[next] = true;
                    rows.push(next);
                }
            }
        }
        false
    }

    /// Hides the three cells that make (r, c) the corner of a movable rectangle, choosing the
    /// rectangle that hides the least; everything if there is none.
    fn hide_rectangle(&self, h: &mut [Vec<bool>], r: usize, c: usize) {
        let x = &self.x;
        let cost = |h: &[Vec<bool>], cells: [(usize, usize); 3]| -> u64 {
            cells.iter().filter(|(i, j)| !h[*i][*j]).map(|(i, j)| x[*i][*j] + 1).sum()
        };
        let best = (0..self.rows())
            .filter(|o| *o != r)
            .flat_map(|o| (0..self.cols()).filter(move |j| *j != c).map(move |j| (o, j)))
            .filter(|(o, j)| (x[r][c] > 0 && x[*o][*j] > 0) || (x[r][*j] > 0 && x[*o][c] > 0))
            .min_by_key(|(o, j)| (cost(h, [(r, *j), (*o, c), (*o, *j)]), *o, *j));
        match best {
            Some((o, j)) => {
                for (i, k) in [(r, j), (o, c), (o, j)] {
                    h[i][k] = true;
                }
            }
            None => h.iter_mut().flatten().for_each(|cell| *cell = true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_hides_small_counts_and_enough_others_to_hide_their_sum() {
        assert_eq!(line(&[12, 30, 7], 5), [false, false, false]);
        // 3 alone would be the total minus the rest; 3 and 9 together make 12.
        assert_eq!(line(&[12, 3, 9, 20], 5), [false, true, true, false]);
        // 2 and 1 hide, but together they make 3: the next smallest, 6, goes too.
        assert_eq!(line(&[2, 1, 6, 20], 5), [true, true, true, false]);
        // Zeros are shown, and never taken to make up a sum.
        assert_eq!(line(&[12, 3, 0, 20], 5), [true, true, false, false]);
        assert_eq!(line(&[0, 0, 0], 5), [false, false, false]);
    }

    #[test]
    fn every_line_hides_nothing_or_two_that_come_to_the_threshold() {
        for a in 0..9 {
            for b in 0..9 {
                for c in 0..9 {
                    let values = [a, b, c];
                    if values.iter().sum::<u64>() < 5 {
                        continue;
                    }
                    let hidden = line(&values, 5);
                    let count = hidden.iter().filter(|h| **h).count();
                    let sum: u64 = values.iter().zip(&hidden).filter(|(_, h)| **h).map(|(v, _)| v).sum();
                    assert!(count == 0 || (count >= 2 && sum >= 5), "{values:?}: {hidden:?}");
                    assert!(values.iter().zip(&hidden).all(|(v, h)| *h || !small(*v, 5)), "{values:?}");
                }
            }
        }
    }

    #[test]
    fn a_choice_hides_when_few_chose_it_or_few_did_not() {
        assert!(!choice(0, 20, 5) && !choice(20, 20, 5) && !choice(8, 20, 5));
        assert!(choice(3, 20, 5) && choice(17, 20, 5));
    }

    #[test]
    fn one_hidden_choice_is_not_left_to_be_worked_out_from_the_answered_count() {
        // 10 answered: 0 chose the first, so the hidden 10 is what the rest must come to.
        let mut hidden = [false, true];
        assert!(complete_choices(&[0, 10], 10, 0, &mut hidden));
        assert_eq!(hidden, [true, true]);
        // The shown ones already cover everyone who answered: nothing to work out.
        let mut hidden = [false, true, false];
        assert!(!complete_choices(&[12, 3, 9], 15, 0, &mut hidden));
        // Another answer not shown at all leaves room.
        let mut hidden = [false, true];
        assert!(!complete_choices(&[0, 10], 10, 1, &mut hidden));
    }

    /// Every hidden cell moves along a cycle: the table's shown figures allow two values.
    fn assert_protected(cells: &[Vec<u64>], hidden: &[Vec<bool>]) {
        let table = Table { x: cells.to_vec() };
        for r in 0..cells.len() {
            for c in 0..cells[0].len() {
                if hidden[r][c] {
                    assert!(table.movable(hidden, r, c), "({r}, {c}) is determined in {cells:?} / {hidden:?}");
                }
            }
        }
    }

    #[test]
    fn a_table_hides_a_rectangle_around_a_small_cell() {
        let cells = vec![vec![20, 10, 8], vec![15, 3, 12], vec![9, 9, 9]];
        let hidden = grid(&cells, 5, &[]);
        assert!(hidden[1][1], "3 is small");
        assert_eq!(hidden.iter().flatten().filter(|h| **h).count(), 4, "{hidden:?}");
        assert_protected(&cells, &hidden);
    }

    #[test]
    fn a_cell_named_by_the_caller_is_hidden_with_what_protects_it() {
        // The last row gave one answer only; its zero is hidden so that cannot be read.
        let cells = vec![vec![8, 7], vec![6, 9], vec![5, 0]];
        let hidden = grid(&cells, 5, &[(2, 0), (2, 1)]);
        assert!(hidden[2][0] && hidden[2][1]);
        assert_protected(&cells, &hidden);
    }

    #[test]
    fn small_tables_are_always_protected() {
        // Every 3 × 3 table with cells 0, 1, 3 or 12.
        let values = [0u64, 1, 3, 12];
        for n in 0..values.len().pow(9) {
            let mut k = n;
            let cells: Vec<Vec<u64>> = (0..3)
                .map(|_| {
                    (0..3)
                        .map(|_| {
                            let v = values[k % values.len()];
                            k /= values.len();
                            v
                        })
                        .collect()
                })
                .collect();
            let row_ok = cells.iter().all(|row| row.iter().sum::<u64>() >= 5 || row.iter().sum::<u64>() == 0);
            let col_ok = (0..3).all(|c| {
                let s: u64 = cells.iter().map(|row| row[c]).sum();
                s >= 5 || s == 0
            });
            if !(row_ok && col_ok) {
                continue;
            }
            let hidden = grid(&cells, 5, &[]);
            for (r, row) in cells.iter().enumerate() {
                for (c, v) in row.iter().enumerate() {
                    assert!(hidden[r][c] || !small(*v, 5), "{cells:?}");
                }
            }
            assert_protected(&cells, &hidden);
        }
    }
}
