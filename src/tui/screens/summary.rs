//! The summary screen (Ringkasan): the unit tree for a period with each
//! unit's subtree rolled up — staff, plans, actuals, assessments, mean
//! capaian, predikat — expandable, sortable, with a detail panel.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::domain::distribution::UnitPredicate;
use crate::domain::rating::AssessmentPeriod;
use crate::domain::staff::UnitId;
use crate::i18n::t;
use crate::store::summary::{Tally, UnitSummary};
use crate::store::{Store, StoreError};

/// What the tree can be sorted by (within each parent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    Name,
    Active,
    Plans,
    Complete,
    Assessed,
    Finals,
    Achievement,
}

impl SortBy {
    pub const ALL: [SortBy; 7] = [
        SortBy::Name,
        SortBy::Active,
        SortBy::Plans,
        SortBy::Complete,
        SortBy::Assessed,
        SortBy::Finals,
        SortBy::Achievement,
    ];

    pub fn next(self) -> SortBy {
        let i = Self::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    pub fn label(self) -> String {
        t(match self {
            SortBy::Name => "summary.col_unit",
            SortBy::Active => "summary.col_active",
            SortBy::Plans => "summary.col_plans",
            SortBy::Complete => "summary.col_complete",
            SortBy::Assessed => "summary.col_assessed",
            SortBy::Finals => "summary.col_finals",
            SortBy::Achievement => "summary.col_achievement",
        })
    }

    /// Compares two units by this column; numbers largest first, shares
    /// as per mille so that small units compare fairly.
    fn compare(self, a: &UnitSummary, b: &UnitSummary) -> Ordering {
        let share = |t: &Tally, n: u64| (n * 1000).checked_div(t.active).unwrap_or(0);
        let key = |u: &UnitSummary| -> i128 {
            let t = &u.total;
            match self {
                SortBy::Name => 0,
                SortBy::Active => t.active.into(),
                SortBy::Plans => share(t, t.with_plan).into(),
                SortBy::Complete => share(t, t.complete).into(),
                SortBy::Assessed => share(t, t.assessed).into(),
                SortBy::Finals => share(t, t.finals).into(),
                SortBy::Achievement => t.mean_achievement().map_or(-1, |d| d.units().into()),
            }
        };
        match self {
            SortBy::Name => {
                crate::domain::text::fold(&a.name).cmp(&crate::domain::text::fold(&b.name))
            }
            _ => key(b).cmp(&key(a)),
        }
    }
}

pub struct SummaryScreen {
    pub year: i32,
    pub period: AssessmentPeriod,
    /// Every active unit in tree order, as read.
    pub units: Vec<UnitSummary>,
    /// Indexes into `units` of the rows shown, in display order.
    pub rows: Vec<usize>,
    pub expanded: HashSet<UnitId>,
    pub sort: SortBy,
    pub selected: usize,
    pub offset: usize,
    pub page: usize,
    /// Whether the tree has been read at least once.
    pub loaded: bool,
    /// Per quarter of the year, for the selected unit: (active, with plan,
    /// complete, final).
    pub quarters: Option<(UnitId, [Tally; 4])>,
    /// Who recorded the predikat organisasi that applies to the selected
    /// unit, and when.
    pub org_record: Option<crate::store::setting::UnitPredicateRecord>,
    /// Who of the selected unit has not yet done what, over the tree.
    pub monitor: Option<super::monitor::Monitor>,
}

impl SummaryScreen {
    pub fn new(today: NaiveDate) -> SummaryScreen {
        let (year, quarter) = super::results::default_period(today);
        SummaryScreen {
            year,
            period: AssessmentPeriod::Quarter(quarter),
            units: Vec::new(),
            rows: Vec::new(),
            expanded: HashSet::new(),
            sort: SortBy::Name,
            selected: 0,
            offset: 0,
            page: 10,
            loaded: false,
            quarters: None,
            org_record: None,
            monitor: None,
        }
    }

    /// Re-reads the summary of the period, keeping the selected unit.
    pub fn reload(&mut self, store: &Store) -> Result<(), StoreError> {
        let keep = self.selected_unit().map(|u| u.unit_id);
        self.units = store.summary(self.year, self.period)?;
        if !self.loaded {
            // The government and its perangkat daerah open at first.
            self.expanded = self
                .units
                .iter()
                .filter(|u| u.depth == 0)
                .map(|u| u.unit_id)
                .collect();
            self.loaded = true;
        }
        self.quarters = None;
        self.rebuild(keep);
        Ok(())
    }

    /// The shown rows from the tree, the expanded units and the sort.
    pub fn rebuild(&mut self, keep: Option<UnitId>) {
        let mut children: HashMap<Option<UnitId>, Vec<usize>> = HashMap::new();
        for (i, u) in self.units.iter().enumerate() {
            children.entry(u.parent_id).or_default().push(i);
        }
        for kids in children.values_mut() {
            kids.sort_by(|a, b| {
                self.sort
                    .compare(&self.units[*a], &self.units[*b])
                    .then_with(|| a.cmp(b))
            });
        }
        let mut rows = Vec::new();
        let mut stack: Vec<usize> = children
            .get(&None)
            .map(|v| v.iter().rev().copied().collect())
            .unwrap_or_default();
        while let Some(i) = stack.pop() {
            rows.push(i);
            let u = &self.units[i];
            if self.expanded.contains(&u.unit_id)
                && let Some(kids) = children.get(&Some(u.unit_id))
            {
                stack.extend(kids.iter().rev());
            }
        }
        self.rows = rows;
        let at = keep.and_then(|id| self.rows.iter().position(|i| self.units[*i].unit_id == id));
        self.select(at.unwrap_or(0));
    }

    pub fn selected_unit(&self) -> Option<&UnitSummary> {
        self.rows.get(self.selected).map(|i| &self.units[*i])
    }

    pub fn select(&mut self, index: usize) {
        self.selected = index.min(self.rows.len().saturating_sub(1));
        self.offset =
            crate::tui::widgets::list::keep_visible(self.selected, self.offset, self.page);
    }

    /// Opens (true) or closes the selected unit; closing a closed or
    /// childless unit moves to its parent.
    pub fn expand(&mut self, open: bool) {
        let Some(u) = self.selected_unit() else {
            return;
        };
        let (id, parent, has_children) = (u.unit_id, u.parent_id, u.has_children);
        if open && has_children {
            self.expanded.insert(id);
        } else if !open && self.expanded.contains(&id) && has_children {
            self.expanded.remove(&id);
        } else if !open && let Some(p) = parent {
            self.rebuild(Some(p));
            return;
        }
        self.rebuild(Some(id));
    }

    /// The predikat organisasi that applies to a unit: its own, else its
    /// nearest ancestor's.
    pub fn effective_predicate(&self, unit: UnitId) -> Option<(UnitId, UnitPredicate)> {
        let by_id: HashMap<UnitId, &UnitSummary> =
            self.units.iter().map(|u| (u.unit_id, u)).collect();
        let mut at = by_id.get(&unit).copied();
        while let Some(u) = at {
            if let Some(p) = u.predicate {
                return Some((u.unit_id, p));
            }
            at = u.parent_id.and_then(|p| by_id.get(&p).copied());
        }
        None
    }

    /// Steps the period: I → II → III → IV → the year → I of the next.
    pub fn step_period(&mut self, forward: bool) {
        (self.year, self.period) = self.period.step(self.year, forward);
    }

    pub fn period_label(&self) -> String {
        format!("{} {}", self.period.label(), self.year)
    }
}
