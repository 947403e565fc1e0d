//! Moving through a list shown a page at a time: one rule for every
//! screen's selection and scroll.

use crate::tui::action::Action;

/// Where a navigation action moves the selection of a list of `len` rows
/// (clamped), or `None` when the action does not navigate.
pub fn step(action: Action, selected: usize, page: usize, len: usize) -> Option<usize> {
    let page = page.max(1);
    let to = match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => selected.saturating_add(1),
        Action::PageUp => selected.saturating_sub(page),
        Action::PageDown => selected.saturating_add(page),
        Action::First => 0,
        Action::Last => usize::MAX,
        _ => return None,
    };
    Some(to.min(len.saturating_sub(1)))
}

/// The first visible row so that `selected` shows on a page of `page`
/// rows, moving `offset` as little as possible.
pub fn keep_visible(selected: usize, offset: usize, page: usize) -> usize {
    let page = page.max(1);
    if selected < offset {
        selected
    } else if selected >= offset + page {
        selected + 1 - page
    } else {
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_stay_in_the_list_and_the_page_follows() {
        assert_eq!(step(Action::Up, 0, 10, 5), Some(0));
        assert_eq!(step(Action::Down, 4, 10, 5), Some(4));
        assert_eq!(step(Action::PageDown, 1, 10, 50), Some(11));
        assert_eq!(step(Action::Last, 1, 10, 50), Some(49));
        assert_eq!(step(Action::Last, 0, 10, 0), Some(0));
        assert_eq!(step(Action::Edit, 3, 10, 50), None);
        assert_eq!(keep_visible(3, 5, 10), 3);
        assert_eq!(keep_visible(20, 5, 10), 11);
        assert_eq!(keep_visible(7, 5, 10), 5);
    }
}
