//! Benchmarks at government scale (100,000 staff). See BENCHMARKS.md for
//! the numbers and how to run them:
//!
//!     cargo bench --bench scale
//!
//! The 100,000-staff database is generated once into target/bench-data/.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use kinerja::cli::export::{CsvOptions, Format, Job, What, write_to};
use kinerja::demo::{DemoOptions, assessments, generate, plans};
use kinerja::domain::period::Quarter;
use kinerja::domain::rating::{AssessmentPeriod, Rating};
use kinerja::domain::staff::UnitId;
use kinerja::store::actual::GridFilter;
use kinerja::store::assessment::AssessmentInput;
use kinerja::store::evaluation::{QueueFilter, QueueScope, QueueShow};
use kinerja::store::export::ExportScope;
use kinerja::store::staff_list::StaffFilter;
use kinerja::store::{OpenOptions, Store};
use kinerja::tui::action::Action;
use kinerja::tui::app::{App, Message};
use kinerja::tui::keymap::Keymap;
use kinerja::tui::screens::units::build_tree;
use kinerja::tui::theme::Theme;
use kinerja::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const STAFF: usize = 100_000;

fn reference_date() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The demo government at 100,000 staff with its plans, actuals and the
/// assessments of quarters I–III.
fn make_demo(path: &std::path::Path) {
    let opts = DemoOptions {
        staff: STAFF,
        seed: 1,
        reference_date: reference_date(),
    };
    let gov = generate(&opts).unwrap();
    let mut store = Store::open(path, &OpenOptions::default()).unwrap();
    let loaded = store.load_batch(&gov.batch, "demo").unwrap();
    let plans = plans(&gov, &opts);
    store.load_plans(&plans, &loaded.staff_ids, "demo").unwrap();
    let assessed = assessments(&gov, &plans, &opts);
    store
        .load_assessments(&assessed, &loaded.staff_ids, &loaded.unit_ids, "demo")
        .unwrap();
}

/// The shared 100,000-staff database, made on first use.
fn database() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    // Renamed whenever the demo's content or the schema changes, so that
    // a stale file is not reused (v6: the schema version).
    let path = dir.join(format!("demo-{STAFF}-v6.sqlite"));
    if !path.exists() {
        make_demo(&path);
    }
    path
}

fn open_app(path: &std::path::Path, w: u16, h: u16) -> App {
    let store = Store::open(path, &OpenOptions::default()).unwrap();
    App::new(store, Keymap::default(), Theme::color(), (w, h))
}

fn draw(term: &mut Terminal<TestBackend>, app: &App) {
    term.draw(|f| ui::render(app, f)).unwrap();
}

fn demo_generation(c: &mut Criterion) {
    let mut g = c.benchmark_group("demo");
    g.sample_size(10).measurement_time(Duration::from_secs(130));
    g.bench_function(
        "demo --staff 100000 as kinerja demo makes it (generate + load)",
        |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let dir = tempfile::tempdir().unwrap();
                    let path = dir.path().join("d.sqlite");
                    let start = Instant::now();
                    make_demo(&path);
                    total += start.elapsed();
                }
                total
            })
        },
    );
    g.finish();
}

fn staff_screen(c: &mut Criterion) {
    let path = database();
    let mut g = c.benchmark_group("staff screen at 100k");
    g.bench_function("first frame after opening the database (80x24)", |b| {
        let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
        b.iter(|| {
            let app = open_app(&path, 80, 24);
            draw(&mut term, &app);
        })
    });

    let mut app = open_app(&path, 80, 24);
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    app.update(Action::Search);
    // One keystroke per iteration: type "siti" letter by letter, then
    // erase it, and again: each step is a query plus a render.
    let steps: Vec<Action> = "siti"
        .chars()
        .map(Action::Type)
        .chain(std::iter::repeat_n(Action::DeleteBack, 4))
        .collect();
    let mut i = 0;
    g.bench_function("search keystroke (query + render)", |b| {
        b.iter(|| {
            app.update(steps[i % steps.len()]);
            i += 1;
            draw(&mut term, &app);
        })
    });
    app.update(Action::Cancel);

    let mut app = open_app(&path, 80, 24);
    g.bench_function("page down (query + render)", |b| {
        b.iter(|| {
            if app.staff.selected + app.staff.page >= app.staff.total {
                app.update(Action::First);
            }
            app.update(Action::PageDown);
            draw(&mut term, &app);
        })
    });
    g.finish();
}

fn status_process(c: &mut Criterion) {
    let path = database();
    let store = Store::open(
        &path,
        &OpenOptions {
            read_only: true,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    let nip = store
        .staff_window(&StaffFilter::default(), 50_000, 1)
        .unwrap()
        .remove(0)
        .nip;
    drop(store);
    let bin = env!("CARGO_BIN_EXE_kinerja");
    let mut g = c.benchmark_group("status");
    g.bench_function("kinerja status <NIP> as a whole process", |b| {
        b.iter(|| {
            let out = Command::new(bin)
                .args(["status", &nip, "--db"])
                .arg(&path)
                .output()
                .unwrap();
            assert!(out.status.success());
        })
    });
    g.finish();
}

/// A unit whose subtree holds about `rows` grid rows (people × indicators).
fn unit_with_rows(store: &Store, rows: u64) -> (UnitId, u64) {
    let counts = store.unit_staff_counts().unwrap();
    let tree = build_tree(store.units().unwrap(), &counts);
    // About 4 indicators a person: look for a subtree of rows/4 people,
    // then measure its real row count.
    let want = rows / 4;
    let unit = tree
        .iter()
        .min_by_key(|r| r.subtree_active.abs_diff(want))
        .unwrap()
        .unit
        .id;
    let progress = store
        .grid_progress(&GridFilter {
            year: 2026,
            quarter: Quarter::new(3).unwrap(),
            unit: Some(unit),
            only_empty: false,
        })
        .unwrap();
    (unit, progress.total)
}

fn results_grid(c: &mut Criterion) {
    let path = database();
    let store = Store::open(&path, &OpenOptions::default()).unwrap();
    let (unit, rows) = unit_with_rows(&store, 2_000);
    eprintln!("results grid: unit {unit} with {rows} rows");
    drop(store);
    let mut g = c.benchmark_group("results grid at 100k");
    let mut app = open_app(&path, 80, 24);
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    app.results.filter = GridFilter {
        year: 2026,
        quarter: Quarter::new(3).unwrap(),
        unit: Some(unit),
        only_empty: false,
    };
    app.results.chosen = true;
    app.screen = kinerja::tui::app::Screen::Results;
    g.bench_function(
        "open the grid of a unit of ~2,000 rows (query + render)",
        |b| {
            b.iter(|| {
                app.results.reload(&app.store).unwrap();
                draw(&mut term, &app);
            })
        },
    );
    // One cell: a digit, then Enter (transaction + audit row, the
    // person's standing recomputed), re-render. In triwulan IV: most of
    // triwulan III is assessed and final, which locks its cells, and a
    // refused save is no measure of a save.
    app.results.filter.quarter = Quarter::new(4).unwrap();
    app.results.reload(&app.store).unwrap();
    let mut n = 0u32;
    g.bench_function("save one cell (type a digit, Enter, render)", |b| {
        b.iter(|| {
            if app.results.selected + 1 >= app.results.rows.len() {
                app.update(Action::First);
            }
            app.update(Action::Type(char::from(b'1' + (n % 9) as u8)));
            app.update(Action::Accept);
            if let Some(Message::Error(e)) = &app.message {
                panic!("the cell was not saved: {e}");
            }
            n += 1;
            draw(&mut term, &app);
        })
    });
    g.finish();
}

/// A unit whose subtree holds about `people` active staff, and how many.
fn unit_with_people(store: &Store, people: u64) -> (UnitId, u64) {
    let counts = store.unit_staff_counts().unwrap();
    let tree = build_tree(store.units().unwrap(), &counts);
    let row = tree
        .iter()
        .min_by_key(|r| r.subtree_active.abs_diff(people))
        .unwrap();
    (row.unit.id, row.subtree_active)
}

fn assessment(c: &mut Criterion) {
    let path = database();
    let mut store = Store::open(&path, &OpenOptions::default()).unwrap();
    let (unit, people) = unit_with_people(&store, 2_000);
    let q3 = AssessmentPeriod::Quarter(Quarter::new(3).unwrap());
    let filter = QueueFilter {
        year: 2026,
        period: q3,
        scope: QueueScope::Unit(Some(unit)),
        show: QueueShow::All,
    };
    let rows = store.assessment_queue(&filter).unwrap();
    eprintln!(
        "assessment queue: unit {unit} with {people} active staff, {} rows",
        rows.len()
    );
    let mut g = c.benchmark_group("assessment");
    g.bench_function("open the queue of a unit of ~2,000 people (Q3, all)", |b| {
        b.iter(|| store.assessment_queue(&filter).unwrap())
    });
    // A person of that unit whose Q3 assessment is not final: their
    // draft is saved again and again, as a supervisor does while writing.
    let row = rows
        .iter()
        .find(|r| {
            r.supervisor_id.is_some()
                && !matches!(
                    r.assessment,
                    Some((kinerja::domain::evaluation::AssessmentState::Final, _))
                )
        })
        .expect("someone to assess");
    let (staff, assessor) = (row.staff_id, row.supervisor_id.unwrap());
    let mut version = store
        .assessment(staff, 2026, q3)
        .unwrap()
        .map(|a| a.version);
    let mut n = 0usize;
    g.bench_function("save an assessment draft (transaction + audit row)", |b| {
        b.iter(|| {
            let input = AssessmentInput {
                assessor_id: assessor,
                rating_result: Some(Rating::Meets),
                rating_behaviour: Some(Rating::ALL[n % 3]),
                suggested: Some(Rating::Meets),
                feedback: format!("Catatan ke-{n}: laporan tepat waktu."),
                ..AssessmentInput::default()
            };
            n += 1;
            let saved = store
                .save_assessment(staff, 2026, q3, version, &input)
                .unwrap();
            version = Some(saved.version);
        })
    });
    g.finish();
}

/// Every actual of the year (every indicator × four quarters, about 1.56
/// million rows) into a file, as `kinerja export actuals --year 2026`.
fn export(c: &mut Criterion) {
    let path = database();
    let store = Store::open(
        &path,
        &OpenOptions {
            read_only: true,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    let job = Job {
        what: What::Actuals,
        year: 2026,
        period: AssessmentPeriod::Year,
        scope: ExportScope::default(),
        unit_name: None,
    };
    let dir = tempfile::tempdir().unwrap();
    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    let csv = Format::Csv(CsvOptions {
        delimiter: b',',
        bom: false,
    });
    for (name, format, file) in [
        ("all actuals of the year to CSV", csv, "a.csv"),
        ("all actuals of the year to XLSX", Format::Xlsx, "a.xlsx"),
    ] {
        let out = dir.path().join(file);
        // Ten runs of about 4.5 s (CSV) or 11 s (XLSX).
        let secs = if format == Format::Xlsx { 120 } else { 60 };
        g.measurement_time(Duration::from_secs(secs));
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut f = std::io::BufWriter::new(std::fs::File::create(&out).unwrap());
                let rows = write_to(&store, &job, format, &mut f, Some(dir.path())).unwrap();
                assert!(rows > 1_000_000, "{rows}");
            })
        });
        // Absent when a filter left this benchmark out.
        if let Ok(meta) = std::fs::metadata(&out) {
            eprintln!("export: {file} is {:.1} MB", meta.len() as f64 / 1e6);
        }
    }
    g.finish();
}

/// The whole-government summary of triwulan III, as the summary screen
/// asks for it, and the four quarters of the largest perangkat daerah;
/// then the same SQL through the `sqlite3` shell, when it is installed,
/// as the baseline (benches/summary_baseline.sql).
fn summary(c: &mut Criterion) {
    let path = database();
    let store = Store::open(&path, &OpenOptions::default()).unwrap();
    let q3 = AssessmentPeriod::Quarter(Quarter::new(3).unwrap());
    let rows = store.summary(2026, q3).unwrap();
    let root = &rows[0].total;
    eprintln!(
        "summary: {} units; {} active, {} with a plan, {} complete, {} assessed, {} final, \
         {} excluded",
        rows.len(),
        root.active,
        root.with_plan,
        root.complete,
        root.assessed,
        root.finals,
        root.excluded_total()
    );
    let largest = rows
        .iter()
        .filter(|r| r.depth == 1)
        .max_by_key(|r| r.total.active)
        .unwrap();
    eprintln!(
        "summary: largest perangkat daerah {} ({}), {} active staff",
        largest.name, largest.unit_id, largest.total.active
    );
    let largest = largest.unit_id;
    let mut g = c.benchmark_group("summary");
    g.bench_function("whole government, triwulan III (100,000 staff)", |b| {
        b.iter(|| store.summary(2026, q3).unwrap())
    });
    g.bench_function("four quarters of the largest perangkat daerah", |b| {
        b.iter(|| store.unit_quarters(largest, 2026).unwrap())
    });
    // The summary screen opens on the government itself.
    let root = rows[0].unit_id;
    g.bench_function("four quarters of the whole government", |b| {
        b.iter(|| store.unit_quarters(root, 2026).unwrap())
    });
    // The baseline: the same SQL as `summary` runs (its GROUP BYs, the
    // unit predikat, the units), by the sqlite3 shell as a whole process,
    // as `sqlite3 FILE < benches/summary_baseline.sql > /dev/null`. The
    // shell does only the SQL; the roll-up over the tree is ours alone.
    let sql = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/summary_baseline.sql");
    match Command::new("sqlite3").arg("--version").output() {
        Ok(out) if out.status.success() => {
            eprintln!(
                "summary: baseline with sqlite3 {}",
                String::from_utf8_lossy(&out.stdout).trim()
            );
            g.bench_function(
                "baseline: the same SQL by the sqlite3 shell (process)",
                |b| {
                    b.iter(|| {
                        let status = Command::new("sqlite3")
                            .arg(&path)
                            .stdin(std::fs::File::open(&sql).unwrap())
                            .stdout(std::process::Stdio::null())
                            .status()
                            .unwrap();
                        assert!(status.success());
                    })
                },
            );
        }
        _ => eprintln!("summary: sqlite3 is not installed; the baseline is skipped"),
    }
    g.finish();
}

criterion_group!(
    benches,
    summary,
    staff_screen,
    results_grid,
    assessment,
    status_process,
    demo_generation,
    export
);
criterion_main!(benches);
