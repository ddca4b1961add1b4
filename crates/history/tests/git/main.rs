//! Integration tests of sixfold-history on repositories built in temporary directories.

mod docs;
mod fixture;
mod follow;
mod plumbing;
mod stale;
