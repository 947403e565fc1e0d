//! The unit tree: browse, add, rename, move and archive units.

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Row, Table};

use crate::domain::staff::UnitId;
use crate::i18n::t;
use crate::store::unit::{Unit, UnitCounts};
use crate::store::{Result, Store};
use crate::tui::text::{fit, thousands};
use crate::tui::theme::Theme;
use crate::tui::widgets::picker::PickItem;

/// One line of the tree.
#[derive(Debug, Clone)]
pub struct TreeRow {
    pub unit: Unit,
    pub depth: usize,
    /// Active staff in this unit and every unit below it.
    pub subtree_active: u64,
    pub own: UnitCounts,
}

#[derive(Debug, Clone, Default)]
pub struct UnitsScreen {
    pub rows: Vec<TreeRow>,
    pub selected: usize,
    pub offset: usize,
    pub page: usize,
}

/// Orders units depth-first under their parents, with rolled-up counts.
pub fn build_tree(units: Vec<Unit>, counts: &HashMap<UnitId, UnitCounts>) -> Vec<TreeRow> {
    let mut children: HashMap<Option<UnitId>, Vec<usize>> = HashMap::new();
    let ids: std::collections::HashSet<UnitId> = units.iter().map(|u| u.id).collect();
    for (i, u) in units.iter().enumerate() {
        // A parent that is missing makes a unit a root, so nothing hides.
        let parent = u.fields.parent_id.filter(|p| ids.contains(p));
        children.entry(parent).or_default().push(i);
    }
    let mut out = Vec::with_capacity(units.len());
    let mut stack: Vec<(usize, usize)> = children
        .get(&None)
        .map(|v| v.iter().rev().map(|&i| (i, 0)).collect())
        .unwrap_or_default();
    let mut visited = vec![false; units.len()];
    while let Some((i, depth)) = stack.pop() {
        if std::mem::replace(&mut visited[i], true) {
            continue;
        }
        let u = &units[i];
        out.push(TreeRow {
            unit: u.clone(),
            depth,
            subtree_active: 0,
            own: counts.get(&u.id).copied().unwrap_or_default(),
        });
        if let Some(kids) = children.get(&Some(u.id)) {
            stack.extend(kids.iter().rev().map(|&k| (k, depth + 1)));
        }
    }
    // Roll counts up: each row's parent is the last row before it that is
    // one level shallower; children come after parents, so a backward pass
    // adds every subtree into its parent.
    let mut parent = vec![None; out.len()];
    let mut open: Vec<usize> = Vec::new();
    for (i, row) in out.iter().enumerate() {
        open.truncate(row.depth);
        parent[i] = open.last().copied();
        open.push(i);
    }
    let mut acc: Vec<u64> = out.iter().map(|r| r.own.active).collect();
    for i in (0..out.len()).rev() {
        if let Some(p) = parent[i] {
            acc[p] += acc[i];
        }
    }
    for (row, n) in out.iter_mut().zip(acc) {
        row.subtree_active = n;
    }
    out
}

impl UnitsScreen {
    pub fn reload(&mut self, store: &Store, keep: Option<UnitId>) -> Result<()> {
        let keep = keep.or_else(|| self.selected_id());
        let counts = store.unit_staff_counts()?;
        let units = store.units()?;
        self.rows = build_tree(units, &counts);
        if let Some(i) = keep.and_then(|id| self.rows.iter().position(|r| r.unit.id == id)) {
            self.selected = i;
        }
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
        self.scroll();
        Ok(())
    }

    pub fn selected_id(&self) -> Option<UnitId> {
        self.rows.get(self.selected).map(|r| r.unit.id)
    }

    pub fn selected_row(&self) -> Option<&TreeRow> {
        self.rows.get(self.selected)
    }

    pub fn select(&mut self, index: usize) {
        self.selected = index.min(self.rows.len().saturating_sub(1));
        self.scroll();
    }

    fn scroll(&mut self) {
        self.offset =
            crate::tui::widgets::list::keep_visible(self.selected, self.offset, self.page);
    }

    /// Every active unit as a picker item, labelled with its path.
    pub fn pick_items(&self, except_subtree_of: Option<UnitId>) -> Vec<PickItem> {
        let mut path: Vec<String> = Vec::new();
        let mut skip_depth: Option<usize> = None;
        let mut out = Vec::new();
        for r in &self.rows {
            path.truncate(r.depth);
            path.push(r.unit.fields.name.clone());
            if let Some(d) = skip_depth {
                if r.depth > d {
                    continue;
                }
                skip_depth = None;
            }
            if Some(r.unit.id) == except_subtree_of {
                skip_depth = Some(r.depth);
                continue;
            }
            if !r.unit.active {
                continue;
            }
            // The unit, then up to two ancestors (not the government itself).
            let ancestors: Vec<&str> = path[..path.len() - 1]
                .iter()
                .skip(1)
                .rev()
                .take(2)
                .map(String::as_str)
                .collect();
            let label = if ancestors.is_empty() {
                r.unit.fields.name.clone()
            } else {
                format!("{} ‹ {}", r.unit.fields.name, ancestors.join(" ‹ "))
            };
            out.push(PickItem {
                id: r.unit.id,
                label,
                detail: r.unit.fields.kind.label(),
            });
        }
        out
    }

    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let widths = [
            Constraint::Fill(3),
            Constraint::Length(18),
            Constraint::Fill(2),
            Constraint::Length(8),
        ];
        let header = Row::new([
            t("field.unit_name"),
            t("field.unit_kind"),
            t("field.head"),
            t("tui.col_staff"),
        ])
        .style(theme.header);
        let name_w = ratatui::layout::Layout::horizontal(widths)
            .spacing(1)
            .split(area)
            .first()
            .map(|r| r.width as usize)
            .unwrap_or(0);
        let head_w = ratatui::layout::Layout::horizontal(widths)
            .spacing(1)
            .split(area)
            .get(2)
            .map(|r| r.width as usize)
            .unwrap_or(0);
        let page = area.height.saturating_sub(1) as usize;
        let rows = self
            .rows
            .iter()
            .enumerate()
            .skip(self.offset)
            .take(page)
            .map(|(i, r)| {
                let style = if i == self.selected {
                    theme.selected
                } else if !r.unit.active {
                    theme.inactive
                } else {
                    theme.base
                };
                let indent = "  ".repeat(r.depth.min(8));
                let mut name = format!("{indent}{}", r.unit.fields.name);
                if !r.unit.active {
                    name.push_str(&format!(" ({})", t("status.inactive")));
                }
                Row::new([
                    fit(&name, name_w),
                    fit(&r.unit.fields.kind.label(), 18),
                    fit(r.unit.head_name.as_deref().unwrap_or("—"), head_w),
                    format!("{:>8}", thousands(r.subtree_active)),
                ])
                .style(style)
            });
        frame.render_widget(
            Table::new(rows, widths).header(header).column_spacing(1),
            area,
        );
        if self.rows.is_empty() && area.height > 1 {
            frame.render_widget(
                Span::styled(t("tui.no_units"), theme.dim),
                Rect::new(area.x, area.y + 1, area.width, 1),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::unit::{UnitFields, UnitKind};

    fn unit(id: UnitId, parent: Option<UnitId>, name: &str) -> Unit {
        Unit {
            id,
            fields: UnitFields {
                name: name.into(),
                kind: UnitKind::Other,
                parent_id: parent,
                head_id: None,
            },
            active: true,
            version: 1,
            updated_by: "t".into(),
            updated_at: String::new(),
            head_name: None,
        }
    }

    #[test]
    fn tree_is_depth_first_with_rolled_up_counts() {
        let units = vec![
            unit(1, None, "Pemkab"),
            unit(2, Some(1), "Dinas A"),
            unit(3, Some(2), "Bidang A1"),
            unit(4, Some(1), "Dinas B"),
        ];
        let counts: HashMap<_, _> = [(1, 1), (2, 2), (3, 5), (4, 7)]
            .into_iter()
            .map(|(id, n)| {
                (
                    id,
                    UnitCounts {
                        active: n,
                        total: n,
                    },
                )
            })
            .collect();
        let rows = build_tree(units, &counts);
        let order: Vec<_> = rows
            .iter()
            .map(|r| (r.unit.id, r.depth, r.subtree_active))
            .collect();
        assert_eq!(order, [(1, 0, 15), (2, 1, 7), (3, 2, 5), (4, 1, 7)]);
    }
}
