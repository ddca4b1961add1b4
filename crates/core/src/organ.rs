//! The principal organs whose documents sixfold reads, and their names in the six
//! languages: a leaf module, used by symbols and by headers.

use serde::{Deserialize, Serialize};

use crate::Lang;

/// The principal organ whose document it is, as the masthead names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Organ {
    GeneralAssembly,
    SecurityCouncil,
    EconomicAndSocialCouncil,
    TrusteeshipCouncil,
    Secretariat,
}

impl Organ {
    /// The organ a symbol's first component stands for (`A`, `S`, `E`, `T`, `ST`); special
    /// series (`CRC`, `UNEP`…) have none.
    #[must_use]
    pub fn from_series(series: &str) -> Option<Organ> {
        Some(match series {
            "A" => Organ::GeneralAssembly,
            "S" => Organ::SecurityCouncil,
            "E" => Organ::EconomicAndSocialCouncil,
            "T" => Organ::TrusteeshipCouncil,
            "ST" => Organ::Secretariat,
            _ => return None,
        })
    }

    /// The organ's name as the masthead of a document in `lang` prints it.
    #[must_use]
    pub const fn name(self, lang: Lang) -> &'static str {
        use Lang::{Ar, En, Es, Fr, Ru, Zh};
        match (self, lang) {
            (Organ::GeneralAssembly, Ar) => "الجمعية العامة",
            (Organ::GeneralAssembly, Zh) => "大会",
            (Organ::GeneralAssembly, En) => "General Assembly",
            (Organ::GeneralAssembly, Fr) => "Assemblée générale",
            (Organ::GeneralAssembly, Ru) => "Генеральная Ассамблея",
            (Organ::GeneralAssembly, Es) => "Asamblea General",
            (Organ::SecurityCouncil, Ar) => "مجلس الأمن",
            (Organ::SecurityCouncil, Zh) => "安全理事会",
            (Organ::SecurityCouncil, En) => "Security Council",
            (Organ::SecurityCouncil, Fr) => "Conseil de sécurité",
            (Organ::SecurityCouncil, Ru) => "Совет Безопасности",
            (Organ::SecurityCouncil, Es) => "Consejo de Seguridad",
            (Organ::EconomicAndSocialCouncil, Ar) => "المجلس الاقتصادي والاجتماعي",
            (Organ::EconomicAndSocialCouncil, Zh) => "经济及社会理事会",
            (Organ::EconomicAndSocialCouncil, En) => "Economic and Social Council",
            (Organ::EconomicAndSocialCouncil, Fr) => "Conseil économique et social",
            (Organ::EconomicAndSocialCouncil, Ru) => "Экономический и Социальный Совет",
            (Organ::EconomicAndSocialCouncil, Es) => "Consejo Económico y Social",
            (Organ::TrusteeshipCouncil, Ar) => "مجلس الوصاية",
            (Organ::TrusteeshipCouncil, Zh) => "托管理事会",
            (Organ::TrusteeshipCouncil, En) => "Trusteeship Council",
            (Organ::TrusteeshipCouncil, Fr) => "Conseil de tutelle",
            (Organ::TrusteeshipCouncil, Ru) => "Совет по Опеке",
            (Organ::TrusteeshipCouncil, Es) => "Consejo de Administración Fiduciaria",
            (Organ::Secretariat, Ar) => "الأمانة العامة",
            (Organ::Secretariat, Zh) => "秘书处",
            (Organ::Secretariat, En) => "Secretariat",
            (Organ::Secretariat, Fr) => "Secrétariat",
            (Organ::Secretariat, Ru) => "Секретариат",
            (Organ::Secretariat, Es) => "Secretaría",
        }
    }
}
