//! Numbers written in words in the five languages whose texts spell them (Chinese numerals
//! are read by [`crate::check`] itself): cardinals and ordinals, their compounds ("sixty-
//! ninth", "soixante-dixième", "sexagésimo noveno", "шестьдесят девятой", "التاسعة والستين",
//! "one hundred and eleven") and the session numbers written in Roman numerals ("3235
//! (XXIX)").
//!
//! The `numbers-differ` check uses these only to absorb digits another rendering writes
//! ("the sixty-ninth session" beside "69-й сессии", "a los 15 años" beside "between 5 and
//! 15"), never as numbers that must be found elsewhere. A word read as a number where it
//! was not one can therefore only hide a difference that happens to have the same value,
//! while a number word it does not know shows a difference that is not there: the tables
//! lean towards knowing more words.

use sixfold_core::Lang;

/// What one word contributes to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    /// A value from 1 to 99 (cardinal or ordinal, any gender or case).
    Value(u64),
    /// "hundred", "cent", "ciento": multiplies what comes before it (or one).
    Hundred,
    /// "un", "una", "une": a one only where a multiplier follows ("un millón") or "et"
    /// completes a compound ("cinquante et un"), since alone these are articles. English
    /// "one", Russian "один" and Arabic "واحد" are numbers more often than not ("one
    /// post" beside "1个") and read as values.
    One,
    /// "million", "millón", "миллион", "مليون": keeps the value before it.
    Million,
    /// "thousand", "mille", "mil", "тысяча", "ألف": multiplies what comes before it (or
    /// one) by a thousand, and what follows below a thousand adds to it.
    Thousand,
    /// "and", "y", "et": joins "one hundred and eleven", "treinta y cinco",
    /// "cinquante et un".
    And,
}

/// Cardinals and ordinals spelled alike in every form this table lists, per language.
fn english(word: &str) -> Option<Word> {
    const UNITS: [(&str, &str, u64); 19] = [
        ("one", "first", 1),
        ("two", "second", 2),
        ("three", "third", 3),
        ("four", "fourth", 4),
        ("five", "fifth", 5),
        ("six", "sixth", 6),
        ("seven", "seventh", 7),
        ("eight", "eighth", 8),
        ("nine", "ninth", 9),
        ("ten", "tenth", 10),
        ("eleven", "eleventh", 11),
        ("twelve", "twelfth", 12),
        ("thirteen", "thirteenth", 13),
        ("fourteen", "fourteenth", 14),
        ("fifteen", "fifteenth", 15),
        ("sixteen", "sixteenth", 16),
        ("seventeen", "seventeenth", 17),
        ("eighteen", "eighteenth", 18),
        ("nineteen", "nineteenth", 19),
    ];
    const TENS: [(&str, &str, u64); 8] = [
        ("twenty", "twentieth", 20),
        ("thirty", "thirtieth", 30),
        ("forty", "fortieth", 40),
        ("fifty", "fiftieth", 50),
        ("sixty", "sixtieth", 60),
        ("seventy", "seventieth", 70),
        ("eighty", "eightieth", 80),
        ("ninety", "ninetieth", 90),
    ];
    match word {
        "one" => return Some(Word::Value(1)),
        "hundred" | "hundredth" => return Some(Word::Hundred),
        "thousand" | "thousands" | "thousandth" => return Some(Word::Thousand),
        "million" | "millions" => return Some(Word::Million),
        "and" => return Some(Word::And),
        _ => {}
    }
    UNITS
        .iter()
        .chain(TENS.iter())
        .find(|(c, o, _)| *c == word || *o == word)
        .map(|&(_, _, n)| Word::Value(n))
}

fn french(word: &str) -> Option<Word> {
    const VALUES: [(&str, u64); 20] = [
        ("deux", 2),
        ("trois", 3),
        ("quatre", 4),
        ("cinq", 5),
        ("six", 6),
        ("sept", 7),
        ("huit", 8),
        ("neuf", 9),
        ("dix", 10),
        ("onze", 11),
        ("douze", 12),
        ("treize", 13),
        ("quatorze", 14),
        ("quinze", 15),
        ("seize", 16),
        ("vingt", 20),
        ("trente", 30),
        ("quarante", 40),
        ("cinquante", 50),
        ("soixante", 60),
    ];
    match word {
        "un" | "une" | "unième" => return Some(Word::One),
        "premier" | "première" => return Some(Word::Value(1)),
        "second" | "seconde" => return Some(Word::Value(2)),
        "cent" | "cents" | "centième" => return Some(Word::Hundred),
        "mille" | "millième" => return Some(Word::Thousand),
        "million" | "millions" => return Some(Word::Million),
        "et" => return Some(Word::And),
        "vingts" => return Some(Word::Value(20)),
        _ => {}
    }
    // Ordinals add "ième" to the cardinal, dropping a final "e" ("quatrième", "onzième")
    // and writing "cinq" as "cinqu" and "neuf" as "neuv".
    let stem = word.strip_suffix("ième").map(|s| match s {
        "cinqu" => "cinq",
        "neuv" => "neuf",
        _ => s,
    });
    VALUES
        .iter()
        .find(|(w, _)| {
            *w == word || stem.is_some_and(|s| *w == s || w.strip_suffix('e') == Some(s))
        })
        .map(|&(_, n)| Word::Value(n))
}

fn spanish(word: &str) -> Option<Word> {
    const CARDINALS: [(&str, u64); 37] = [
        ("dos", 2),
        ("tres", 3),
        ("cuatro", 4),
        ("cinco", 5),
        ("seis", 6),
        ("siete", 7),
        ("ocho", 8),
        ("nueve", 9),
        ("diez", 10),
        ("once", 11),
        ("doce", 12),
        ("trece", 13),
        ("catorce", 14),
        ("quince", 15),
        ("dieciséis", 16),
        ("diecisiete", 17),
        ("dieciocho", 18),
        ("diecinueve", 19),
        ("veinte", 20),
        ("veintiún", 21),
        ("veintiuno", 21),
        ("veintiuna", 21),
        ("veintidós", 22),
        ("veintitrés", 23),
        ("veinticuatro", 24),
        ("veinticinco", 25),
        ("veintiséis", 26),
        ("veintisiete", 27),
        ("veintiocho", 28),
        ("veintinueve", 29),
        ("treinta", 30),
        ("cuarenta", 40),
        ("cincuenta", 50),
        ("sesenta", 60),
        ("setenta", 70),
        ("ochenta", 80),
        ("noventa", 90),
    ];
    // Ordinals, masculine; the feminine ends in "a" and plurals add "s".
    const ORDINALS: [(&str, u64); 20] = [
        ("primero", 1),
        ("segundo", 2),
        ("tercero", 3),
        ("cuarto", 4),
        ("quinto", 5),
        ("sexto", 6),
        ("séptimo", 7),
        ("octavo", 8),
        ("noveno", 9),
        ("décimo", 10),
        ("undécimo", 11),
        ("duodécimo", 12),
        ("vigésimo", 20),
        ("trigésimo", 30),
        ("cuadragésimo", 40),
        ("quincuagésimo", 50),
        ("sexagésimo", 60),
        ("septuagésimo", 70),
        ("octogésimo", 80),
        ("nonagésimo", 90),
    ];
    match word {
        "un" | "uno" | "una" => return Some(Word::One),
        "primer" => return Some(Word::Value(1)),
        "tercer" => return Some(Word::Value(3)),
        "cien" | "ciento" | "centésimo" | "centésima" => return Some(Word::Hundred),
        "mil" | "milésimo" | "milésima" => return Some(Word::Thousand),
        "millón" | "millones" => return Some(Word::Million),
        // The hundreds are one word each, in both genders.
        "doscientos" | "doscientas" => return Some(Word::Value(200)),
        "trescientos" | "trescientas" => return Some(Word::Value(300)),
        "cuatrocientos" | "cuatrocientas" => return Some(Word::Value(400)),
        "quinientos" | "quinientas" => return Some(Word::Value(500)),
        "seiscientos" | "seiscientas" => return Some(Word::Value(600)),
        "setecientos" | "setecientas" => return Some(Word::Value(700)),
        "ochocientos" | "ochocientas" => return Some(Word::Value(800)),
        "novecientos" | "novecientas" => return Some(Word::Value(900)),
        "y" => return Some(Word::And),
        _ => {}
    }
    if let Some(&(_, n)) = CARDINALS.iter().find(|(w, _)| *w == word) {
        return Some(Word::Value(n));
    }
    let singular = word.strip_suffix('s').unwrap_or(word);
    let masculine = singular.strip_suffix('a').map(|s| format!("{s}o"));
    let forms = [Some(singular), masculine.as_deref()];
    // "decimoquinto", "decimotercera": ten and a unit ordinal written as one word.
    let teen = |w: &str| {
        w.strip_prefix("decimo")
            .and_then(|u| ORDINALS.iter().find(|(o, _)| *o == u))
            .map(|&(_, n)| n + 10)
    };
    forms.into_iter().flatten().find_map(|w| {
        ORDINALS
            .iter()
            .find(|(o, _)| *o == w)
            .map(|&(_, n)| n)
            .or_else(|| teen(w))
            .map(Word::Value)
    })
}

#[allow(clippy::too_many_lines)] // Two word tables and their endings.
fn russian(word: &str) -> Option<Word> {
    // Cardinals with their other case forms.
    const CARDINALS: [(&str, u64); 50] = [
        ("два", 2),
        ("две", 2),
        ("двух", 2),
        ("двум", 2),
        ("двумя", 2),
        ("три", 3),
        ("трех", 3),
        ("трёх", 3),
        ("трем", 3),
        ("тремя", 3),
        ("четыре", 4),
        ("четырех", 4),
        ("четырёх", 4),
        ("пять", 5),
        ("пяти", 5),
        ("шесть", 6),
        ("шести", 6),
        ("семь", 7),
        ("семи", 7),
        ("восемь", 8),
        ("восьми", 8),
        ("девять", 9),
        ("девяти", 9),
        ("десять", 10),
        ("десяти", 10),
        ("двадцать", 20),
        ("двадцати", 20),
        ("тридцать", 30),
        ("тридцати", 30),
        ("сорок", 40),
        ("сорока", 40),
        ("пятьдесят", 50),
        ("пятидесяти", 50),
        ("шестьдесят", 60),
        ("шестидесяти", 60),
        ("семьдесят", 70),
        ("семидесяти", 70),
        ("восемьдесят", 80),
        ("восьмидесяти", 80),
        ("девяносто", 90),
        ("девяноста", 90),
        ("одиннадцать", 11),
        ("двенадцать", 12),
        ("тринадцать", 13),
        ("четырнадцать", 14),
        ("пятнадцать", 15),
        ("шестнадцать", 16),
        ("семнадцать", 17),
        ("восемнадцать", 18),
        ("девятнадцать", 19),
    ];
    // Ordinal stems; any adjective ending follows ("шестидесятой", "второго").
    const STEMS: [(&str, u64); 27] = [
        ("перв", 1),
        ("втор", 2),
        ("трет", 3),
        ("четверт", 4),
        ("пят", 5),
        ("шест", 6),
        ("седьм", 7),
        ("восьм", 8),
        ("девят", 9),
        ("десят", 10),
        ("одиннадцат", 11),
        ("двенадцат", 12),
        ("тринадцат", 13),
        ("четырнадцат", 14),
        ("пятнадцат", 15),
        ("шестнадцат", 16),
        ("семнадцат", 17),
        ("восемнадцат", 18),
        ("девятнадцат", 19),
        ("двадцат", 20),
        ("тридцат", 30),
        ("сороков", 40),
        ("пятидесят", 50),
        ("шестидесят", 60),
        ("семидесят", 70),
        ("восьмидесят", 80),
        ("девяност", 90),
    ];
    const ENDINGS: [&str; 22] = [
        "ый", "ой", "ий", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ом", "ем", "ую",
        "юю", "ые", "ие", "ых", "их", "ым", "ыми", "ья",
    ];
    match word {
        "один" | "одна" | "одно" | "одного" | "одной" => {
            return Some(Word::Value(1));
        }
        "сто" | "ста" | "сотый" | "сотой" | "сотого" => {
            return Some(Word::Hundred);
        }
        "миллион" | "миллиона" | "миллионов" => return Some(Word::Million),
        "тысяча" | "тысячи" | "тысяч" | "тысячу" | "тысячей" | "тысячам" | "тысячами"
        | "тысячах" => return Some(Word::Thousand),
        // The hundreds are one word each, here with their genitive (and dative) forms.
        "двести" | "двухсот" | "двумстам" => return Some(Word::Value(200)),
        "триста" | "трехсот" | "трёхсот" | "тремстам" => {
            return Some(Word::Value(300));
        }
        "четыреста" | "четырехсот" | "четырёхсот" | "четыремстам" =>
        {
            return Some(Word::Value(400));
        }
        "пятьсот" | "пятисот" | "пятистам" => return Some(Word::Value(500)),
        "шестьсот" | "шестисот" | "шестистам" => {
            return Some(Word::Value(600));
        }
        "семьсот" | "семисот" | "семистам" => return Some(Word::Value(700)),
        "восемьсот" | "восьмисот" | "восьмистам" => {
            return Some(Word::Value(800));
        }
        "девятьсот" | "девятисот" | "девятистам" => {
            return Some(Word::Value(900));
        }
        "и" => return Some(Word::And),
        // "третий" and its forms soften the stem: "третьей", "третьего".
        w if w.starts_with("треть") && w.len() > "треть".len() => {
            return Some(Word::Value(3));
        }
        _ => {}
    }
    if let Some(&(_, n)) = CARDINALS.iter().find(|(w, _)| *w == word) {
        return Some(Word::Value(n));
    }
    STEMS
        .iter()
        .filter(|(s, _)| {
            word.strip_prefix(s)
                .is_some_and(|rest| ENDINGS.contains(&rest))
        })
        .max_by_key(|(s, _)| s.len())
        .map(|&(_, n)| Word::Value(n))
}

/// Arabic, after [`arabic_base`] removed the article and a joined conjunction or
/// preposition.
fn arabic(word: &str) -> Option<Word> {
    const VALUES: [(&str, u64); 58] = [
        ("اثنان", 2),
        ("اثنين", 2),
        ("اثنتان", 2),
        ("اثنتين", 2),
        ("ثاني", 2),
        ("ثانية", 2),
        ("ثلاثة", 3),
        ("ثلاث", 3),
        ("ثالث", 3),
        ("ثالثة", 3),
        ("أربعة", 4),
        ("أربع", 4),
        ("رابع", 4),
        ("رابعة", 4),
        ("خمسة", 5),
        ("خمس", 5),
        ("خامس", 5),
        ("خامسة", 5),
        ("ستة", 6),
        ("ست", 6),
        ("سادس", 6),
        ("سادسة", 6),
        ("سبعة", 7),
        ("سبع", 7),
        ("سابع", 7),
        ("سابعة", 7),
        ("ثمانية", 8),
        ("ثماني", 8),
        ("ثامن", 8),
        ("ثامنة", 8),
        ("تسعة", 9),
        ("تسع", 9),
        ("تاسع", 9),
        ("تاسعة", 9),
        ("عشرة", 10),
        ("عشر", 10),
        ("عاشر", 10),
        ("عاشرة", 10),
        ("عشرون", 20),
        ("عشرين", 20),
        ("ثلاثون", 30),
        ("ثلاثين", 30),
        ("أربعون", 40),
        ("أربعين", 40),
        ("خمسون", 50),
        ("خمسين", 50),
        ("ستون", 60),
        ("ستين", 60),
        ("سبعون", 70),
        ("سبعين", 70),
        ("ثمانون", 80),
        ("ثمانين", 80),
        ("تسعون", 90),
        ("تسعين", 90),
        ("أول", 1),
        ("أولى", 1),
        ("حادي", 1),
        ("حادية", 1),
    ];
    match word {
        "واحد" | "واحدة" => return Some(Word::Value(1)),
        // The dual: "مليوني شخص", two million people.
        "مليونا" | "مليوني" | "مليونين" => return Some(Word::Value(2)),
        "مائة" | "مئة" => return Some(Word::Hundred),
        "مليون" | "ملايين" => return Some(Word::Million),
        // "آلاف" (thousands) arrives as "ألاف": the base form writes every hamza alef alike.
        "ألف" | "ألاف" | "الف" => return Some(Word::Thousand),
        // The dual: "ألفي شخص", two thousand people.
        "ألفا" | "ألفي" | "ألفين" | "ألفان" => return Some(Word::Value(2000)),
        // The hundreds are one word each.
        "مائتان" | "مائتين" | "مائتا" | "مائتي" | "مئتان" | "مئتين" | "مئتا" | "مئتي" =>
        {
            return Some(Word::Value(200));
        }
        "ثلاثمائة" | "ثلاثمئة" => return Some(Word::Value(300)),
        "أربعمائة" | "أربعمئة" | "اربعمائة" => {
            return Some(Word::Value(400));
        }
        "خمسمائة" | "خمسمئة" => return Some(Word::Value(500)),
        "ستمائة" | "ستمئة" => return Some(Word::Value(600)),
        "سبعمائة" | "سبعمئة" => return Some(Word::Value(700)),
        "ثمانمائة" | "ثمانمئة" => return Some(Word::Value(800)),
        "تسعمائة" | "تسعمئة" => return Some(Word::Value(900)),
        _ => {}
    }
    VALUES
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, n)| Word::Value(n))
}

/// An Arabic word without its diacritics and tatweel, and without the article and a joined
/// "و" (and), "ب" (in) or "ل" (for) before it; whether it began with "و", which joins
/// numbers as "and" does ("تسعة وستين", sixty-nine).
fn arabic_base(word: &str) -> (String, bool) {
    let bare: String = word
        .chars()
        .filter(|c| !matches!(*c as u32, 0x064B..=0x065F | 0x0670 | 0x0640))
        .map(|c| match c {
            'إ' | 'آ' => 'أ',
            _ => c,
        })
        .collect();
    let known = |w: &str| arabic(w).is_some();
    if known(&bare) {
        return (bare, false);
    }
    for prefix in ["وال", "بال", "لل", "ال", "و", "ب", "ل"] {
        if let Some(rest) = bare.strip_prefix(prefix) {
            if known(rest) {
                return (rest.to_owned(), prefix.starts_with('و'));
            }
        }
    }
    (bare, false)
}

/// The value of an upper-case Roman numeral of two to seven letters from I, V, X and L (2
/// to 89), written the canonical way; `None` for anything else. Single letters are left
/// out ("I" is a pronoun, "V" and "X" are list markers), and C, D and M with them, which
/// open acronyms far more often than numbers in UN text ("CD", "MDG").
fn roman(word: &str) -> Option<u64> {
    if !(2..=7).contains(&word.len()) || !word.bytes().all(|b| b"IVXL".contains(&b)) {
        return None;
    }
    let digit = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        _ => 50,
    };
    let bytes = word.as_bytes();
    // A letter before a greater one is subtracted ("IX"); the canonical-form test below
    // rejects every order that would make the sum go negative or repeat wrongly.
    let mut value: i64 = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let d = digit(b);
        if bytes.get(i + 1).is_some_and(|&next| digit(next) > d) {
            value -= d;
        } else {
            value += d;
        }
    }
    let value = u64::try_from(value).ok()?;
    let canonical = i64::try_from(value).map(crate::input::docx::roman);
    (canonical.as_deref() == Ok(word)).then_some(value)
}

/// Numbers written in words (and Roman numerals) in `text`, in order. Chinese has none
/// here: the check reads its numerals itself.
#[must_use]
pub fn spelled_numbers(lang: Lang, text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    if lang == Lang::Zh {
        return out;
    }
    let mut acc = Accumulator::default();
    for raw in text.split(|c: char| !c.is_alphabetic() && !is_arabic_mark(c)) {
        if raw.is_empty() {
            continue;
        }
        if let Some(n) = roman(raw) {
            acc.flush(&mut out);
            out.push(n);
            continue;
        }
        // Hyphenated compounds ("twenty-five", "quatre-vingt-dix") go through the same
        // steps as words apart; the split above kept no hyphen, so split words that the
        // splitter joined are handled by position alone.
        let lower = raw.to_lowercase();
        let (word, joined_and) = if lang == Lang::Ar {
            arabic_base(&lower)
        } else {
            (lower, false)
        };
        let read = match lang {
            Lang::En => english(&word),
            Lang::Fr => french(&word),
            Lang::Es => spanish(&word),
            Lang::Ru => russian(&word),
            Lang::Ar => arabic(&word),
            Lang::Zh => None,
        };
        if let Some(w) = read {
            acc.word(lang, w, joined_and, &mut out);
        } else {
            let counted = acc.value.is_some() && !acc.and;
            acc.flush(&mut out);
            // "five decades" is what another rendering writes as "50 лет".
            if counted && is_decades(lang, &word) {
                if let Some(years) = out.last().and_then(|n| n.checked_mul(10)) {
                    out.push(years);
                }
            }
        }
    }
    acc.flush(&mut out);
    out
}

/// Whether `word` (lower case) is the language's word for decades, which a number before
/// it counts in tens of years.
fn is_decades(lang: Lang, word: &str) -> bool {
    match lang {
        Lang::En => matches!(word, "decade" | "decades"),
        Lang::Fr => matches!(word, "décennie" | "décennies"),
        Lang::Es => matches!(word, "decenio" | "decenios" | "década" | "décadas"),
        Lang::Ru => word.starts_with("десятилети"),
        Lang::Ar => word == "عقود",
        Lang::Zh => false,
    }
}

/// Arabic vowel signs and tatweel, which `char::is_alphabetic` does not always count as
/// letters but which sit inside words.
fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x0640)
}

/// Builds one number from consecutive number words.
#[derive(Default)]
struct Accumulator {
    /// The number read so far, if any.
    value: Option<u64>,
    /// A "one" waiting for a multiplier.
    one: bool,
    /// An "and" was read after `value`.
    and: bool,
}

impl Accumulator {
    fn flush(&mut self, out: &mut Vec<u64>) {
        if let Some(v) = self.value.take() {
            out.push(v);
        }
        self.one = false;
        self.and = false;
    }

    fn word(&mut self, lang: Lang, w: Word, joined_and: bool, out: &mut Vec<u64>) {
        match w {
            Word::And => {
                if self.value.is_some() {
                    self.and = true;
                } else {
                    self.flush(out);
                }
            }
            Word::One => {
                // "cinquante et un(ième)": a one after "et" completes the tens.
                if self.and && lang == Lang::Fr && self.value.is_some_and(|v| v % 10 == 0) {
                    self.value = self.value.map(|v| v + 1);
                    self.and = false;
                    return;
                }
                self.flush(out);
                self.one = true;
            }
            Word::Hundred => {
                // "two thousand five hundred": the hundreds after the thousands.
                let (high, base) = match self.value {
                    Some(v) if v >= 1000 && v % 1000 < 10 => (v - v % 1000, (v % 1000).max(1)),
                    Some(v) if v < 10 => (0, v),
                    None => (0, 1),
                    Some(_) => {
                        self.flush(out);
                        (0, 1)
                    }
                };
                self.value = Some(high + base * 100);
                self.one = false;
                self.and = false;
            }
            Word::Thousand => {
                let base = match self.value {
                    Some(v) if v < 1000 => v,
                    None => 1,
                    Some(_) => {
                        self.flush(out);
                        1
                    }
                };
                self.value = Some(base * 1000);
                self.one = false;
                self.and = false;
            }
            Word::Million => {
                if self.one && self.value.is_none() {
                    self.value = Some(1);
                }
                self.flush(out);
            }
            Word::Value(v) => {
                let and = self.and || joined_and;
                if let Some(combined) = self.value.and_then(|c| combine(lang, c, v, and)) {
                    self.value = Some(combined);
                } else {
                    self.flush(out);
                    self.value = Some(v);
                }
                self.one = false;
                self.and = false;
            }
        }
    }
}

/// The number `before` and `next` make together, if the language writes numbers that way.
fn combine(lang: Lang, before: u64, next: u64, and: bool) -> Option<u64> {
    // Whole tens, after any hundreds and thousands ("четырехсот двадцати" then "пяти").
    let tens = (20..100).contains(&(before % 100)) && before % 10 == 0;
    if before >= 1000 && before % 1000 == 0 && next < 1000 {
        // "two thousand five", "ألفين وخمسمائة".
        return Some(before + next);
    }
    if before >= 100 && before % 100 == 0 && next < 100 {
        // "one hundred and eleven", "ciento veinte".
        return Some(before + next);
    }
    match lang {
        // Arabic puts the unit first: "خمسة وعشرون" (25), "الخامسة عشرة" (15th).
        Lang::Ar if before < 10 && next == 10 => Some(before + 10),
        Lang::Ar if before < 10 && next >= 20 && next % 10 == 0 && and => Some(before + next),
        // "quatre-vingt(s)" is four twenties; "soixante-dix", "quatre-vingt-onze".
        Lang::Fr if before == 4 && next == 20 => Some(80),
        Lang::Fr if (before == 60 || before == 80) && (10..20).contains(&next) => {
            Some(before + next)
        }
        Lang::Ar => None,
        _ if tens && next < 10 => Some(before + next),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinals_and_ordinals_with_their_compounds() {
        for (lang, text, expected) in [
            (
                Lang::En,
                "Of the nine countries, six have twenty-five",
                vec![9, 6, 25],
            ),
            (Lang::En, "a document of the sixty-ninth session", vec![69]),
            (Lang::En, "One hundred and eleven countries", vec![111]),
            (Lang::En, "the eleventh session of the Forum", vec![11]),
            (Lang::En, "one of the ten-year plans", vec![1, 10]),
            (Lang::En, "approximately one million people", vec![1]),
            (Lang::Fr, "vingt-cinq États", vec![25]),
            (Lang::Fr, "sa soixante-dixième session", vec![70]),
            (Lang::Fr, "la cinquante et unième session", vec![51]),
            (Lang::Fr, "quatre-vingt-onze pays", vec![91]),
            (Lang::Fr, "la neuvième et la onzième", vec![9, 11]),
            (Lang::Es, "Veinte años después", vec![20]),
            (
                Lang::Es,
                "el sexagésimo noveno período de sesiones",
                vec![69],
            ),
            (Lang::Es, "la decimoquinta reunión", vec![15]),
            (Lang::Es, "treinta y cinco Estados", vec![35]),
            (Lang::Es, "alrededor de un millón de personas", vec![1]),
            (Lang::Ru, "в течение двух лет", vec![2]),
            (Lang::Ru, "на ее шестидесятой сессии", vec![60]),
            (Lang::Ru, "шестьдесят девятой сессии", vec![69]),
            (Lang::Ru, "третьего доклада", vec![3]),
            (Lang::Ar, "قبل عشرين سنة", vec![20]),
            (Lang::Ar, "بين سن الخامسة والخامسة عشرة", vec![5, 15]),
            (Lang::Ar, "شوهد ستة رجال", vec![6]),
            (Lang::Ar, "الدورة التاسعة والستين", vec![69]),
            (Lang::Ar, "رسائل توعية إلى مليوني شخص", vec![2]),
            (
                Lang::En,
                "it is proposed that one post be converted",
                vec![1],
            ),
            (Lang::En, "twenty-one States", vec![21]),
            (Lang::En, "resolution 3235 (XXIX), annex", vec![29]),
            // Decades count tens of years as well.
            (Lang::En, "over the past five decades", vec![5, 50]),
            (Lang::Fr, "depuis trois décennies", vec![3, 30]),
            (Lang::Es, "durante dos decenios", vec![2, 20]),
            (Lang::Ru, "за пять десятилетий", vec![5, 50]),
            (Lang::Ar, "منذ خمسة عقود", vec![5, 50]),
            (Lang::En, "one of the decades", vec![1]),
            // Hundreds and thousands.
            (Lang::Ru, "четыреста специалистов", vec![400]),
            (Lang::Ru, "около двух тысяч человек", vec![2000]),
            (Lang::Ru, "из четырехсот двадцати пяти", vec![425]),
            (Lang::Es, "cuatrocientos especialistas", vec![400]),
            (Lang::Es, "dos mil quinientas personas", vec![2500]),
            (Lang::Fr, "deux mille personnes", vec![2000]),
            (Lang::Fr, "deux-mille-cinq-cents personnes", vec![2500]),
            (Lang::Fr, "mille deux cent trente", vec![1230]),
            (Lang::En, "two thousand five hundred and ten", vec![2510]),
            (Lang::Ar, "أربعمائة متخصص", vec![400]),
            (Lang::Ar, "ألفي شخص", vec![2000]),
            (Lang::Ar, "ثلاثة آلاف", vec![3000]),
        ] {
            assert_eq!(spelled_numbers(lang, text), expected, "{lang}: {text}");
        }
    }

    #[test]
    fn words_that_are_not_numbers_stay_out() {
        for (lang, text) in [
            (Lang::En, "I welcome the CD and the MDG report"),
            (Lang::Fr, "un État et une organisation"),
            (Lang::Es, "una resolución y un informe"),
            (Lang::Ru, "пятница и десятилетие"),
            (Lang::Zh, "第七十届会议"),
        ] {
            assert!(spelled_numbers(lang, text).is_empty(), "{lang}: {text}");
        }
        // A Roman numeral is written the canonical way or is no number.
        assert_eq!(roman("IIII"), None);
        assert_eq!(roman("XIV"), Some(14));
        assert_eq!(roman("LXXXIX"), Some(89));
    }
}
