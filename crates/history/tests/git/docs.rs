//! A short resolution in the six languages, written for these tests, and helpers to commit
//! versions of it.

use sixfold_core::Lang;

use crate::fixture::TestRepo;

pub(crate) const DIR: &str = "translations/A-TEST-1";

/// The paragraphs of each rendering, one block each.
pub(crate) fn paragraphs(lang: Lang) -> Vec<&'static str> {
    match lang {
        Lang::En => vec![
            "The General Assembly,",
            "Recalling its resolution 51/60 of 12 December 1996,",
            "1. Welcomes the report of the Secretary-General;",
            "2. Urges Member States to cooperate in combating transnational crime;",
            "3. Requests the Secretary-General to report to it at its fifty-third session;",
            "4. Decides to remain seized of the matter.",
        ],
        Lang::Fr => vec![
            "L'Assemblée générale,",
            "Rappelant sa résolution 51/60 du 12 décembre 1996,",
            "1. Accueille avec satisfaction le rapport du Secrétaire général ;",
            "2. Prie instamment les États Membres de coopérer dans la lutte contre la criminalité transnationale ;",
            "3. Prie le Secrétaire général de lui faire rapport à sa cinquante-troisième session ;",
            "4. Décide de rester saisie de la question.",
        ],
        Lang::Es => vec![
            "La Asamblea General,",
            "Recordando su resolución 51/60, de 12 de diciembre de 1996,",
            "1. Acoge con beneplácito el informe del Secretario General;",
            "2. Insta a los Estados Miembros a cooperar en la lucha contra la delincuencia transnacional;",
            "3. Pide al Secretario General que la informe en su quincuagésimo tercer período de sesiones;",
            "4. Decide seguir ocupándose de la cuestión.",
        ],
        Lang::Ru => vec![
            "Генеральная Ассамблея,",
            "ссылаясь на свою резолюцию 51/60 от 12 декабря 1996 года,",
            "1. приветствует доклад Генерального секретаря;",
            "2. настоятельно призывает государства-члены сотрудничать в борьбе с транснациональной преступностью;",
            "3. просит Генерального секретаря представить ей доклад на ее пятьдесят третьей сессии;",
            "4. постановляет продолжать заниматься этим вопросом.",
        ],
        Lang::Zh => vec![
            "大会，",
            "回顾其1996年12月12日第51/60号决议，",
            "1. 欢迎秘书长的报告；",
            "2. 敦促会员国合作打击跨国犯罪；",
            "3. 请秘书长向大会第五十三届会议提出报告；",
            "4. 决定继续处理此案。",
        ],
        Lang::Ar => vec![
            "إن الجمعية العامة،",
            "إذ تشير إلى قرارها 51/60 المؤرخ 12 كانون الأول/ديسمبر 1996،",
            "1 - ترحب بتقرير الأمين العام؛",
            "2 - تحث الدول الأعضاء على التعاون في مكافحة الجريمة عبر الوطنية؛",
            "3 - تطلب إلى الأمين العام أن يقدم إليها تقريرا في دورتها الثالثة والخمسين؛",
            "4 - تقرر أن تبقي المسألة قيد نظرها.",
        ],
    }
}

/// The rendering text from its paragraphs.
pub(crate) fn render(paras: &[&str]) -> String {
    let mut out = paras.join("\n\n");
    out.push('\n');
    out
}

/// Writes one rendering into the work tree.
pub(crate) fn write(t: &TestRepo, lang: Lang, paras: &[&str]) {
    t.write(&format!("{DIR}/{}.md", lang.code()), &render(paras));
}

/// Writes all six renderings as given by [`paragraphs`].
pub(crate) fn write_all(t: &TestRepo) {
    for lang in Lang::ALL {
        write(t, lang, &paragraphs(lang));
    }
}

/// Replaces paragraph `i` of a rendering and writes it.
pub(crate) fn edit(t: &TestRepo, lang: Lang, i: usize, text: &'static str) -> Vec<&'static str> {
    let mut paras = paragraphs(lang);
    paras[i] = text;
    write(t, lang, &paras);
    paras
}
