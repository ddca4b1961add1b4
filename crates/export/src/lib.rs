//! Aligned exports for CAT tools, corpus builders and reviewers.
