//! Trees without cycles: the unit tree and the supervisor relation.

/// Why a new parent (unit) or supervisor (staff) is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HierarchyError {
    /// A node cannot be its own parent.
    SelfReference,
    /// The new parent lies below the node, so the tree would loop.
    Cycle,
}

/// Checks that `node` may hang below `new_parent`. `ancestors_of_parent`
/// yields the new parent's own ancestors, nearest first; the store gives it
/// from the current data. A chain longer than `limit` is treated as a cycle,
/// so corrupt data can never make this loop forever.
pub fn check_parent<Id: PartialEq + Copy>(
    node: Id,
    new_parent: Option<Id>,
    ancestors_of_parent: impl IntoIterator<Item = Id>,
) -> Result<(), HierarchyError> {
    const LIMIT: usize = 10_000;
    let Some(parent) = new_parent else {
        return Ok(());
    };
    if parent == node {
        return Err(HierarchyError::SelfReference);
    }
    for (i, a) in ancestors_of_parent.into_iter().enumerate() {
        if a == node || i >= LIMIT {
            return Err(HierarchyError::Cycle);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_self_and_descendants() {
        // 1 → 2 → 3 (3's parent is 2, 2's parent is 1)
        assert_eq!(
            check_parent(1, Some(1), []),
            Err(HierarchyError::SelfReference)
        );
        // moving 1 under 3: 3's ancestors are 2, 1 → cycle
        assert_eq!(check_parent(1, Some(3), [2, 1]), Err(HierarchyError::Cycle));
        // moving 3 under 1 is fine
        assert_eq!(check_parent(3, Some(1), []), Ok(()));
        assert_eq!(check_parent(3, None, []), Ok(()));
    }

    #[test]
    fn endless_chains_count_as_cycles() {
        assert_eq!(
            check_parent(1, Some(2), std::iter::repeat(7)),
            Err(HierarchyError::Cycle)
        );
    }
}
