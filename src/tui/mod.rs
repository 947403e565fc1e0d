//! The terminal user interface: lifecycle and event loop.
//!
//! The terminal is restored on exit, on panic (ratatui's hook) and on
//! SIGTERM/SIGHUP, and the app ends when its terminal goes away (a
//! hung-up terminal stops being one); no transaction is ever held open between events, so a
//! dropped SSH session leaves the database unlocked.

pub mod action;
pub mod app;
pub mod keymap;
pub mod screens;
pub mod text;
pub mod theme;
pub mod ui;
pub mod widgets;

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event};

use app::App;

/// Runs the TUI until the user quits or a termination signal arrives.
pub fn run(mut app: App) -> std::io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::init();
    let result = (|| -> std::io::Result<()> {
        let size = terminal.size()?;
        app.resize(size.width, size.height);
        let mut dirty = true;
        watch_hangup(Arc::clone(&stop));
        while !app.quit && !stop.load(Ordering::Relaxed) {
            if dirty {
                terminal.draw(|f| ui::render(&app, f))?;
                dirty = false;
            }
            // Waits for input; wakes now and then only to notice signals.
            if event::poll(Duration::from_millis(250))? {
                match event::read()? {
                    Event::Key(k) => {
                        app.handle_key(k);
                        dirty = true;
                    }
                    Event::Resize(w, h) => {
                        app.resize(w, h);
                        dirty = true;
                    }
                    _ => {}
                }
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result
}

/// Ends the process when its terminal is gone (a closed SSH session or
/// terminal window) or a termination signal went unanswered for a second.
///
/// A hung-up terminal reads as end of file, and the terminal library then
/// spins inside its read without returning to our loop, so the loop alone
/// cannot notice. Nothing is lost by exiting: no transaction is ever held
/// open between events.
fn watch_hangup(stop: Arc<AtomicBool>) {
    let watch_stdin = std::io::stdin().is_terminal();
    std::thread::spawn(move || {
        let mut stop_seen = 0;
        loop {
            std::thread::sleep(Duration::from_millis(500));
            if stop.load(Ordering::Relaxed) {
                stop_seen += 1;
            }
            if (watch_stdin && !std::io::stdin().is_terminal()) || stop_seen > 2 {
                ratatui::restore();
                std::process::exit(0);
            }
        }
    });
}
