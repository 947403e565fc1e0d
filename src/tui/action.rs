//! Everything a user can ask the TUI to do. Keys become actions in exactly
//! one place, the keymap; `App::update` is the only consumer.

/// Declares the bindable actions with their names in keymap files.
macro_rules! actions {
    ($($variant:ident = $name:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action {
            $($variant,)*
            /// A printable character typed into a text field (never bound).
            Type(char),
        }

        impl Action {
            /// Every bindable action.
            pub const ALL: &'static [Action] = &[$(Action::$variant,)*];

            /// The name used in keymap files and the catalog (`action.<name>`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Action::$variant => $name,)*
                    Action::Type(_) => "type",
                }
            }

            pub fn from_name(name: &str) -> Option<Action> {
                match name {
                    $($name => Some(Action::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

actions! {
    Quit = "quit",
    Help = "help",
    Palette = "palette",
    NextScreen = "next_screen",
    PrevScreen = "prev_screen",
    ScreenStaff = "screen_staff",
    ScreenUnits = "screen_units",
    ScreenTargets = "screen_targets",
    ScreenResults = "screen_results",
    Up = "up",
    Down = "down",
    PageUp = "page_up",
    PageDown = "page_down",
    First = "first",
    Last = "last",
    Search = "search",
    Add = "add",
    Edit = "edit",
    Deactivate = "deactivate",
    Reactivate = "reactivate",
    FilterUnit = "filter_unit",
    CycleStatus = "cycle_status",
    ToggleNipProblems = "toggle_nip_problems",
    ClearFilters = "clear_filters",
    Refresh = "refresh",
    ShowUnitStaff = "show_unit_staff",
    MoveUnit = "move_unit",
    ToggleDetail = "toggle_detail",
    Accept = "accept",
    Cancel = "cancel",
    NextField = "next_field",
    PrevField = "prev_field",
    Save = "save",
    OpenPicker = "open_picker",
    ClearValue = "clear_value",
    Left = "left",
    Right = "right",
    LineStart = "line_start",
    LineEnd = "line_end",
    DeleteBack = "delete_back",
    DeleteForward = "delete_forward",
    DeleteWord = "delete_word",
    ClearLine = "clear_line",
    ChooseSave = "choose_save",
    ChooseDiscard = "choose_discard",
    ToggleEmpty = "toggle_empty",
    PrevQuarter = "prev_quarter",
    NextQuarter = "next_quarter",
    ToggleLegacy = "toggle_legacy",
    ShowPlan = "show_plan",
    AddResult = "add_result",
    MoveUp = "move_up",
    MoveDown = "move_down",
    CopyLastYear = "copy_last_year",
    FromSupervisor = "from_supervisor",
    PrevYear = "prev_year",
    NextYear = "next_year",
    ScreenAssess = "screen_assess",
    Finalize = "finalize",
    NextPerson = "next_person",
    PrevPerson = "prev_person",
    ScrollUp = "scroll_up",
    ScrollDown = "scroll_down",
    Reopen = "reopen",
    ScreenSummary = "screen_summary",
    Expand = "expand",
    Collapse = "collapse",
    Sort = "sort",
    SetUnitPredicate = "set_unit_predicate",
    Monitor = "monitor",
    Export = "export",
}

impl Action {
    /// The short description shown in help, hints and the palette.
    pub fn label(self) -> String {
        crate::i18n::t(&format!("action.{}", self.name()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_have_labels_in_both_languages() {
        for a in Action::ALL {
            assert_eq!(Action::from_name(a.name()), Some(*a));
            for lang in [crate::i18n::Lang::Id, crate::i18n::Lang::En] {
                let key = format!("action.{}", a.name());
                assert!(
                    crate::i18n::catalog(lang).contains_key(&key),
                    "{key} missing for {lang:?}"
                );
            }
        }
    }
}
