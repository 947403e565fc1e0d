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
use kinerja::demo::{DemoOptions, generate};
use kinerja::store::staff_list::StaffFilter;
use kinerja::store::{OpenOptions, Store};
use kinerja::tui::action::Action;
use kinerja::tui::app::App;
use kinerja::tui::keymap::Keymap;
use kinerja::tui::theme::Theme;
use kinerja::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const STAFF: usize = 100_000;

fn reference_date() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn make_demo(path: &std::path::Path) {
    let gov = generate(&DemoOptions {
        staff: STAFF,
        seed: 1,
        reference_date: reference_date(),
    })
    .unwrap();
    let mut store = Store::open(path, &OpenOptions::default()).unwrap();
    store.load_batch(&gov.batch, "demo").unwrap();
}

/// The shared 100,000-staff database, made on first use.
fn database() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("demo-{STAFF}.sqlite"));
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
    g.sample_size(10).measurement_time(Duration::from_secs(60));
    g.bench_function(
        "demo --staff 100000 (generate + load into a new file)",
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

criterion_group!(benches, staff_screen, status_process, demo_generation);
criterion_main!(benches);
