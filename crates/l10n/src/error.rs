//! Errors for values the resources cannot express.

use sixfold_core::Session;

/// A value outside what the language data covers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum L10nError {
    /// Session ordinals are written in words only for sessions 1 to 100.
    #[error(
        "session {session} cannot be written in words: session ordinals are defined for 1 to {max}"
    )]
    SessionOutOfRange { session: Session, max: u16 },
    /// Year-numbered organs (Security Council, ECOSOC) have no session heading in words.
    #[error("session {0} is a year: expected a numbered, special or emergency special session")]
    SessionIsYear(u16),
    /// Only the six Main Committees have a name in the report line.
    #[error("committee {0} is not a Main Committee: expected 1 to 6")]
    CommitteeOutOfRange(u8),
    /// An agenda item was not written like `101` or `160 (a)`.
    #[error(
        "invalid agenda item `{0}`: expected a number with an optional letter, such as `101` or `160 (a)`"
    )]
    AgendaItem(String),
    /// A masthead value `document.toml` leaves out is needed to write the masthead.
    #[error("document.toml gives no `{0}`: the masthead cannot be written without it")]
    Missing(&'static str),
}
