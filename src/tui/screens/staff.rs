//! The staff screen: a windowed table over the register, incremental
//! search, unit and status filters, and a detail pane.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table};
use tui_input::Input;

use crate::domain::nip::{NipInfo, analyse};
use std::collections::HashMap;

use crate::domain::evaluation::{AssessmentSummary, quarter_summary};
use crate::domain::period::{Quarter, full_years, years_months};
use crate::domain::staff::{EmploymentStatus, Staff, StaffId, StaffKind};
use crate::i18n::{t, tf};
use crate::store::actual::Progress;
use crate::store::staff::StaffBrief;
use crate::store::staff_list::{StaffFilter, StaffRow, StatusFilter};
use crate::store::{Result, Store};
use crate::tui::text::{clean, fit, thousands};
use crate::tui::theme::Theme;
use crate::tui::widgets::input;

/// Everything the detail pane shows about the selected person.
#[derive(Debug, Clone)]
pub struct StaffDetail {
    pub staff: Staff,
    /// SKP progress per quarter of the period's year, if there is a plan.
    pub plan: Option<[Progress; 4]>,
    /// The assessment of each quarter, if any.
    pub assessments: [Option<AssessmentSummary>; 4],
    pub year: i32,
    pub unit_path: Vec<String>,
    pub info: NipInfo,
    pub chain: Vec<StaffBrief>,
    pub subordinates: u64,
    pub today: NaiveDate,
}

impl StaffDetail {
    pub fn load(store: &Store, id: StaffId, year: i32) -> Result<StaffDetail> {
        let staff = store.get_staff(id)?;
        Ok(StaffDetail {
            plan: store.plan_progress(id, year)?,
            assessments: store.quarter_assessments(id, year)?,
            year,
            unit_path: store.unit_path_names(staff.fields.unit_id)?,
            info: analyse(&staff.fields.nip, staff.fields.kind),
            chain: store.supervisor_chain(id)?,
            subordinates: store.subordinate_count(id)?,
            today: store.today(),
            staff,
        })
    }
}

#[derive(Debug, Clone)]
pub struct StaffScreen {
    pub filter: StaffFilter,
    pub search: Input,
    pub searching: bool,
    /// The name of the unit filter, when one is set.
    pub unit_label: Option<String>,
    pub total: u64,
    pub offset: u64,
    pub selected: u64,
    pub rows: Vec<StaffRow>,
    pub detail: Option<StaffDetail>,
    pub show_detail: bool,
    /// Table rows that fit on screen.
    pub page: u64,
    /// The period whose SKP progress the status column shows.
    pub period: (i32, Quarter),
    /// SKP progress of the visible rows in that period (people with a plan).
    pub progress: HashMap<StaffId, Progress>,
    /// Assessments of the visible rows in that period.
    pub assessed: HashMap<StaffId, AssessmentSummary>,
}

/// Where the parts of the staff screen go.
pub struct StaffLayout {
    pub filters: Rect,
    pub table: Rect,
    pub detail: Option<Rect>,
}

/// Width from which the detail pane sits beside the table.
const WIDE: u16 = 160;
/// Height of the detail pane below the table (border included).
const DETAIL_ROWS: u16 = 10;

pub fn layout(area: Rect, show_detail: bool) -> StaffLayout {
    let [filters, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    if !show_detail || body.height < 8 {
        return StaffLayout {
            filters,
            table: body,
            detail: None,
        };
    }
    if area.width >= WIDE {
        let [table, detail] =
            Layout::horizontal([Constraint::Min(60), Constraint::Length(44)]).areas(body);
        StaffLayout {
            filters,
            table,
            detail: Some(detail),
        }
    } else {
        let [table, detail] =
            Layout::vertical([Constraint::Min(4), Constraint::Length(DETAIL_ROWS)]).areas(body);
        StaffLayout {
            filters,
            table,
            detail: Some(detail),
        }
    }
}

impl Default for StaffScreen {
    fn default() -> Self {
        StaffScreen {
            filter: StaffFilter::default(),
            search: Input::default(),
            searching: false,
            unit_label: None,
            total: 0,
            offset: 0,
            selected: 0,
            rows: Vec::new(),
            detail: None,
            show_detail: true,
            page: 10,
            period: (2000, Quarter::new(1).expect("valid")),
            progress: HashMap::new(),
            assessed: HashMap::new(),
        }
    }
}

impl StaffScreen {
    pub fn selected_id(&self) -> Option<StaffId> {
        self.rows
            .get(self.selected.checked_sub(self.offset)? as usize)
            .map(|r| r.id)
    }

    /// Re-reads the list, keeping the selection on `keep` when the filter
    /// still shows that person, else on the same position.
    pub fn reload(&mut self, store: &Store, keep: Option<StaffId>) -> Result<()> {
        self.total = store.count_staff(&self.filter)?;
        let pos = match keep {
            Some(id) => store.staff_position(&self.filter, id)?,
            None => None,
        };
        match (keep, pos) {
            (Some(id), Some(pos)) => self.fill_around(store, id, pos),
            (Some(_), None) => self.select(store, 0, true),
            (None, _) => self.select(store, self.selected, true),
        }
    }

    /// The window offset that shows `index`, moving as little as possible.
    fn offset_for(&self, index: u64) -> u64 {
        let page = self.page.max(1);
        let mut offset = self.offset;
        if index < offset {
            offset = index;
        } else if index >= offset + page {
            offset = index + 1 - page;
        }
        offset.min(self.total.saturating_sub(page))
    }

    /// Fills the window around a person known to stand at `pos`, reading
    /// from their key outwards (no deep OFFSET scans).
    fn fill_around(&mut self, store: &Store, id: StaffId, pos: u64) -> Result<()> {
        let offset = self.offset_for(pos);
        let Some(key) = store.staff_sort_key(id)? else {
            return self.select(store, 0, true);
        };
        let mut rows = store.staff_window_before(&self.filter, Some((&key, id)), pos - offset)?;
        rows.extend(store.staff_window_after(
            &self.filter,
            Some((&key, id - 1)),
            self.page.max(1) - (pos - offset),
        )?);
        self.rows = rows;
        self.offset = offset;
        self.selected = pos;
        self.load_detail(store)
    }

    /// Selects the row at `index` (clamped), scrolling the window so it
    /// shows. Paging reads from the edge of the current window by key, so
    /// it costs the same at the end of a 100,000-row list as at the top.
    pub fn select(&mut self, store: &Store, index: u64, force: bool) -> Result<()> {
        let index = index.min(self.total.saturating_sub(1));
        let page = self.page.max(1);
        let offset = self.offset_for(index);
        let before = self.selected_id();
        let have = !force && !self.rows.is_empty();
        if have && offset == self.offset {
            // Same window.
        } else if have && offset > self.offset && offset - self.offset <= page {
            let last = &self.rows[(offset - self.offset - 1) as usize];
            let key = (last.sort_key.clone(), last.id);
            self.rows = store.staff_window_after(&self.filter, Some((&key.0, key.1)), page)?;
        } else if have && offset < self.offset && self.offset - offset <= page {
            let first = &self.rows[0];
            let key = (first.sort_key.clone(), first.id);
            let k = self.offset - offset;
            let mut rows = store.staff_window_before(&self.filter, Some((&key.0, key.1)), k)?;
            rows.extend(self.rows.drain(..).take((page - k) as usize));
            self.rows = rows;
        } else if offset == 0 {
            self.rows = store.staff_window_after(&self.filter, None, page)?;
        } else if offset + page >= self.total {
            self.rows = store.staff_window_before(&self.filter, None, self.total - offset)?;
        } else {
            self.rows = store.staff_window(&self.filter, offset, page)?;
        }
        self.offset = offset;
        self.selected = index;
        if force || self.selected_id() != before {
            self.load_detail(store)?;
        }
        Ok(())
    }

    /// Reads the SKP progress of the rows on screen.
    fn load_progress(&mut self, store: &Store) -> Result<()> {
        let ids: Vec<StaffId> = self.rows.iter().map(|r| r.id).collect();
        self.progress = store.plan_progress_for(&ids, self.period.0, self.period.1)?;
        self.assessed = store.assessments_for(&ids, self.period.0, self.period.1.number())?;
        Ok(())
    }

    fn load_detail(&mut self, store: &Store) -> Result<()> {
        self.load_progress(store)?;
        self.detail = match self.selected_id() {
            Some(id) if self.show_detail => Some(StaffDetail::load(store, id, self.period.0)?),
            _ => None,
        };
        Ok(())
    }

    pub fn status_label(&self) -> String {
        match self.filter.status {
            StatusFilter::All => t("tui.status_all"),
            StatusFilter::Active => t("status.active"),
            StatusFilter::Inactive => t("status.inactive"),
        }
    }

    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme, focused_search: bool) {
        let l = layout(area, self.show_detail);
        self.render_filters(frame, l.filters, theme, focused_search);
        self.render_table(frame, l.table, theme);
        if let Some(d) = l.detail {
            self.render_detail(frame, d, theme);
        }
    }

    fn render_filters(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme, focused: bool) {
        let label = format!("{} ", t("tui.search"));
        let count = tf("tui.staff_count", &[("n", &thousands(self.total))]);
        let mut right = vec![];
        if let Some(u) = &self.unit_label {
            right.push(format!("{}: {}", t("field.unit"), fit(u, 24)));
        }
        if self.filter.status != StatusFilter::All {
            right.push(self.status_label());
        }
        if self.filter.nip_problems {
            right.push(t("tui.nip_problems_only"));
        }
        right.push(count);
        let right = right.join(" · ");
        let rw =
            (unicode_width::UnicodeWidthStr::width(right.as_str()) as u16).min(area.width / 2 + 10);
        let lw = unicode_width::UnicodeWidthStr::width(label.as_str()) as u16;
        let [l, inp, r] = Layout::horizontal([
            Constraint::Length(lw),
            Constraint::Min(8),
            Constraint::Length(rw + 1),
        ])
        .areas(area);
        frame.render_widget(
            Span::styled(label, if focused { theme.focus } else { theme.dim }),
            l,
        );
        if self.search.value().is_empty() && !focused {
            frame.render_widget(Span::styled(t("tui.search_hint"), theme.dim), inp);
        } else {
            input::render(frame, inp, &self.search, theme.base, focused);
        }
        frame.render_widget(
            Span::styled(fit(&right, rw as usize), theme.dim),
            Rect::new(r.x + 1, r.y, r.width.saturating_sub(1), 1),
        );
    }

    fn render_table(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let widths = [
            Constraint::Length(19),
            Constraint::Fill(3),
            Constraint::Length(5),
            Constraint::Fill(2),
            Constraint::Fill(2),
            Constraint::Length(9),
        ];
        let header = Row::new([
            t("field.nip"),
            t("tui.col_name"),
            t("tui.col_rank"),
            t("field.position_name"),
            t("field.unit"),
            t("tui.col_status"),
        ])
        .style(theme.header);
        let cols = Layout::horizontal(widths).spacing(1).split(area);
        let w = |i: usize| cols.get(i).map(|r| r.width as usize).unwrap_or(0);
        let rows = self.rows.iter().enumerate().map(|(i, r)| {
            let selected = self.offset + i as u64 == self.selected;
            let style = if selected {
                theme.selected
            } else if r.inactive_reason.is_some() {
                theme.inactive
            } else {
                theme.base
            };
            let progress = self.progress.get(&r.id);
            let assessed = self.assessed.get(&r.id).copied();
            let status = match (r.inactive_reason, progress, assessed) {
                (Some(reason), _, _) => reason.label(),
                (None, None, None) => t("tui.no_plan_short"),
                (None, p, a) => format!(
                    "{} {}",
                    self.period.1.roman(),
                    quarter_summary(
                        p.is_some(),
                        p.map_or(0, |p| p.filled),
                        p.map_or(0, |p| p.total),
                        a
                    )
                ),
            };
            let nip_mark = if r.nip_flags != 0 { "!" } else { "" };
            Row::new([
                format!("{}{nip_mark}", clean(&r.nip)),
                fit(&r.name, w(1)),
                fit(r.rank.as_deref().unwrap_or("—"), w(2)),
                fit(&r.position, w(3)),
                fit(&r.unit, w(4)),
                fit(&status, w(5)),
            ])
            .style(style)
        });
        let table = Table::new(rows, widths).header(header).column_spacing(1);
        frame.render_widget(table, area);
        if self.rows.is_empty() && area.height > 1 {
            let msg = if self.filter == StaffFilter::default() {
                t("tui.no_staff")
            } else {
                t("tui.no_match")
            };
            frame.render_widget(
                Span::styled(msg, theme.dim),
                Rect::new(area.x, area.y + 1, area.width, 1),
            );
        }
    }

    fn render_detail(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let block = Block::default()
            .borders(if area.y > 2 && area.x == 0 {
                Borders::TOP
            } else {
                Borders::LEFT
            })
            .border_style(theme.border)
            .title(Span::styled(format!(" {} ", t("tui.detail")), theme.dim));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let Some(d) = &self.detail else {
            return;
        };
        let lines = detail_lines(d, theme, inner.width as usize);
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

fn date(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

fn detail_lines<'a>(d: &StaffDetail, theme: &Theme, w: usize) -> Vec<Line<'a>> {
    let s = &d.staff;
    let f = &s.fields;
    let mut lines = Vec::new();
    let rank = f
        .rank
        .map(|r| r.label())
        .unwrap_or_else(|| t("common.none"));
    let mut head = vec![Span::styled(fit(&s.display_name(), w), theme.title)];
    if let EmploymentStatus::Inactive {
        reason,
        since,
        note,
    } = &s.status
    {
        let mut text = tf(
            "tui.inactive_since",
            &[("reason", &reason.label()), ("date", &date(*since))],
        );
        if !note.is_empty() {
            text.push_str(&format!(" ({})", clean(note)));
        }
        let room = w.saturating_sub(s.display_name().chars().count() + 3);
        head.push(Span::styled(
            format!(" · {}", fit(&text, room)),
            theme.warning,
        ));
    }
    lines.push(Line::from(head));
    lines.push(Line::raw(fit(
        &format!("{} · {} · {}", f.nip.grouped(), f.kind.code(), rank),
        w,
    )));
    let mut born = match d.info.birth_date {
        Some(b) => tf(
            "tui.born",
            &[("date", &date(b)), ("age", &full_years(b, d.today))],
        ),
        None => t("tui.born_unknown"),
    };
    if let Some(g) = d.info.gender {
        born.push_str(&format!(
            " · {}",
            t(match g {
                crate::domain::staff::Gender::Male => "gender.male",
                crate::domain::staff::Gender::Female => "gender.female",
            })
        ));
    }
    lines.push(Line::raw(fit(&born, w)));
    let service = match (f.kind, d.info.tmt, d.info.appointment_year) {
        (StaffKind::Pns, Some(tmt), _) => {
            let (y, m) = years_months(tmt, d.today);
            tf("tui.tmt", &[("tmt", &tmt), ("years", &y), ("months", &m)])
        }
        (StaffKind::Pppk, _, Some(year)) => tf("tui.appointed", &[("year", &year)]),
        _ => t("tui.tmt_unknown"),
    };
    lines.push(Line::raw(fit(
        &format!(
            "{service} · {}",
            tf("tui.subordinates", &[("n", &d.subordinates)])
        ),
        w,
    )));
    lines.push(Line::raw(fit(
        &format!("{} ({})", clean(&f.position_name), f.position_kind.label()),
        w,
    )));
    // The path without the government itself, nearest unit last.
    let path = if d.unit_path.len() > 1 {
        &d.unit_path[1..]
    } else {
        &d.unit_path[..]
    };
    lines.push(Line::raw(fit(&path.join(" › "), w)));
    let plan = match &d.plan {
        Some(p) => {
            let quarters = Progress::quarters_label(p, " · ", &d.assessments);
            tf(
                "tui.plan_line",
                &[("year", &d.year), ("quarters", &quarters)],
            )
        }
        None => tf("tui.no_plan", &[("year", &d.year)]),
    };
    let chain = if d.chain.is_empty() {
        t("tui.no_supervisor")
    } else {
        d.chain
            .iter()
            .map(|b| b.name.as_str())
            .collect::<Vec<_>>()
            .join(" › ")
    };
    lines.push(Line::raw(fit(
        &format!("{}: {chain}", t("field.supervisor")),
        w,
    )));
    lines.push(Line::raw(fit(&plan, w)));
    for warn in &d.info.warnings {
        lines.push(Line::styled(
            fit(&format!("! {}", warn.message()), w),
            theme.warning,
        ));
    }
    lines
}
