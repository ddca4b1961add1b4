//! Table-driven tests of the symbol parser over real UN symbols and malformed ones.

use std::cmp::Ordering;

use proptest::prelude::*;

use super::*;
use crate::organ::Organ;

/// Real symbols (from `shared/reference/un-symbols.md` §1.9 and the UN sources it cites).
/// Columns: input | canonical | compact | base | modifiers | resolution | session.
/// `=` repeats the canonical form, `-` means none.
const REAL: &str = "
A/51/3 | = | = | = | - | - | 51
A/51/3 (Part II) | = | A/51/3(PartII) | = | - | - | 51
A/51/3/Rev.1 | = | = | A/51/3 | Rev.1 | - | 51
A/51/601 | = | = | = | - | - | 51
A/51/610 | = | = | = | - | - | 51
A/51/643/Add.2 | = | = | A/51/643 | Add.2 | - | 51
A/51/745 | = | = | = | - | - | 51
A/52/100 | = | = | = | - | - | 52
A/52/132 | = | = | = | - | - | 52
A/52/855 | = | = | = | - | - | 52
A/53/50 | = | = | = | - | - | 53
A/53/150 | = | = | = | - | - | 53
A/56/100 | = | = | = | - | - | 56
A/57/3/Rev.1 | = | = | A/57/3 | Rev.1 | - | 57
A/57/551 | = | = | = | - | - | 57
A/60/50/Corr.1 | = | = | A/60/50 | Corr.1 | - | 60
A/61/50/Corr.1 | = | = | A/61/50 | Corr.1 | - | 61
A/63/959 | = | = | = | - | - | 63
A/64/2 | = | = | = | - | - | 64
A/64/13/Add.1 | = | = | A/64/13 | Add.1 | - | 64
A/66/250 | = | = | = | - | - | 66
A/66/413 | = | = | = | - | - | 66
A/68/451 | = | = | = | - | - | 68
A/69/972 | = | = | = | - | - | 69
A/71/1007 | = | = | = | - | - | 71
A/72/633/Corr.1 | = | = | A/72/633 | Corr.1 | - | 72
A/72/789/Add.2 | = | = | A/72/789 | Add.2 | - | 72
A/72/906 | = | = | = | - | - | 72
A/78/846 | = | = | = | - | - | 78
A/34/3/Rev.1 | = | = | A/34/3 | Rev.1 | - | 34
A/33/45 | = | = | = | - | - | 33
A/6014 | = | = | = | - | - | -
A/520/Rev.17 | = | = | A/520 | Rev.17 | - | -
A/520/Rev.20 | = | = | A/520 | Rev.20 | - | -
A/388 | = | = | = | - | - | -
A/3354 | = | = | = | - | - | -
A/8447/Add.1 | = | = | A/8447 | Add.1 | - | -
A/54/L.81/Rev.1 | = | = | A/54/L.81 | Rev.1 | - | 54
A/65/L.85/Add.1 | = | = | A/65/L.85 | Add.1 | - | 65
A/68/L.33 | = | = | = | - | - | 68
A/C.3/68/L.75 | = | = | = | - | - | 68
A/C.3/68/L.77 | = | = | = | - | - | 68
A/C.5/61/L.20 | = | = | = | - | - | 61
A/C.5/67/L.37 | = | = | = | - | - | 67
A/AC.109/2019/L.18 | = | = | = | - | - | 2019
A/ES-11/L.11 | = | = | = | - | - | ES-11
E/CN.15/2014/L.12/Rev.1 | = | = | E/CN.15/2014/L.12 | Rev.1 | - | 2014
A/66/PV.82 | = | = | = | - | - | 66
A/68/PV.70 | = | = | = | - | - | 68
A/ES-10/PV.31 | = | = | = | - | - | ES-10
A/ES-11/PV.20 | = | = | = | - | - | ES-11
A/C.3/68/SR.50 | = | = | = | - | - | 68
A/C.4/64/SR.22 | = | = | = | - | - | 64
A/C.4/66/SR.10 | = | = | = | - | - | 66
A/BUR/54/SR.1 | = | = | = | - | - | 54
S/PV.6826 | = | = | = | - | - | -
S/PV.6201(Resumption1) | S/PV.6201 (Resumption 1) | S/PV.6201(Resumption1) | = | - | - | -
E/SR.1847 | = | = | = | - | - | -
E/AC.6/SR.594 | = | = | = | - | - | -
CAT/C/SR.209 | = | = | = | - | - | -
A/RES/217 A (III) | = | A/RES/217A(III) | = | - | 217 A (III) | 3
A/RES/377 A (V) | = | A/RES/377A(V) | = | - | 377 A (V) | 5
A/RES/491 (V) | = | A/RES/491(V) | = | - | 491 (V) | 5
A/RES/11 (I) | = | A/RES/11(I) | = | - | 11 (I) | 1
A/RES/2758(XXVI) | A/RES/2758 (XXVI) | A/RES/2758(XXVI) | = | - | 2758 (XXVI) | 26
A/RES/194(III) | A/RES/194 (III) | A/RES/194(III) | = | - | 194 (III) | 3
A/RES/3362 (S-VII) | = | A/RES/3362(S-VII) | = | - | 3362 (S-VII) | S-7
A/RES/42/193 | = | = | = | - | 42/193 | 42
A/RES/44/25 | = | = | = | - | 44/25 | 44
A/RES/49/202 | = | = | = | - | 49/202 | 49
A/RES/50/221 | = | = | = | - | 50/221 | 50
A/RES/51/60 | = | = | = | - | 51/60 | 51
A/RES/51/216 | = | = | = | - | 51/216 | 51
A/RES/51/226 | = | = | = | - | 51/226 | 51
A/RES/64/293 | = | = | = | - | 64/293 | 64
A/RES/66/1 | = | = | = | - | 66/1 | 66
A/RES/68/144 | = | = | = | - | 68/144 | 68
A/RES/68/247 B | = | A/RES/68/247B | = | - | 68/247 B | 68
A/RES/69/96 A-B | = | A/RES/69/96A-B | = | - | 69/96 A-B | 69
A/RES/70/1 | = | = | = | - | 70/1 | 70
A/RES/71/4 | = | = | = | - | 71/4 | 71
A/RES/72/298 | = | = | = | - | 72/298 | 72
A/RES/S-13/2 | = | = | = | - | S-13/2 | S-13
A/RES/S-8/1 | = | = | = | - | S-8/1 | S-8
A/RES/ES-8/2 | = | = | = | - | ES-8/2 | ES-8
A/RES/ES-11/7 | = | = | = | - | ES-11/7 | ES-11
A/RES/ES-11/8 | = | = | = | - | ES-11/8 | ES-11
A/HRC/RES/12/10 | = | = | = | - | 12/10 | 12
S/RES/1 (1946) | = | S/RES/1(1946) | = | - | 1 (1946) | 1946
S/RES/6(1946) | S/RES/6 (1946) | S/RES/6(1946) | = | - | 6 (1946) | 1946
S/RES/199 (1964) | = | S/RES/199(1964) | = | - | 199 (1964) | 1964
S/RES/955 (1994) | = | S/RES/955(1994) | = | - | 955 (1994) | 1994
S/RES/1019 | = | = | = | - | 1019 | -
S/RES/1373 (2001) | = | S/RES/1373(2001) | = | - | 1373 (2001) | 2001
S/RES/1440 (2002) | = | S/RES/1440(2002) | = | - | 1440 (2002) | 2002
S/RES/2334(2016) | S/RES/2334 (2016) | S/RES/2334(2016) | = | - | 2334 (2016) | 2016
S/RES/2623 (2022) | = | S/RES/2623(2022) | = | - | 2623 (2022) | 2022
E/RES/1996/16 | = | = | = | - | 1996/16 | 1996
S/2010/507 | = | = | = | - | - | 2010
S/2014/922 | = | = | = | - | - | 2014
S/26015 | = | = | = | - | - | -
S/26695 | = | = | = | - | - | -
S/PRST/1994/81 | = | = | = | - | - | 1994
S/PRST/2015/19 | = | = | = | - | - | 2015
S/INF/4/Rev.1 | = | = | S/INF/4 | Rev.1 | - | -
S/INF/19/Rev.1/Add.1 | = | = | S/INF/19 | Rev.1 Add.1 | - | -
S/INF/63 | = | = | = | - | - | -
E/1996/96 | = | = | = | - | - | 1996
E/1997/100 | = | = | = | - | - | 1997
E/2016/30 | = | = | = | - | - | 2016
E/2019/30/Add.1 | = | = | E/2019/30 | Add.1 | - | 2019
E/CN.15/2016/13 | = | = | = | - | - | 2016
E/CN.15/2019/15 | = | = | = | - | - | 2019
E/CN.4/1995/2-E/CN.4/Sub.2/1994/56 | = | = | = | - | - | 1995
A/51/135-E/1996/51 | = | = | = | - | - | 51
E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1 | = | = | E/CN.4/Sub.2/AC.2/1987/WP.4 | Add.1 | - | 1987
ST/CS/SER.A/44/Rev.1* | = | ST/CS/SER.A/44/Rev.1 | ST/CS/SER.A/44 | Rev.1 | - | -
ST/AI/189/Add.3/Rev.2 | = | = | ST/AI/189 | Add.3 Rev.2 | - | -
ST/AI/189/Add.9/Rev.2/Add.2 | = | = | ST/AI/189 | Add.9 Rev.2 Add.2 | - | -
ST/AI/189/Add.28 | = | = | ST/AI/189 | Add.28 | - | -
ST/AI/2001/5* | = | ST/AI/2001/5 | ST/AI/2001/5 | - | - | 2001
ST/SG/1997/1 | = | = | = | - | - | 1997
ST/LIB/13/Rev.5 | = | = | ST/LIB/13 | Rev.5 | - | -
ST/LIB/SER.B/5/Rev.5 | = | = | ST/LIB/SER.B/5 | Rev.5 | - | -
ST/LIB/SER.B/A.70 (Part I) | = | ST/LIB/SER.B/A.70(PartI) | = | - | - | -
ST/LIB/SER.B/E.45 | = | = | = | - | - | -
A/INF/61/3 | = | = | = | - | - | 61
A/HRC/43/71 | = | = | = | - | - | 43
A/AC.105/752/Add.1 | = | = | A/AC.105/752 | Add.1 | - | -
CAT/C/38/CRP.2/Add.4 | = | = | CAT/C/38/CRP.2 | Add.4 | - | 38
CED/C/11/3 | = | = | = | - | - | 11
A/62/17(PartI) | A/62/17 (Part I) | A/62/17(PartI) | = | - | - | 62
A/68/49(Vol.I) | A/68/49 (Vol. I) | A/68/49(Vol.I) | = | - | - | 68
A/66/49 (Vol. II) | = | A/66/49(Vol.II) | = | - | - | 66
A/66/49 (volume ii) | A/66/49 (Vol. II) | A/66/49(Vol.II) | = | - | - | 66
A/51/610/Add.1/Corr.2 | = | = | A/51/610 | Add.1 Corr.2 | - | 51
E/CN.4/Sub.2/1994/56 | = | = | = | - | - | 1994
TD/B/C.1/IRON ORE/2 | = | = | = | - | - | -
UNEP/GC.19/4 | = | = | = | - | - | -
CRC/C/15/Add.1 | = | = | CRC/C/15 | Add.1 | - | -
CEDAW/C/2000/L.1 | = | = | = | - | - | 2000
A/CONF.222/L.1 | = | = | = | - | - | -
A/S-26/2 | = | = | = | - | - | S-26
A/51/3/Summary | = | = | A/51/3 | Summary | - | 51
A/51/20/Amend.1 | = | = | A/51/20 | Amend.1 | - | 51
a/res/51/60 | A/RES/51/60 | = | = | - | 51/60 | 51
s/res/1373(2001) | S/RES/1373 (2001) | S/RES/1373(2001) | = | - | 1373 (2001) | 2001
A/51/610/corr.1 | A/51/610/Corr.1 | = | A/51/610 | Corr.1 | - | 51
e/cn.4/sub.2/1994/56 | E/CN.4/Sub.2/1994/56 | = | = | - | - | 1994
E/CN.4/SUB.2/1994/56 | E/CN.4/Sub.2/1994/56 | = | = | - | - | 1994
 A / RES / 51 / 60  | A/RES/51/60 | = | = | - | 51/60 | 51
A/RES/217A(III) | A/RES/217 A (III) | A/RES/217A(III) | = | - | 217 A (III) | 3
A/RES/68/247b | A/RES/68/247 B | A/RES/68/247B | = | - | 68/247 B | 68
A/51/3 (part ii) | A/51/3 (Part II) | A/51/3(PartII) | = | - | - | 51
A/51/3/Add. 1 | A/51/3/Add.1 | = | A/51/3 | Add.1 | - | 51
ST/AI/2001/5 * | ST/AI/2001/5* | ST/AI/2001/5 | ST/AI/2001/5 | - | - | 2001
";

/// Malformed symbols: input | byte offset | reason message.
const MALFORMED: &str = "
A//51/60 | 2 | empty component
 | 0 | empty symbol
/A/51 | 0 | empty component
A/51/ | 5 | empty component
51/60 | 0 | expected an organ or series such as `A`, `S`, `E`, `ST` or `CRC` first
S/RES/1373(0001) | 10 | unrecognised parenthesised part `(0001)`: expected a year, a Roman session number, Part, Vol. or Resumption
A | 1 | expected `/` and a document number after the series
A/RES | 5 | expected a resolution number after `RES`
A/RES/Corr.1 | 5 | expected a resolution number after `RES`
A/Add.1 | 2 | expected a document number before the modifier `Add.1`
A/51/3/Add.1/60 | 13 | expected a modifier (Add.n, Corr.n, Rev.n, Amend.n, Summary) after `Add.1`, found `60`
A/51/L. | 7 | expected a number after `L.`
A/51/3/Corr | 11 | expected a number after `Corr.`
A/51/3/Add.x | 11 | expected a number after `Add.`
A/ES-/1 | 5 | expected a number after `ES-`
S/RES/1373 (2001 | 11 | unclosed parenthesis
A/51/3 (Chapter 2) | 7 | unrecognised parenthesised part `(Chapter 2)`: expected a year, a Roman session number, Part, Vol. or Resumption
A/51/6#0 | 6 | unexpected character `#`
A/51/60 60 | 8 | unexpected character `6`
A/RES/68/247 BC | 13 | expected resolution letters such as `A` or `A-B`, found `BC`
A/51/6é | 6 | unexpected character `é`
A/RES/51/60*/Corr.1 | 11 | unexpected character `*`
* | 0 | empty component
";

fn cells(line: &str) -> Vec<&str> {
    line.split(" | ").map(str::trim).collect()
}

fn rows(table: &str) -> impl Iterator<Item = (&str, Vec<&str>)> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| (l.split(" | ").next().unwrap_or(""), cells(l)))
}

#[test]
fn real_symbols_parse_normalise_and_print() {
    let mut count = 0;
    for (input, c) in rows(REAL) {
        let [_, canonical, compact, base, modifiers, resolution, session] = c[..] else {
            panic!("malformed table row `{input}`");
        };
        let sym: Symbol = input
            .parse()
            .unwrap_or_else(|e| panic!("`{input}` should parse: {e}"));
        let canonical = if canonical == "=" { input } else { canonical };
        let same = |x: &'static str| if x == "=" { canonical } else { x };
        assert_eq!(sym.to_string(), canonical, "canonical of `{input}`");
        assert_eq!(sym.compact(), same(compact), "compact of `{input}`");
        assert_eq!(sym.base().to_string(), same(base), "base of `{input}`");
        let mods: Vec<String> = sym.modifiers().iter().map(ToString::to_string).collect();
        let expected: Vec<&str> = if modifiers == "-" {
            vec![]
        } else {
            modifiers.split(' ').collect()
        };
        assert_eq!(mods, expected, "modifiers of `{input}`");
        let res = if resolution == "-" {
            None
        } else {
            Some(resolution)
        };
        assert_eq!(sym.resolution().as_deref(), res, "resolution of `{input}`");
        let session_text = sym.session().map(|s| s.to_string());
        let want = if session == "-" { None } else { Some(session) };
        assert_eq!(session_text.as_deref(), want, "session of `{input}`");
        // The printed forms parse back to the same symbol.
        assert_eq!(
            canonical.parse::<Symbol>().as_ref(),
            Ok(&sym),
            "{canonical}"
        );
        let from_compact: Symbol = sym.compact().parse().unwrap();
        assert_eq!(from_compact.compact(), sym.compact());
        count += 1;
    }
    assert!(count >= 100, "only {count} real symbols in the table");
}

#[test]
fn malformed_symbols_say_where_and_why() {
    for line in MALFORMED.lines().filter(|l| !l.is_empty()) {
        let mut it = line.split(" | ");
        let (Some(input), Some(offset), Some(reason)) = (it.next(), it.next(), it.next()) else {
            panic!("malformed table row `{line}`");
        };
        let err = input
            .parse::<Symbol>()
            .expect_err(&format!("`{input}` should be rejected"));
        assert_eq!(err.reason.to_string(), reason, "reason for `{input}`");
        assert_eq!(err.offset.to_string(), offset, "offset for `{input}`");
        assert_eq!(err.to_string(), format!("{reason} at offset {offset}"));
    }
}

fn sym(s: &str) -> Symbol {
    s.parse().unwrap()
}

#[test]
fn modifier_numbers_are_counts() {
    let leading = sym("A/RES/51/60/Corr.01");
    assert_eq!(leading.to_string(), "A/RES/51/60/Corr.1");
    let modifiers: Vec<String> = leading
        .modifiers()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(modifiers, ["Corr.1"]);
    assert_eq!(leading, sym("A/RES/51/60/Corr.1"));
    let err = "A/RES/51/60/Corr.4294967296"
        .parse::<Symbol>()
        .expect_err("the number overflows");
    assert_eq!(err.offset, 17);
    assert_eq!(
        err.reason,
        SymbolErrorKind::NumberTooLarge("4294967296".into())
    );
    assert_eq!(
        sym("A/RES/51/60/Corr.4294967295").modifiers()[0].number,
        Some(u32::MAX)
    );
}

#[test]
fn component_kinds_follow_position_and_shape() {
    use ComponentKind::{Body, DocType, Modifier, Number, Series, Session};
    let kinds: Vec<ComponentKind> = sym("E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1")
        .components()
        .iter()
        .map(|c| c.kind)
        .collect();
    assert_eq!(
        kinds,
        [Series, Body, Body, Body, Session, DocType, Modifier]
    );
    let kinds: Vec<ComponentKind> = sym("A/RES/51/60")
        .components()
        .iter()
        .map(|c| c.kind)
        .collect();
    assert_eq!(kinds, [Series, DocType, Session, Number]);
}

#[test]
fn joint_symbols_split_into_their_parts() {
    let joint = sym("A/51/135-E/1996/51");
    let parts: Vec<String> = joint
        .joint_parts()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(parts, ["A/51/135", "E/1996/51"]);
    assert_eq!(joint.series(), "A");
    assert_eq!(joint.organ(), Some(Organ::GeneralAssembly));
    assert_eq!(sym("CRC/C/15/Add.1").organ(), None);
    // Hyphens of sessions and letter ranges are not joints.
    assert_eq!(sym("A/RES/ES-11/8").joint_parts().len(), 1);
    assert_eq!(sym("A/RES/69/96 A-B").joint_parts().len(), 1);
}

#[test]
fn version_chain_and_corrigenda() {
    let s = sym("ST/AI/189/Add.9/Rev.2/Add.2");
    let chain: Vec<String> = s.version_chain().iter().map(ToString::to_string).collect();
    assert_eq!(
        chain,
        [
            "ST/AI/189",
            "ST/AI/189/Add.9",
            "ST/AI/189/Add.9/Rev.2",
            "ST/AI/189/Add.9/Rev.2/Add.2"
        ]
    );
    let reissue: Vec<String> = sym("ST/AI/2001/5*")
        .version_chain()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(reissue, ["ST/AI/2001/5", "ST/AI/2001/5*"]);

    assert!(sym("A/72/633/Corr.1").is_corrigendum_of(&sym("A/72/633")));
    assert!(sym("A/51/610/Add.1/Corr.2").is_corrigendum_of(&sym("A/51/610/Add.1")));
    assert!(!sym("A/51/610/Add.1/Corr.2").is_corrigendum_of(&sym("A/51/610")));
    assert!(!sym("A/64/13/Add.1").is_corrigendum_of(&sym("A/64/13")));
    assert!(!sym("A/72/633/Corr.1").is_corrigendum_of(&sym("A/72/719")));
    assert_eq!(sym("A/51/3").parent(), None);
}

#[test]
fn versions_are_ordered_within_one_document() {
    let cmp = |a: &str, b: &str| sym(a).version_cmp(&sym(b));
    assert_eq!(cmp("A/51/3", "A/51/3/Rev.1"), Some(Ordering::Less));
    assert_eq!(cmp("A/51/3/Add.2", "A/51/3/Add.10"), Some(Ordering::Less));
    assert_eq!(
        cmp("A/51/3/Add.1/Corr.1", "A/51/3/Add.1"),
        Some(Ordering::Greater)
    );
    assert_eq!(cmp("A/51/3/Add.1", "A/51/3/Corr.1"), None);
    assert_eq!(cmp("A/51/3", "A/51/4"), None);
    assert_eq!(cmp("ST/AI/2001/5", "ST/AI/2001/5*"), Some(Ordering::Less));

    let mut list: Vec<Symbol> = [
        "A/51/3/Add.10",
        "A/51/3/Corr.1",
        "A/51/3",
        "A/51/3/Add.2",
        "A/9/1",
    ]
    .iter()
    .map(|s| sym(s))
    .collect();
    list.sort();
    let sorted: Vec<String> = list.iter().map(ToString::to_string).collect();
    assert_eq!(
        sorted,
        [
            "A/9/1",
            "A/51/3",
            "A/51/3/Add.2",
            "A/51/3/Add.10",
            "A/51/3/Corr.1"
        ]
    );
}

#[test]
fn symbols_serialise_as_their_printed_form() {
    let s = sym("s/res/1373(2001)");
    assert_eq!(serde_json::to_string(&s).unwrap(), "\"S/RES/1373 (2001)\"");
    let back: Symbol = serde_json::from_str("\"S/RES/1373 (2001)\"").unwrap();
    assert_eq!(back, s);
    assert!(serde_json::from_str::<Symbol>("\"A//1\"").is_err());
}

/// Symbols built from the grammar's pieces, printed loosely (random case and spacing).
fn symbol_strategy() -> impl Strategy<Value = String> {
    let series = prop::sample::select(vec!["A", "S", "E", "ST", "CRC", "UNEP", "E/CN.4/Sub.2"]);
    let body = prop::option::of(prop::sample::select(vec![
        "C.3", "AC.109", "HRC", "RES", "PRST", "CONF.222",
    ]));
    let session = prop::option::of(prop_oneof![
        (1u16..80).prop_map(|n| n.to_string()),
        (1990u16..2030).prop_map(|n| n.to_string()),
        (1u16..30).prop_map(|n| format!("S-{n}")),
        (1u16..12).prop_map(|n| format!("ES-{n}")),
    ]);
    let number = prop_oneof![
        (1u32..5000).prop_map(|n| n.to_string()),
        (1u32..200).prop_map(|n| format!("L.{n}")),
        (1u32..9000).prop_map(|n| format!("PV.{n}")),
    ];
    let letters = prop::option::of(prop::sample::select(vec![" A", "B", " A-B"]));
    let paren = prop::option::of(prop::sample::select(vec![
        " (2001)",
        "(III)",
        " (Part II)",
        "(Vol.I)",
        " (Resumption 1)",
        "(S-VII)",
    ]));
    let modifiers = prop::collection::vec(
        prop_oneof![
            (1u32..30).prop_map(|n| format!("Add.{n}")),
            (1u32..5).prop_map(|n| format!("corr.{n}")),
            (1u32..5).prop_map(|n| format!("REV. {n}")),
            (1u32..3).prop_map(|n| format!("Amend.{n}")),
            Just("Summary".to_owned()),
        ],
        0..4,
    );
    let star = any::<bool>();
    (
        series, body, session, number, letters, paren, modifiers, star,
    )
        .prop_map(
            |(series, body, session, number, letters, paren, modifiers, star)| {
                let mut s = series.to_owned();
                for part in [body.map(str::to_owned), session, Some(number)]
                    .into_iter()
                    .flatten()
                {
                    s.push('/');
                    s.push_str(&part);
                }
                // Resolution letters only follow a bare number.
                let bare_number = s
                    .rsplit('/')
                    .next()
                    .is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit()));
                if let (true, Some(l)) = (bare_number, letters) {
                    s.push_str(l);
                }
                if let Some(p) = paren {
                    s.push_str(p);
                }
                for m in modifiers {
                    s.push('/');
                    s.push_str(&m);
                }
                if star {
                    s.push('*');
                }
                s
            },
        )
}

#[test]
fn drafts_are_told_from_reports() {
    for (input, draft) in [
        ("A/80/L.7", true),
        ("A/C.3/80/L.7/Rev.1", true),
        ("E/CN.15/2024/L.3/Add.2", true),
        ("S/2024/L.1", true),
        ("A/51/610", false),
        ("A/RES/51/60", false),
        ("A/C.3/51/SR.39", false),
        ("A/51/PV.82", false),
    ] {
        let sym: Symbol = input.parse().unwrap();
        assert_eq!(sym.is_draft(), draft, "{input}");
    }
}

proptest! {
    #[test]
    fn printing_then_parsing_gives_the_same_symbol(input in symbol_strategy()) {
        let sym: Symbol = input.parse().map_err(|e| TestCaseError::fail(format!("{input}: {e}")))?;
        let printed = sym.to_string();
        let again: Symbol = printed.parse().map_err(|e| TestCaseError::fail(format!("{printed}: {e}")))?;
        prop_assert_eq!(&again, &sym);
        prop_assert_eq!(again.to_string(), printed);
        let compact: Symbol = sym.compact().parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(compact.compact(), sym.compact());
        prop_assert_eq!(sym.base().modifiers().len(), 0);
    }

    #[test]
    fn parsing_never_panics_and_errors_point_inside(input in "\\PC{0,40}") {
        match input.parse::<Symbol>() {
            Ok(sym) => {
                let again: Symbol = sym.to_string().parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
                prop_assert_eq!(again, sym);
            }
            Err(e) => prop_assert!(e.offset <= input.len() && input.is_char_boundary(e.offset)),
        }
    }

    /// Parenthesised parts with padded, spaced and cased numbers: whatever is accepted
    /// prints to a form that parses back to the same symbol (`S/RES/1373(0001)` did not).
    #[test]
    fn parenthesised_numbers_round_trip(
        input in "[ASE]/(RES|res|C\\.3/RES)/[0-9]{1,5} ?\\( ?(0|[0-9]{1,5}|0[0-9]{3}|[12][0-9]{3}|Part ?0?[0-9]|Vol\\. ?0[0-9]|Resumption ?0*[0-9]{0,3}|S-[IVX]{1,3}) ?\\)( [A-C])?(/Corr\\.0*[0-9])?"
    ) {
        if let Ok(sym) = input.parse::<Symbol>() {
            let printed = sym.to_string();
            let again: Symbol = printed.parse().map_err(|e| TestCaseError::fail(format!("`{input}` → `{printed}`: {e}")))?;
            prop_assert_eq!(&again, &sym);
            let compact: Symbol = sym.compact().parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
            prop_assert_eq!(compact, sym);
        }
    }

    #[test]
    fn symbol_like_noise_never_panics(input in "[AaSsEe/ .0-9()*RESCorAdLPVIX-]{0,30}") {
        if let Ok(sym) = input.parse::<Symbol>() {
            let again: Symbol = sym.to_string().parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
            prop_assert_eq!(again, sym);
        }
    }
}
