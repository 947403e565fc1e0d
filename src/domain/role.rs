//! Users and roles: who may change what.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Manages users and everything else; the creator of a database.
    Admin,
    /// HR staff: maintain the register and enter data.
    Operator,
    /// A pejabat penilai, linked to a staff record.
    Supervisor,
    /// Reads only.
    Viewer,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Operator, Role::Supervisor, Role::Viewer];

    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Operator => "operator",
            Role::Supervisor => "supervisor",
            Role::Viewer => "viewer",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.code().eq_ignore_ascii_case(s.trim()))
    }

    /// Staff register and unit tree.
    pub fn may_edit_register(self) -> bool {
        matches!(self, Role::Admin | Role::Operator)
    }

    /// Quarterly actuals, evidence and feedback.
    pub fn may_enter_results(self) -> bool {
        matches!(self, Role::Admin | Role::Operator)
    }

    /// Reopening a final assessment.
    pub fn may_reopen(self) -> bool {
        self == Role::Admin
    }

    /// The user-to-role mapping.
    pub fn may_manage_users(self) -> bool {
        self == Role::Admin
    }

    /// Reactivating someone who left is an admin correction.
    pub fn may_reactivate(self) -> bool {
        self == Role::Admin
    }

    pub fn label(self) -> String {
        crate::i18n::t(&format!("role.{}", self.code()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permissions_per_role() {
        assert!(Role::Admin.may_edit_register() && Role::Admin.may_manage_users());
        assert!(Role::Operator.may_edit_register() && !Role::Operator.may_manage_users());
        assert!(!Role::Supervisor.may_edit_register());
        assert!(!Role::Viewer.may_edit_register() && !Role::Viewer.may_reactivate());
        assert_eq!(Role::parse(" Operator "), Some(Role::Operator));
        assert_eq!(Role::parse("root"), None);
    }
}
