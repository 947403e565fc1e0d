//! Keeping people from being recognised in the public report: the smallest
//! group it may show, and which counts of a table must be hidden.
//!
//! The rule, for a table of counts whose rows have published totals and
//! whose columns add up to a published total row (the predikat of each
//! perangkat daerah and of the whole government):
//!
//! 1. **primary**: a count of 1 up to `min − 1` people is hidden (a group
//!    below the minimum; 0 is shown: it is nobody);
//! 2. **complementary**: while a reader could still work out a hidden
//!    small count exactly — from the row and column totals, the counts
//!    shown and the fact that no count is negative — the smallest other
//!    count of its row or column is hidden as well (a non-zero one first:
//!    hiding a 0 in a line whose hidden counts add up to 0 protects
//!    nothing).
//!
//! What a reader can work out is found by narrowing each hidden count's
//! range through every row and column until nothing changes; a hidden
//! count whose range is one value is known.
//!
//! Every hidden count is shown with the same mark, [`HIDDEN`], whatever
//! its value: a mark that said "fewer than 10" would be false for a large
//! complementary count, and two different marks would tell a reader which
//! count is the small one.

/// The smallest group shown unless the setting or `--min-size` says
/// otherwise.
pub const DEFAULT_MIN_SIZE: u32 = 10;
/// Below this a "minimum" protects nobody: in a group of two each member
/// knows the other's result.
pub const MIN_SIZE_FLOOR: u32 = 3;
/// Above this nothing but the largest governments could be shown.
pub const MIN_SIZE_CEILING: u32 = 1000;
/// How a hidden count is written.
pub const HIDDEN: &str = "*";

/// Whether `n` may be the minimum group size.
pub fn valid_min_size(n: u32) -> bool {
    (MIN_SIZE_FLOOR..=MIN_SIZE_CEILING).contains(&n)
}

/// A count as published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Shown(u64),
    Hidden,
}

impl Cell {
    /// The count, or [`HIDDEN`].
    pub fn text(self) -> String {
        match self {
            Cell::Shown(n) => n.to_string(),
            Cell::Hidden => HIDDEN.to_string(),
        }
    }

    /// A single count with no total to subtract it from: hidden when it is
    /// a group of 1 up to `min − 1`.
    pub fn alone(n: u64, min: u64) -> Cell {
        if n > 0 && n < min {
            Cell::Hidden
        } else {
            Cell::Shown(n)
        }
    }
}

/// The body rows (each of the same width) and the total row (their
/// column sums) as published: see the module comment.
pub fn suppress(body: &[Vec<u64>], min: u64) -> (Vec<Vec<Cell>>, Vec<Cell>) {
    let table = Table::new(body);
    let primary = |n: u64| n > 0 && n < min;
    let mut hidden: Vec<Vec<bool>> = table
        .grid
        .iter()
        .map(|r| r.iter().map(|&n| primary(n)).collect())
        .collect();
    let mut unprotectable = Vec::new();
    loop {
        let (lo, hi) = table.bounds(&hidden);
        let known = table.positions().find(|&(r, c)| {
            primary(table.grid[r][c]) && lo[r][c] == hi[r][c] && !unprotectable.contains(&(r, c))
        });
        let Some((r, c)) = known else { break };
        let cover = table
            .rectangle(r, c, &hidden)
            .or_else(|| table.partner(r, c, &hidden));
        match cover {
            Some(cells) => cells.into_iter().for_each(|(i, j)| hidden[i][j] = true),
            // Every count of its row and column is hidden already.
            None => unprotectable.push((r, c)),
        }
    }
    let mut cells: Vec<Vec<Cell>> = table
        .grid
        .iter()
        .zip(&hidden)
        .map(|(r, h)| {
            r.iter()
                .zip(h)
                .map(|(&n, &h)| if h { Cell::Hidden } else { Cell::Shown(n) })
                .collect()
        })
        .collect();
    // One row is its own total.
    let total = match body.len() {
        1 => cells[0].clone(),
        _ => cells.pop().unwrap_or_default(),
    };
    (cells, total)
}

/// A count's place in the table: (row, column).
type Pos = (usize, usize);
/// What hiding some counts costs: the people hidden, then the counts.
type Cost = (u64, usize);

/// One equation a reader knows: the sum of `cells`, each times its sign,
/// is `sum`.
struct Line {
    cells: Vec<(usize, usize, i64)>,
    sum: i64,
}

/// The body rows and, last, the total row, with the equations that hold
/// between them: each row adds up to its (published) total, and each
/// column of the body adds up to the total row. A table of one row has
/// no total row: it would repeat the row.
struct Table {
    grid: Vec<Vec<u64>>,
    lines: Vec<Line>,
    /// The index of the total row, if any.
    total: Option<usize>,
}

impl Table {
    fn new(body: &[Vec<u64>]) -> Table {
        let width = body.first().map_or(0, Vec::len);
        let mut grid = body.to_vec();
        let total = (body.len() > 1).then(|| {
            grid.push(
                (0..width)
                    .map(|c| body.iter().map(|r| r[c]).sum())
                    .collect(),
            );
            grid.len() - 1
        });
        let mut lines: Vec<Line> = grid
            .iter()
            .enumerate()
            .map(|(r, row)| Line {
                cells: (0..width).map(|c| (r, c, 1)).collect(),
                sum: row.iter().sum::<u64>() as i64,
            })
            .collect();
        if let Some(t) = total {
            for c in 0..width {
                let mut cells: Vec<(usize, usize, i64)> = (0..t).map(|r| (r, c, 1)).collect();
                cells.push((t, c, -1));
                lines.push(Line { cells, sum: 0 });
            }
        }
        Table { grid, lines, total }
    }

    fn positions(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.grid
            .iter()
            .enumerate()
            .flat_map(|(r, row)| (0..row.len()).map(move |c| (r, c)))
    }

    /// What a reader can know of each count: shown ones exactly, hidden
    /// ones narrowed through every equation (never below 0) until nothing
    /// changes.
    fn bounds(&self, hidden: &[Vec<bool>]) -> (Vec<Vec<i64>>, Vec<Vec<i64>>) {
        let grand: i64 = self.grid.iter().map(|r| r.iter().sum::<u64>() as i64).sum();
        let mut lo: Vec<Vec<i64>> = self.grid.iter().map(|r| vec![0; r.len()]).collect();
        let mut hi = lo.clone();
        for (r, c) in self.positions() {
            let n = self.grid[r][c] as i64;
            (lo[r][c], hi[r][c]) = if hidden[r][c] { (0, grand) } else { (n, n) };
        }
        let mut changed = true;
        while changed {
            changed = false;
            for line in &self.lines {
                changed |= narrow(line, hidden, &mut lo, &mut hi);
            }
        }
        (lo, hi)
    }

    /// The cheapest rectangle of counts to hide with the known one at
    /// (r, c): its row, another row, its column and another column, so
    /// that the four corners can each move by one and every total stays
    /// the same. Cost: the people hidden, then the counts newly hidden.
    fn rectangle(&self, r: usize, c: usize, hidden: &[Vec<bool>]) -> Option<Vec<Pos>> {
        let width = self.grid[r].len();
        let mut best: Option<(Cost, Vec<Pos>)> = None;
        for r2 in (0..self.grid.len()).filter(|&i| i != r) {
            for c2 in (0..width).filter(|&j| j != c) {
                let corners = [(r, c2), (r2, c), (r2, c2)];
                if !self.can_shift(r, c, r2, c2) {
                    continue;
                }
                let new: Vec<Pos> = corners
                    .into_iter()
                    .filter(|&(i, j)| !hidden[i][j])
                    .collect();
                if new.is_empty() {
                    continue;
                }
                let cost = (new.iter().map(|&(i, j)| self.grid[i][j]).sum(), new.len());
                if best.as_ref().is_none_or(|(b, _)| cost < *b) {
                    best = Some((cost, new));
                }
            }
        }
        best.map(|(_, cells)| cells)
    }

    /// Whether the corners of the rectangle (r, c)–(r2, c2) can move by one
    /// (up or down) keeping every total and no count below 0.
    fn can_shift(&self, r: usize, c: usize, r2: usize, c2: usize) -> bool {
        // Rows are summed as they are; in a column the total row stands on
        // the other side of the equation, so it moves with the body.
        let across = if Some(r) == self.total || Some(r2) == self.total {
            1
        } else {
            -1
        };
        let corners = [(r, c, 1), (r, c2, -1), (r2, c, across), (r2, c2, -across)];
        [1, -1].into_iter().any(|delta| {
            corners
                .iter()
                .all(|&(i, j, sign)| self.grid[i][j] as i64 + sign * delta >= 0)
        })
    }

    /// The count to hide beside the known one at (r, c) when no rectangle
    /// does: the smallest shown in its row or column, a non-zero one first.
    fn partner(&self, r: usize, c: usize, hidden: &[Vec<bool>]) -> Option<Vec<Pos>> {
        let row = (0..self.grid[r].len()).map(|k| (r, k));
        let column = (0..self.grid.len()).map(|k| (k, c));
        row.chain(column)
            .filter(|&(i, j)| !hidden[i][j])
            .min_by_key(|&(i, j)| {
                let n = self.grid[i][j];
                (n == 0, n)
            })
            .map(|cell| vec![cell])
    }
}

/// Narrows the hidden counts of one equation from the ranges of the
/// others; whether any range changed.
fn narrow(line: &Line, hidden: &[Vec<bool>], lo: &mut [Vec<i64>], hi: &mut [Vec<i64>]) -> bool {
    // The range of sign × count of one member.
    let span = |r: usize, c: usize, sign: i64, lo: &[Vec<i64>], hi: &[Vec<i64>]| {
        if sign > 0 {
            (lo[r][c], hi[r][c])
        } else {
            (-hi[r][c], -lo[r][c])
        }
    };
    let mut changed = false;
    for &(r, c, sign) in &line.cells {
        if !hidden[r][c] {
            continue;
        }
        // The range of the other members together.
        let (rest_lo, rest_hi) = line
            .cells
            .iter()
            .filter(|&&(i, j, _)| (i, j) != (r, c))
            .map(|&(i, j, s)| span(i, j, s, lo, hi))
            .fold((0, 0), |(a, b), (x, y)| (a + x, b + y));
        // sign × count = sum − the others.
        let (a, b) = (line.sum - rest_hi, line.sum - rest_lo);
        let (new_lo, new_hi) = if sign > 0 { (a, b) } else { (-b, -a) };
        if new_lo > lo[r][c] {
            lo[r][c] = new_lo;
            changed = true;
        }
        if new_hi < hi[r][c] {
            hi[r][c] = new_hi;
            changed = true;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use Cell::{Hidden as H, Shown as S};

    /// Whether a hidden small count (1 to min − 1) can be worked out
    /// exactly.
    fn exposed(body: &[Vec<u64>], min: u64) -> bool {
        let (rows, total) = suppress(body, min);
        let table = Table::new(body);
        let mut all = rows;
        all.push(total);
        let hidden: Vec<Vec<bool>> = all
            .iter()
            .map(|r| r.iter().map(|c| *c == H).collect())
            .collect();
        let (lo, hi) = table.bounds(&hidden);
        table.positions().any(|(r, c)| {
            let n = table.grid[r][c];
            hidden[r][c] && n > 0 && n < min && lo[r][c] == hi[r][c]
        })
    }

    #[test]
    fn a_small_count_takes_a_partner_from_its_row() {
        // 40 people, one Butuh Perbaikan: hiding it alone would leave it
        // as 40 − 39; the smallest non-zero other count goes with it.
        let body = vec![vec![12, 27, 1, 0, 0]];
        let (rows, total) = suppress(&body, 10);
        assert_eq!(rows[0], [H, S(27), H, S(0), S(0)]);
        assert_eq!(total, rows[0], "one row: the total row is the row");
        assert!(!exposed(&body, 10));
    }

    #[test]
    fn a_zero_is_no_cover_when_its_column_adds_up_to_zero() {
        // Hiding Baik 5 with the 0 beside it would not do: the column of
        // that 0 adds up to 0, so it is known, and so is the 5.
        let body = vec![
            vec![20, 100, 0, 0, 0],
            vec![15, 30, 0, 0, 0],
            vec![12, 5, 0, 0, 0],
            vec![10, 80, 0, 0, 0],
        ];
        let (rows, total) = suppress(&body, 10);
        assert_eq!(rows[2][1], H);
        assert_eq!(rows[2][0], H, "the row partner is non-zero");
        assert_eq!(rows[2][2], S(0));
        assert!(!exposed(&body, 10));
        assert_eq!(total[2], S(0));
    }

    #[test]
    fn no_small_count_can_be_worked_out_on_many_tables() {
        // A small deterministic generator: many shapes and minimums.
        let mut x: u64 = 7;
        let mut next = |m: u64| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 33) % m
        };
        for _ in 0..300 {
            let rows = 1 + next(12) as usize;
            let min = 3 + next(10);
            let body: Vec<Vec<u64>> = (0..rows)
                .map(|_| {
                    (0..5)
                        .map(|_| if next(3) == 0 { 0 } else { next(40) })
                        .collect()
                })
                .collect();
            let (cells, _) = suppress(&body, min);
            assert!(!exposed(&body, min), "{body:?} min {min}");
            for (r, row) in cells.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    let n = body[r][c];
                    if n > 0 && n < min {
                        assert_eq!(*cell, H, "{body:?}");
                    }
                    if let S(v) = cell {
                        assert_eq!(*v, n);
                    }
                }
            }
        }
    }

    #[test]
    fn sizes_and_single_counts() {
        assert!(valid_min_size(DEFAULT_MIN_SIZE));
        assert!(!valid_min_size(2));
        assert!(!valid_min_size(MIN_SIZE_CEILING + 1));
        assert_eq!(Cell::alone(3, 10), H);
        assert_eq!(Cell::alone(0, 10), S(0));
        assert_eq!(Cell::alone(10, 10).text(), "10");
        assert_eq!(H.text(), HIDDEN);
    }
}
