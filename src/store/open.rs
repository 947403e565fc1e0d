//! Opening a database: creation with safe permissions, recognising files
//! that are not ours (and leaving them untouched), read-only files,
//! pragmas, migrations, and the actor's role.

use std::io::Read;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};

use super::{APPLICATION_ID, Actor, Result, Store, StoreError, WriteCtx, audit, json, timestamp};
use crate::clock::{Clock, SystemClock};
use crate::domain::role::Role;

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(MIGRATION_FILES.iter().map(|sql| M::up(sql)).collect()));

/// Every migration, in order; the schema version is their count.
const MIGRATION_FILES: [&str; 6] = [
    include_str!("sql/0001_init.sql"),
    include_str!("sql/0002_plans.sql"),
    include_str!("sql/0003_assessments.sql"),
    include_str!("sql/0004_settings.sql"),
    include_str!("sql/0005_rollup.sql"),
    include_str!("sql/0006_summary.sql"),
];

/// The schema version this build writes.
pub fn latest_schema_version() -> i64 {
    MIGRATION_FILES.len() as i64
}

/// Something worth telling the user about the file, without refusing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenWarning {
    /// Every user on the machine can read the file (NIPs, birth dates).
    WorldReadable { path: PathBuf, mode: u32 },
    /// The file could only be opened read-only.
    ReadOnly { path: PathBuf },
    /// The OS user is not in the user table, so they may only read.
    UnknownUser { os_user: String },
}

impl OpenWarning {
    pub fn message(&self) -> String {
        use crate::i18n::tf;
        match self {
            OpenWarning::WorldReadable { path, mode } => tf(
                "store.world_readable",
                &[
                    ("path", &path.display()),
                    ("mode", &format!("{:o}", mode & 0o777)),
                ],
            ),
            OpenWarning::ReadOnly { path } => {
                tf("store.opened_read_only", &[("path", &path.display())])
            }
            OpenWarning::UnknownUser { os_user } => tf("store.unknown_user", &[("user", os_user)]),
        }
    }
}

/// How to open a database.
#[derive(Clone)]
pub struct OpenOptions {
    /// Create the file when it does not exist.
    pub create: bool,
    /// Create a new file readable and writable by its group (0660) instead
    /// of by its owner only (0600).
    pub group_shared: bool,
    /// Open read-only even when the file is writable.
    pub read_only: bool,
    /// How long a write waits for another writer before giving up.
    pub busy_timeout: Duration,
    /// The OS user on whose behalf writes are made.
    pub os_user: String,
    pub clock: Arc<dyn Clock>,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            create: true,
            group_shared: false,
            read_only: false,
            busy_timeout: Duration::from_secs(5),
            os_user: current_os_user(),
            clock: Arc::new(SystemClock),
        }
    }
}

/// The name of the OS user running the program.
pub fn current_os_user() -> String {
    whoami::fallible::username().unwrap_or_else(|_| "unknown".to_string())
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

impl Store {
    /// Opens (or creates) the database at `path`.
    pub fn open(path: &Path, opts: &OpenOptions) -> Result<Store> {
        let mut warnings = Vec::new();
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !dir.is_dir() {
            return Err(StoreError::MissingDir {
                dir: dir.to_path_buf(),
            });
        }
        let io = |source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        };
        let exists = path.exists();
        if !exists {
            if !opts.create || opts.read_only {
                return Err(StoreError::MissingFile {
                    path: path.to_path_buf(),
                });
            }
            let mode = if opts.group_shared { 0o660 } else { 0o600 };
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(mode)
                .open(path)
                .map_err(io)?;
            // The umask may have removed group bits we were asked for.
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(io)?;
        }
        let meta = std::fs::metadata(path).map_err(io)?;
        if meta.permissions().mode() & 0o004 != 0 {
            warnings.push(OpenWarning::WorldReadable {
                path: path.to_path_buf(),
                mode: meta.permissions().mode(),
            });
        }
        if meta.len() > 0 {
            let mut header = [0u8; 16];
            let mut f = std::fs::File::open(path).map_err(io)?;
            let n = f.read(&mut header).map_err(io)?;
            if n < 16 || &header != SQLITE_HEADER {
                return Err(StoreError::NotSqlite {
                    path: path.to_path_buf(),
                });
            }
        }
        let writable = !opts.read_only
            && std::fs::OpenOptions::new().write(true).open(path).is_ok()
            && dir_writable(dir);
        // Look before touching: a file that is not ours stays untouched.
        let inspect = inspect(path)?;
        if let Some(found) = inspect.foreign {
            return Err(found);
        }
        if inspect.version > latest_schema_version() {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found: inspect.version,
                supported: latest_schema_version(),
            });
        }
        if !writable {
            if inspect.version < latest_schema_version() {
                // An older or empty file we may not upgrade: nothing to show.
                return Err(StoreError::ReadOnly);
            }
            warnings.push(OpenWarning::ReadOnly {
                path: path.to_path_buf(),
            });
            let conn = open_read_only(path)?;
            return Store::finish(conn, opts, true, Some(path.to_path_buf()), warnings);
        }
        let conn = Connection::open(path).map_err(|e| corrupt_or(path, e))?;
        configure(&conn, opts.busy_timeout)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Store::finish(conn, opts, false, Some(path.to_path_buf()), warnings)
    }

    /// A private in-memory database (tests, benchmarks), created on behalf
    /// of `opts.os_user`, who becomes its admin.
    pub fn open_in_memory(opts: &OpenOptions) -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        configure(&conn, opts.busy_timeout)?;
        Store::finish(conn, opts, false, None, Vec::new())
    }

    fn finish(
        mut conn: Connection,
        opts: &OpenOptions,
        read_only: bool,
        path: Option<PathBuf>,
        mut warnings: Vec<OpenWarning>,
    ) -> Result<Store> {
        if !read_only {
            let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if version < latest_schema_version() {
                let fresh = version == 0;
                MIGRATIONS.to_latest(&mut conn).map_err(|e| match e {
                    rusqlite_migration::Error::RusqliteError { err, .. } => err.into(),
                    other => StoreError::Corrupt {
                        path: path.clone().unwrap_or_default(),
                        detail: other.to_string(),
                    },
                })?;
                if fresh {
                    initialise(&conn, opts)?;
                }
            }
            // What a migration (or an older build) left to recompute.
            let tx = conn.transaction()?;
            super::rollup::flush(&tx)?;
            tx.commit()?;
        }
        let actor = lookup_actor(&conn, &opts.os_user)?;
        if !actor.known {
            warnings.push(OpenWarning::UnknownUser {
                os_user: opts.os_user.clone(),
            });
        }
        Ok(Store {
            conn,
            actor,
            read_only,
            clock: opts.clock.clone(),
            path,
            busy_timeout: opts.busy_timeout,
            warnings,
            fts_cache: Default::default(),
        })
    }

    /// Changes the busy timeout of this connection.
    pub fn set_busy_timeout(&mut self, d: Duration) -> Result<()> {
        self.conn.busy_timeout(d)?;
        self.busy_timeout = d;
        Ok(())
    }
}

fn configure(conn: &Connection, busy: Duration) -> Result<()> {
    conn.busy_timeout(busy)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    Ok(())
}

/// The creator of a database is its admin.
fn initialise(conn: &Connection, opts: &OpenOptions) -> Result<()> {
    let ctx = WriteCtx {
        now: timestamp(opts.clock.now()),
        user: &opts.os_user,
    };
    let tx = conn.unchecked_transaction()?;
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.execute(
        "INSERT INTO meta(key, value) VALUES ('created_at', ?1), ('created_by', ?2)",
        params![ctx.now, ctx.user],
    )?;
    tx.execute(
        "INSERT INTO app_user(os_user, role, created_at, created_by, updated_at, updated_by)
         VALUES (?1, 'admin', ?2, ?1, ?2, ?1)",
        params![ctx.user, ctx.now],
    )?;
    audit(
        &tx,
        &ctx,
        "create",
        "app_user",
        ctx.user,
        None,
        json(&serde_json::json!({"os_user": ctx.user, "role": "admin"})),
    )?;
    tx.commit()?;
    Ok(())
}

fn lookup_actor(conn: &Connection, os_user: &str) -> Result<Actor> {
    let row: Option<(String, Option<i64>)> = conn
        .query_row(
            "SELECT role, staff_id FROM app_user WHERE os_user = ?1 AND active = 1",
            [os_user],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(match row {
        Some((role, staff_id)) => Actor {
            os_user: os_user.to_string(),
            role: Role::parse(&role).unwrap_or(Role::Viewer),
            staff_id,
            known: true,
        },
        None => Actor {
            os_user: os_user.to_string(),
            role: Role::Viewer,
            staff_id: None,
            known: false,
        },
    })
}

struct Inspection {
    version: i64,
    foreign: Option<StoreError>,
}

/// Reads the application id and schema version through a read-only
/// connection, so nothing is written to a file that is not ours.
fn inspect(path: &Path) -> Result<Inspection> {
    let conn = open_read_only(path)?;
    let read = || -> rusqlite::Result<(i64, i64, i64)> {
        let app: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        Ok((app, version, tables))
    };
    let (app, version, tables) = read().map_err(|e| corrupt_or(path, e))?;
    let foreign = if app == APPLICATION_ID || (app == 0 && version == 0 && tables == 0) {
        None
    } else {
        Some(StoreError::NotKinerja {
            path: path.to_path_buf(),
        })
    };
    Ok(Inspection { version, foreign })
}

fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| corrupt_or(path, e))?;
    // A WAL database in a directory we cannot write needs the immutable
    // flag to be read at all.
    if conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })
        .is_err()
    {
        let uri = format!("file:{}?immutable=1", path.display());
        let conn = Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
            .map_err(|e| corrupt_or(path, e))?;
        return Ok(conn);
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(conn)
}

fn corrupt_or(path: &Path, e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            StoreError::Locked { waited_ms: 5000 }
        }
        _ => StoreError::Sqlite { source: e },
    }
}

fn dir_writable(dir: &Path) -> bool {
    // Creating the WAL and shared-memory files needs a writable directory.
    let probe = dir.join(format!(".kinerja-probe-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            true
        }
        Err(e) => e.kind() == std::io::ErrorKind::AlreadyExists,
    }
}
