//! Document versions through the repository's git history.
