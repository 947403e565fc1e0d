//! `kinerja user`: which OS user has which role.

use clap::Subcommand;

use super::Failure;
use super::open::Env;
use crate::domain::nip::Nip;
use crate::domain::role::Role;
use crate::i18n::{t, tf};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// List users and their roles.
    List,
    /// Add a user, or change their role.
    Add {
        /// The OS user name (as `whoami` prints it).
        name: String,
        /// admin, operator, supervisor or viewer.
        #[arg(long)]
        role: String,
        /// For a supervisor: the NIP of their staff record.
        #[arg(long)]
        staff: Option<String>,
    },
    /// Take a user's access away (the record stays for the audit trail).
    Remove { name: String },
}

pub fn run(env: &Env, cmd: UserCommand) -> Result<i32, Failure> {
    let mut store = env.open(&env.open_options())?;
    match cmd {
        UserCommand::List => {
            for u in store.users()? {
                let staff = match u.staff_id {
                    Some(id) => {
                        let b = store.staff_brief(id)?;
                        format!("{} ({})", b.name, b.nip)
                    }
                    None => t("common.none"),
                };
                let active = if u.active {
                    t("status.active")
                } else {
                    t("status.inactive")
                };
                println!("{}\t{}\t{}\t{}", u.os_user, u.role.code(), staff, active);
            }
        }
        UserCommand::Add { name, role, staff } => {
            let role = Role::parse(&role)
                .ok_or_else(|| Failure::new(2, tf("cli.bad_role", &[("value", &role)])))?;
            let staff_id = match staff {
                Some(nip) => {
                    let parsed = Nip::parse(&nip).map_err(|e| Failure::new(2, e.message()))?;
                    Some(
                        store
                            .staff_by_nip(&parsed)?
                            .ok_or_else(|| {
                                Failure::new(3, tf("cli.status_none", &[("query", &nip)]))
                            })?
                            .id,
                    )
                }
                None => None,
            };
            if role == Role::Supervisor && staff_id.is_none() {
                return Err(Failure::new(2, t("cli.supervisor_needs_staff")));
            }
            store.set_user(&name, role, staff_id)?;
            println!(
                "{}",
                tf("cli.user_set", &[("user", &name), ("role", &role.code())])
            );
        }
        UserCommand::Remove { name } => {
            store.deactivate_user(&name)?;
            println!("{}", tf("cli.user_removed", &[("user", &name)]));
        }
    }
    Ok(0)
}
